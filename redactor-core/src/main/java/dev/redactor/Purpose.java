package dev.redactor;

import java.util.Locale;

/**
 * Why a message is sent. The purpose decides what the message needs: a pickup notice needs "your
 * prescription is ready", never the drug. A message without a purpose gets the strictest reading.
 *
 * @since 0.1
 */
public enum Purpose {
  REMINDER("reminder"),
  RECALL("recall"),
  CONFIRMATION("confirmation"),
  PICKUP("pickup"),
  PORTAL_NOTICE("portal-notice"),
  BILLING("billing"),
  MARKETING("marketing"),
  RESULT("result"),
  CARE_INSTRUCTIONS("care-instructions"),
  OTHER("other");

  private final String wireName;

  Purpose(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in JSON, policy files and on the command line ({@code portal-notice}). */
  public String wireName() {
    return wireName;
  }

  /**
   * The purpose with this wire name; case and {@code _}/{@code -} are not significant.
   *
   * @throws IllegalArgumentException naming the accepted values if {@code name} is unknown
   */
  public static Purpose parse(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Purpose p : values()) {
      if (p.wireName.equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown purpose; expected one of " + names());
  }

  /** The accepted wire names, comma separated. */
  public static String names() {
    StringBuilder sb = new StringBuilder();
    for (Purpose p : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.wireName);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
