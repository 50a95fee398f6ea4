package dev.redactor.internal.dict;

import java.util.HashMap;
import java.util.Map;

/**
 * The tags a dictionary entry may carry (see {@code dictionaries/README.md}): sensitive groups
 * ({@code behavioral-health}, {@code oncology}...), kinds of entry ({@code brand}, {@code abbrev},
 * {@code practice-word}...) and, for allow lists, what an entry neutralizes. Encoded as bits of a
 * {@code long}.
 */
public enum Tag {
  BEHAVIORAL_HEALTH("behavioral-health"),
  SUBSTANCE_USE("substance-use"),
  HIV_SEXUAL_HEALTH("hiv-sexual-health"),
  REPRODUCTIVE("reproductive"),
  ONCOLOGY("oncology"),
  GENETIC("genetic"),
  CARDIOLOGY("cardiology"),
  DENTAL("dental"),
  DERMATOLOGY("dermatology"),
  PEDIATRICS("pediatrics"),
  HOME_HEALTH("home-health"),
  URGENT_CARE("urgent-care"),
  PHARMACY("pharmacy"),
  OPHTHALMOLOGY("ophthalmology"),
  ORTHOPEDICS("orthopedics"),
  NEPHROLOGY("nephrology"),
  NEUROLOGY("neurology"),
  GASTROENTEROLOGY("gastroenterology"),
  ENDOCRINOLOGY("endocrinology"),
  PULMONOLOGY("pulmonology"),
  OBSTETRICS("obstetrics"),
  HOSPICE("hospice"),
  IMAGING("imaging"),
  LAB("lab"),
  GENERAL("general"),
  PRIMARY_CARE("primary-care"),
  BRAND("brand"),
  GENERIC("generic"),
  ABBREV("abbrev"),
  MISSPELLING("misspelling"),
  PRACTICE_WORD("practice-word"),
  GIVEN("given"),
  SURNAME("surname"),
  ES("es"),
  CONDITION_WORD("condition-word"),
  PROCEDURE_WORD("procedure-word"),
  NAME_WORD("name-word"),
  RESULT_WORD("result-word"),
  ID_WORD("id-word"),
  SPECIALTY_WORD("specialty-word"),
  DATE_WORD("date-word"),
  ADDRESS_WORD("address-word"),
  MEDICATION_WORD("medication-word"),
  /** A name that is also a well-known place's ("Dayton", "Portland"): a place in its context. */
  PLACE("place");

  private static final Map<String, Tag> BY_NAME = new HashMap<>();

  static {
    for (Tag t : values()) {
      BY_NAME.put(t.wireName, t);
    }
  }

  private final String wireName;

  Tag(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in dictionary files and policies. */
  public String wireName() {
    return wireName;
  }

  /** The bit of this tag. */
  public long bit() {
    return 1L << ordinal();
  }

  /** Whether {@code tags} has this tag. */
  public boolean in(long tags) {
    return (tags & bit()) != 0;
  }

  /** The tag with this wire name, or null. */
  public static Tag byName(String name) {
    return BY_NAME.get(name);
  }

  /** Whether this is a sensitive-group tag (the specialty-like ones, up to primary care). */
  public boolean isGroup() {
    return ordinal() <= PRIMARY_CARE.ordinal();
  }
}
