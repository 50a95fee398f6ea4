package dev.redactor;

/**
 * What a finding is. The names are a contract: JSON output, policy files and other tools use them
 * exactly as written here.
 *
 * <p>The identifier categories follow the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)); the
 * clinical categories ({@link #SPECIALTY} to {@link #RESULT}) are what make a message reveal
 * health information; {@link #PLACEHOLDER} marks a template placeholder.
 *
 * @since 0.1
 */
public enum Category {
  /** A patient's or family member's name. */
  NAME,
  /** A clinician named with a title or role ({@code Dr. Patel}); allowed by the default policy. */
  PROVIDER,
  /** A calendar date or date element other than the year. */
  DATE,
  /** An age over 89. */
  AGE,
  /** A telephone number. */
  PHONE,
  /** A fax number. */
  FAX,
  /** An e-mail address. */
  EMAIL,
  /** A US Social Security number. */
  SSN,
  /** A medical record number. */
  MRN,
  /** A health-plan beneficiary or member number. */
  HEALTH_PLAN_ID,
  /** An account number, including payment card numbers. */
  ACCOUNT,
  /** A certificate or license number. */
  LICENSE,
  /** A vehicle identifier or license plate. */
  VEHICLE_ID,
  /** A device identifier or serial number. */
  DEVICE_ID,
  /** A web address. */
  URL,
  /** An IP address. */
  IP,
  /** A street address, post-office box or unit. */
  ADDRESS,
  /** A ZIP code. */
  ZIP,
  /** Any other unique identifying number or code. */
  OTHER_ID,
  /** A clinical specialty, service line or specialty-revealing practice name. */
  SPECIALTY,
  /** A diagnosis or condition. */
  CONDITION,
  /** A test, procedure, visit type, program or therapy. */
  PROCEDURE,
  /** A medication name, with its strength when written next to it. */
  MEDICATION,
  /** A clinical value or finding ({@code 7.2}, {@code positive}, {@code reactive 1:32}). */
  RESULT,
  /** A template placeholder ({@code {{first_name}}}, {@code [ApptDate]}). */
  PLACEHOLDER;

  /** Whether this category is one of the Safe Harbor identifiers (names, dates, numbers...). */
  public boolean isIdentifier() {
    return ordinal() <= OTHER_ID.ordinal();
  }

  /** Whether this category carries clinical meaning (specialty, condition, procedure...). */
  public boolean isClinical() {
    return ordinal() >= SPECIALTY.ordinal() && ordinal() <= RESULT.ordinal();
  }
}
