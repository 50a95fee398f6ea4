package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.Checks;

/**
 * One candidate found by a detector, before the policy judges it. Offsets are UTF-16 indices into
 * the original text. {@code kind} is a short detector-specific name ({@code ssn}, {@code phone},
 * {@code date}) used to build rule ids; {@code flags} carry what the context said (a date of
 * birth, the practice's own phone, a payment card...). {@code labelStart}, when not -1, is where a
 * label such as {@code MRN:} begins, so that a rewrite can remove the label with the value.
 */
public final class Detection {
  /** A date given as a date of birth. */
  public static final int DOB = 1;
  /** A date with month, day and year. */
  public static final int FULL_DATE = 1 << 1;
  /** Context says it belongs to the practice (its phone, site, address, role mailbox). */
  public static final int PRACTICE = 1 << 2;
  /** Context says it belongs to the patient ("your cell", "we have your address as"). */
  public static final int PATIENT = 1 << 3;
  /** A payment card number (Luhn-valid, known issuer prefix). */
  public static final int PAYMENT_CARD = 1 << 4;
  /** Only part of an identifier ("SSN ending in 6789", "***-**-6789"). */
  public static final int PARTIAL = 1 << 5;
  /** A URL carrying patient-identifying parameters or path segments. */
  public static final int PERSONALIZED = 1 << 6;
  /** A URL carrying an opaque per-recipient token (short link, tracking code). */
  public static final int OPAQUE_TOKEN = 1 << 7;
  /** A ZIP code whose first three digits are a restricted ZIP3 under Safe Harbor. */
  public static final int RESTRICTED_ZIP3 = 1 << 8;
  /** An identifier of a provider (NPI, DEA), not of the patient. */
  public static final int PROVIDER_ID = 1 << 9;
  /** A condition stated as a finding or diagnosis ("your x-ray shows a fracture"). */
  public static final int DIAGNOSIS = 1 << 10;
  /** Part of a treatment or dosing instruction ("take 2 tablets", "increase your insulin"). */
  public static final int DOSING = 1 << 11;
  /** About someone other than the recipient ("Mary's results", "your son's ADHD"). */
  public static final int THIRD_PARTY = 1 << 12;
  /** Used as the label of a visit ("your asthma check", "diabetes follow-up"). */
  public static final int VISIT_LABEL = 1 << 13;
  /** In a general announcement, not about the recipient ("flu shots available Saturday"). */
  public static final int BROADCAST = 1 << 14;
  /** A whole practice name that reveals a specialty ("Harbor Behavioral Health"). */
  public static final int PRACTICE_NAME = 1 << 15;
  /** Negated or hypothetical ("no signs of", "if you have"). */
  public static final int NEGATED = 1 << 16;
  /** A name in the possessive ("Mary's"). */
  public static final int POSSESSIVE = 1 << 17;
  /** A staff member rather than a clinician ("this is Jen from the front desk"). */
  public static final int STAFF = 1 << 18;
  /** Matched through an evasion the normalizer undid (look-alikes, leet, spelling out). */
  public static final int EVASION = 1 << 19;
  /** A long number with no label and no validated format: it may or may not identify. */
  public static final int BARE_NUMBER = 1 << 20;
  /** Announced by a label ("MRN", "Member ID"); set whenever a label start is known. */
  public static final int LABELLED = 1 << 21;
  /** A template placeholder ({@code {{first_name}}}, {@code [ApptDate]}), classified by its name. */
  public static final int PLACEHOLDER = 1 << 22;

  public final int start;
  public final int end;
  public final Category category;
  public final String kind;
  public final double confidence;
  public final int flags;
  public final int labelStart;
  /** Where a rewrite should stop removing: past words that belong to the value ("-year-old"). */
  public final int removalEnd;
  /** Dictionary tags of the matched term (sensitive groups), {@code Tag} bits; 0 if none. */
  public final long tags;

  /** A detection of {@code [start, end)} with a label and a removal end. */
  public Detection(
      int start, int end, Category category, String kind, double confidence, int flags,
      int labelStart, int removalEnd) {
    this(start, end, category, kind, confidence, flags, labelStart, removalEnd, 0L);
  }

  /** A detection with everything. */
  public Detection(
      int start, int end, Category category, String kind, double confidence, int flags,
      int labelStart, int removalEnd, long tags) {
    Checks.requireArgument(start >= 0 && start < end, "bad range [%s, %s)", start, end);
    Checks.requireArgument(labelStart == -1 || labelStart <= start, "label after value");
    Checks.requireArgument(removalEnd >= end, "removal end before end");
    this.start = start;
    this.end = end;
    this.category = category;
    this.kind = kind;
    this.confidence = confidence;
    this.flags = labelStart >= 0 && labelStart < start ? flags | LABELLED : flags;
    this.labelStart = labelStart;
    this.removalEnd = removalEnd;
    this.tags = tags;
  }

  /** A copy with {@code more} flags set. */
  public Detection withFlags(int more) {
    return new Detection(start, end, category, kind, confidence, flags | more, labelStart,
        removalEnd, tags);
  }

  /** A copy with another removal range. */
  public Detection withRemoval(int newLabelStart, int newRemovalEnd) {
    return new Detection(start, end, category, kind, confidence, flags, newLabelStart,
        newRemovalEnd, tags);
  }

  /** A detection of {@code [start, end)} with a label. */
  public Detection(
      int start, int end, Category category, String kind, double confidence, int flags,
      int labelStart) {
    this(start, end, category, kind, confidence, flags, labelStart, end);
  }

  /** A detection without a label. */
  public Detection(
      int start, int end, Category category, String kind, double confidence, int flags) {
    this(start, end, category, kind, confidence, flags, -1);
  }

  /** Whether every flag in {@code mask} is set. */
  public boolean has(int mask) {
    return (flags & mask) == mask;
  }

  /** Whether the two detections share a character. */
  public boolean overlaps(Detection o) {
    return start < o.end && o.start < end;
  }

  /** Where a rewrite should start removing: the label if there is one, else the value. */
  public int removalStart() {
    return labelStart >= 0 ? labelStart : start;
  }

  @Override
  public String toString() {
    return "Detection{" + category + " " + kind + " [" + start + "," + end + ") flags=" + flags + "}";
  }
}
