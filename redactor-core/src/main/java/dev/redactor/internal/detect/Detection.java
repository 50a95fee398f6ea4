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

  public final int start;
  public final int end;
  public final Category category;
  public final String kind;
  public final double confidence;
  public final int flags;
  public final int labelStart;
  /** Where a rewrite should stop removing: past words that belong to the value ("-year-old"). */
  public final int removalEnd;

  /** A detection of {@code [start, end)} with a label and a removal end. */
  public Detection(
      int start, int end, Category category, String kind, double confidence, int flags,
      int labelStart, int removalEnd) {
    Checks.requireArgument(start >= 0 && start < end, "bad range [%s, %s)", start, end);
    Checks.requireArgument(labelStart == -1 || labelStart <= start, "label after value");
    Checks.requireArgument(removalEnd >= end, "removal end before end");
    this.start = start;
    this.end = end;
    this.category = category;
    this.kind = kind;
    this.confidence = confidence;
    this.flags = flags;
    this.labelStart = labelStart;
    this.removalEnd = removalEnd;
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
