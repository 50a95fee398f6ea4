package dev.redactor;

import java.util.Locale;

/**
 * How a message travels. SMS, push and voice reach lock screens and shared phones; a portal message
 * sits behind a login. A message without a channel is judged as SMS, the strictest reading.
 *
 * @since 0.1
 */
public enum Channel {
  SMS("sms"),
  EMAIL("email"),
  PUSH("push"),
  PORTAL("portal"),
  VOICE("voice");

  private final String wireName;

  Channel(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in JSON, policy files and on the command line. */
  public String wireName() {
    return wireName;
  }

  /**
   * The channel with this wire name; case is not significant.
   *
   * @throws IllegalArgumentException naming the accepted values if {@code name} is unknown
   */
  public static Channel parse(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (Channel c : values()) {
      if (c.wireName.equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown channel; expected one of " + names());
  }

  /** The accepted wire names, comma separated. */
  public static String names() {
    StringBuilder sb = new StringBuilder();
    for (Channel c : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(c.wireName);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
