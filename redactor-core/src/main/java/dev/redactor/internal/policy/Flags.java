package dev.redactor.internal.policy;

import dev.redactor.internal.detect.Detection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The names policies use for detection flags ({@code flag: diagnosis}). */
final class Flags {
  private Flags() {}

  static final Map<String, Integer> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("dob", Detection.DOB);
    BY_NAME.put("full-date", Detection.FULL_DATE);
    BY_NAME.put("practice", Detection.PRACTICE);
    BY_NAME.put("patient", Detection.PATIENT);
    BY_NAME.put("payment-card", Detection.PAYMENT_CARD);
    BY_NAME.put("partial", Detection.PARTIAL);
    BY_NAME.put("personalized", Detection.PERSONALIZED);
    BY_NAME.put("opaque-token", Detection.OPAQUE_TOKEN);
    BY_NAME.put("restricted-zip3", Detection.RESTRICTED_ZIP3);
    BY_NAME.put("provider-id", Detection.PROVIDER_ID);
    BY_NAME.put("diagnosis", Detection.DIAGNOSIS);
    BY_NAME.put("dosing", Detection.DOSING);
    BY_NAME.put("third-party", Detection.THIRD_PARTY);
    BY_NAME.put("visit-label", Detection.VISIT_LABEL);
    BY_NAME.put("broadcast", Detection.BROADCAST);
    BY_NAME.put("practice-name", Detection.PRACTICE_NAME);
    BY_NAME.put("hypothetical", Detection.NEGATED);
    BY_NAME.put("possessive", Detection.POSSESSIVE);
    BY_NAME.put("staff", Detection.STAFF);
    BY_NAME.put("evasion", Detection.EVASION);
    BY_NAME.put("bare-number", Detection.BARE_NUMBER);
    BY_NAME.put("labelled", Detection.LABELLED);
    BY_NAME.put("placeholder", Detection.PLACEHOLDER);
  }

  /** The bit for {@code name}, or 0 if unknown. */
  static int bit(String name) {
    Integer b = BY_NAME.get(name);
    return b == null ? 0 : b;
  }

  /** The known names, comma separated, for error messages. */
  static String names() {
    return String.join(", ", BY_NAME.keySet());
  }
}
