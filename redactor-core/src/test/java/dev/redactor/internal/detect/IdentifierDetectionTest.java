package dev.redactor.internal.detect;

import static dev.redactor.internal.detect.Detect.assertFound;
import static dev.redactor.internal.detect.Detect.assertNone;
import static dev.redactor.internal.detect.Detect.assertNothing;
import static dev.redactor.internal.detect.Detect.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Labelled identifiers, cards, ZIPs, addresses, VINs and other self-validating formats. */
class IdentifierDetectionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Your MRN is 00482913.|MRN|00482913",
        "Medical record #: A-55129|MRN|A-55129",
        "Patient ID 7781234|MRN|7781234",
        "Member ID: XGH-448812|HEALTH_PLAN_ID|XGH-448812",
        "Número de beneficiario: 91827364A. Renueve pronto.|HEALTH_PLAN_ID|91827364A",
        "Your beneficiary number: 91827364A.|HEALTH_PLAN_ID|91827364A",
        "Policy # 99812-002|HEALTH_PLAN_ID|99812-002",
        "número de póliza 4471-99|HEALTH_PLAN_ID|4471-99",
        "Acct #5512-0098|ACCOUNT|5512-0098",
        "Thx for ordering! ur req # is 88120-447, show it at the front desk.|OTHER_ID|88120-447",
        "Screening number SCR-22-0417 has been assigned to you.|OTHER_ID|SCR-22-0417",
        "account number 00918273|ACCOUNT|00918273",
        "Statement for Inv# HB-7730421: you owe $2,150.00.|ACCOUNT|HB-7730421",
        "PlasmaVida: Su ID de donante es PV-77310-2.|OTHER_ID|PV-77310-2",
        "Driver's license D1234567|LICENSE|D1234567",
        "we have your driver's license as CA D4471903.|LICENSE|D4471903",
        "Bayview Health: Your payment plan #PP-204418 is set up.|OTHER_ID|PP-204418",
        "Serial number SN-44812Q|DEVICE_ID|SN-44812Q",
        "S/N 99-1827-33|DEVICE_ID|99-1827-33",
        "license plate 7ABC123|VEHICLE_ID|7ABC123",
        "Rx #7788123 is ready|OTHER_ID|7788123",
        "Confirmation number: 83749201|OTHER_ID|83749201",
        "su reclamación #CLM-2291-7730 fue procesada|OTHER_ID|CLM-2291-7730",
        "número de autorización PA-88213|OTHER_ID|PA-88213",
        "Member ID on file: BRH-20445918-01.|HEALTH_PLAN_ID|BRH-20445918-01",
        "Your MRN is 0 0 4 8 2 9 1 3 - have it ready.|MRN|0 0 4 8 2 9 1 3",
        "We verified your insurance. Group: 0074412. Your copay is $30.|HEALTH_PLAN_ID|0074412",
        "Estimate no. EST-662019 is ready.|OTHER_ID|EST-662019",
        "An adult must sign for it. Tracking: 1Z84R2770391.|OTHER_ID|1Z84R2770391",
        "Your portal username is mfarouk1962. Use the reset link.|OTHER_ID|mfarouk1962",
        "ur ins card expired. mbr id we have is QHX55120877 thx|HEALTH_PLAN_ID|QHX55120877",
        "Pls confirm S S N for billing: 0 7 8 - 0 5 - 1 1 2 0.|SSN|0 7 8 - 0 5 - 1 1 2 0",
        "Los últimos 4 dígitos de su Seguro Social que tenemos son 2290.|SSN|2290",
        "Video visit confirmed for Saturday with inmate #B-20417.|OTHER_ID|B-20417",
        "El acta está lista. Número de certificado 2026-114-009382.|LICENSE|2026-114-009382",
        // a bare word before a coded value
        "We sent your referral. Referral #HR-20417.|OTHER_ID|HR-20417",
        "Your plan approved authorization PA-7730154 for the visit.|OTHER_ID|PA-7730154",
        "Su estimado EST-2209871 está listo.|OTHER_ID|EST-2209871",
        "Your payment plan PP-20419 is set up.|OTHER_ID|PP-20419",
        "Your leave case LV-2025-118204 was received.|OTHER_ID|LV-2025-118204"
      })
  void labelledIdentifiers(String text, Category category, String value) {
    assertFound(text, category, value);
  }

  @Test
  void aBareLabelWordTakesItsValueAtOnce() {
    // "quote" is a label before "Q-88412"; here "with" stands between, and 375cc is a size
    assertNone("Your quote with 375cc implants is $7,850.", Category.OTHER_ID);
    assertFound("Self-pay quote Q-88412 is valid 30 days.", Category.OTHER_ID, "Q-88412");
  }

  @Test
  void aPracticesTaxIdIsTheProvidersNotThePatients() {
    Detection d = one("Our receipt lists our Tax ID (47-3390215) and NPI.", Category.LICENSE);
    assertTrue(d.has(Detection.PROVIDER_ID));
  }

  @Test
  void labelIsRecordedForRemoval() {
    String text = "Please bring Member ID: XGH-448812 to your visit";
    Detection d = one(text, Category.HEALTH_PLAN_ID);
    assertEquals("Member ID: XGH-448812", text.substring(d.removalStart(), d.end));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please bring a positive photo ID to your visit.",
      "Your account is past due.",
      "Read our cancellation policy online.",
      "In case of emergency call 911.",
      "Bring your insurance card and ID.",
      "Grace period ends Friday.",
      "Your chart is up to date.",
      "Support group 101 meets Tuesdays in room 204.",
      "Bayside Medical Group: 749203 is your login code. Do not share it.",
      "Your MRN is 0 4 8 - ask us for the rest.",
      // an appointment's confirmation code names the booking, not the patient (README)
      "Confirmation code: QX7-44M. Reply C to confirm.",
      "Código de confirmación: 7KD2. Responda 1 para confirmar.",
      "Confirmación: 7KD2.",
      // after a comma the value must be set off: two forms are no identifier
      "Please bring your photo ID, 2 forms of proof of address.",
      // a bare label word takes a coded value at once, and only that
      "In case 2 of 3 forms are missing, call us.",
      "Your estimate for 2026 is ready.",
      "Your payment plan 2026 statement is ready.",
      // a waiting room's tracking number on a public board
      "Update for patient #4821: In Operating Room. Next update in about 90 minutes."
  })
  void labelWordsWithoutAnIdentifier_areNotFindings(String text) {
    assertNothing(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We billed CPT 45378 on October 8.|PROCEDURE|45378",
        "CPT code: 93000, ECG|PROCEDURE|93000",
        "Category II code cpt 3044F reported|PROCEDURE|3044F",
        "procedure code 0075T was denied|PROCEDURE|0075T",
        "HCPCS J1745 infusion billed|PROCEDURE|J1745",
        "código de procedimiento 29881|PROCEDURE|29881",
        "ICD-10 F32.9 on the claim|CONDITION|F32.9",
        "diagnosis code: E11.65|CONDITION|E11.65",
        "Dx Z34.00, routine|CONDITION|Z34.00",
        "icd10 code S72.001A|CONDITION|S72.001A",
        "ICD-10-CM E1165 listed|CONDITION|E1165",
        "código CIE-10 O09.521|CONDITION|O09.521"
      })
  void billingCodes_nameTheProcedureOrDiagnosis(String text, Category category, String code) {
    assertFound(text, category, code);
  }

  @Test
  void billingCodeLists_takeTheLabelOnce() {
    String text = "Billed: CPT 45378, 88305 and 0075T; ICD-10 K63.5, Z12.11";
    assertEquals(java.util.List.of("45378", "88305", "0075T"),
        Detect.found(text, Category.PROCEDURE));
    assertEquals(java.util.List.of("K63.5", "Z12.11"), Detect.found(text, Category.CONDITION));
    String one = "We billed CPT 45378 today.";
    Detection d = one(one, Category.PROCEDURE);
    assertEquals("CPT 45378", one.substring(d.removalStart(), d.end));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The CPT 2024 update changes some billing rules.",
      "CPT codes are listed on your statement.",
      "Your diagnosis and treatment plan are in the portal.",
      "ICD-10 took effect in 2015.",
      "Procedure code 123 is not valid.",
      "Dx 2 weeks ago",
      "HCPCS W1234 is not a level II code.",
      "HCPCS F1234 is not one either."
  })
  void codeLabelsWithoutACodeOfTheirSystem_areNotFindings(String text) {
    assertNone(text, Category.PROCEDURE);
    assertNone(text, Category.CONDITION);
  }

  @Test
  void paymentCards_needLuhnAndIssuer() {
    Detection visa = one("Card 4111 1111 1111 1111 on file", Category.ACCOUNT);
    assertTrue(visa.has(Detection.PAYMENT_CARD));
    assertFound("Amex 3782-822463-10005 ok", Category.ACCOUNT, "3782-822463-10005");
    assertFound("card 5555555555554444.", Category.ACCOUNT, "5555555555554444");
    assertNone("Card 4111 1111 1111 1112 (Luhn fails)", Category.ACCOUNT);
    assertNone("Order 1234567812345678", Category.ACCOUNT);
  }

  @Test
  void zipCodes_needAStateOrLabel() {
    assertFound("Boston, MA 02139", Category.ZIP, "02139");
    assertFound("ZIP code: 90210", Category.ZIP, "90210");
    assertFound("código postal 06600", Category.ZIP, "06600");
    assertFound("ship to 02139-4307", Category.ZIP, "02139-4307");
    assertNone("You saved 12345 points", Category.ZIP);
    assertTrue(one("Anytown, NH 03601", Category.ZIP).has(Detection.RESTRICTED_ZIP3));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ship to 123 N Main St, Apt 4B, Boston, MA 02139 please.|123 N Main St, Apt 4B, Boston, MA 02139",
        "Visit us at 100 Main Street, Suite 200.|100 Main Street, Suite 200",
        "at 1600 Pennsylvania Ave NW today|1600 Pennsylvania Ave NW",
        "Send to P.O. Box 4421.|P.O. Box 4421",
        "PO Box 77 Springfield|PO Box 77",
        "Estamos en Calle Mayor 12, piso 3|Calle Mayor 12, piso 3",
        "Llevaremos su pedido a Calle Nogal 318, Apto 4, Laredo TX 78040 mañana.|"
            + "Calle Nogal 318, Apto 4, Laredo TX 78040",
        "Av. Reforma #222 en CDMX|Av. Reforma #222",
        "at 55 W 5th St today|55 W 5th St",
        "Now at 1840 NE Sandy Blvd, suite 6, Portland. Call us.|1840 NE Sandy Blvd, suite 6, Portland",
        "a 1187 Calle Robles Apt 4B, Laredo, TX 78041.|1187 Calle Robles Apt 4B, Laredo, TX 78041",
        "Le enviamos su estado de cuenta a Calle Hidalgo 214, Col. Centro.|Calle Hidalgo 214",
        "Dirección: 1520 Av. Juárez, Suite B, Laredo, TX 78040.|1520 Av. Juárez, Suite B, Laredo, TX 78040",
        "Nuestra dirección es 1450 Avenida Central, Local 5, Pharr, TX 78577.|1450 Avenida Central, Local 5, Pharr, TX 78577",
        "on the way to 1187 Larkspur Ln, Apt 4B, Fairview and should arrive at 9.|1187 Larkspur Ln, Apt 4B, Fairview",
        "Please arrive at 4100 Harbor Blvd, Suite 300, and bring a driver.|4100 Harbor Blvd, Suite 300"
      })
  void addresses(String text, String address) {
    assertFound(text, Category.ADDRESS, address);
  }

  @Test
  void aNumberBeforeASpanishStreetWord_isNoAddressWithoutAComma() {
    assertNone("Tome 2 Calle Ocho buses.", Category.ADDRESS);
  }

  @Test
  void addresses_theCityAndStateOnTheNextLineOnlyWithTheZip() {
    assertFound("to:\n5120 Glenhaven Ct, Apt 204\nRaleigh, NC 27612\n", Category.ADDRESS,
        "5120 Glenhaven Ct, Apt 204\nRaleigh, NC 27612");
    assertFound("at 12 Oak Ln, Suite 2\nCall or text us.", Category.ADDRESS, "12 Oak Ln, Suite 2");
  }

  @Test
  void aDecimalReadingAfterAnAccountLabel_isNoIdentifier() {
    assertNone("A new result is in your account: TSH 7.8 (H).", Category.ACCOUNT);
  }

  @Test
  void studyParticipantNumbers_areIdentifiers_anEmailSubjectIsNone() {
    assertFound("ORCHID-2 trial, study subject 014-0087, week 12 visit.", Category.OTHER_ID,
        "014-0087");
    assertNone("Subject: Your 12-week check-in", Category.OTHER_ID);
  }

  @Test
  void confirmationNumbers_identifyABookingNotAPerson() {
    assertNone("Your confirmation number is CNF-88Q4-21.", Category.OTHER_ID);
    assertNone("Thank you! Confirmation number PMT-55120-K.", Category.OTHER_ID);
    assertFound("Your claim number is CLM-4471920.", Category.OTHER_ID, "CLM-4471920");
    assertNone("Pickup 10:05 AM from your home. Booking ref CLR-20417.", Category.OTHER_ID);
    assertFound("Lab ref CLR-20417 is on the form.", Category.OTHER_ID, "CLR-20417");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Your blood count was 7.4 so Dr. Feeney ordered more tests.",
      "Take 2 tablets daily", "Arrive 15 min early", "Room 12 is on the left",
      "We have 3 locations in the area", "Call 2 days before"})
  void numbersInProse_areNotAddresses(String text) {
    assertNone(text, Category.ADDRESS);
  }

  @Test
  void addressOwner_byContext() {
    assertTrue(one("Ship to 12 Oak Ln please", Category.ADDRESS).has(Detection.PATIENT));
    assertTrue(one("Our office is at 12 Oak Ln", Category.ADDRESS).has(Detection.PRACTICE));
    // the words after an address speak of it only in its own sentence
    assertTrue(one("Clínica del Valle se mudó a 400 Recovery Rd, Fresno, CA 93650. Nuestro "
        + "teléfono sigue siendo el mismo.", Category.ADDRESS).has(Detection.PRACTICE));
    assertTrue(one("Is 12 Oak Ln still correct?", Category.ADDRESS).has(Detection.PATIENT));
    // set off after a business's name: that business's, whatever came before ("sent to")
    assertTrue(one("Your prescription was sent to Beacon Pharmacy, 410 Harmon Ave. Questions?",
        Category.ADDRESS).has(Detection.PRACTICE));
    assertTrue(one("Your preferred pharmacy is now Larkspur Drug, 1420 Ocean Ave.",
        Category.ADDRESS).has(Detection.PRACTICE));
    assertTrue(one("Send it to your home, 12 Oak Ln.", Category.ADDRESS).has(Detection.PATIENT));
    assertTrue(one("Su pedido sale hoy a Av. Las Palmas 2280, depto 5, Laredo TX 78041.",
        Category.ADDRESS).has(Detection.PATIENT));
    // the cardholder's ZIP, and where the recipient's notices go from now on
    assertTrue(one("Your card was declined because the billing ZIP (61614) did not match.",
        Category.ZIP).has(Detection.PATIENT));
    assertTrue(one("Enter your date of birth and your ZIP code 43017.", Category.ZIP)
        .has(Detection.PATIENT));
    assertTrue(one("Portal invitations will now go to kayla.m84@example.com.", Category.EMAIL)
        .has(Detection.PATIENT));
    assertTrue(one("We'll email the papers to jl1962@example.net as you asked.", Category.EMAIL)
        .has(Detection.PATIENT));
    assertTrue(one("We updated the e-mail on your account to d.c77@example.net.", Category.EMAIL)
        .has(Detection.PATIENT));
    // an apartment is where someone lives, whatever the words before it
    assertTrue(one("Delivery is scheduled Thu between 1-5pm at 418 W Birch St Apt 3B.",
        Category.ADDRESS).has(Detection.PATIENT));
    assertTrue(one("Su pedido sale hoy a Calle Olmo 214, Depto. 5, Pharr, TX 78577.",
        Category.ADDRESS).has(Detection.PATIENT));
    // where a ride collects the recipient, where returned mail went
    assertTrue(one("Your driver will pick you up at 6:45 AM at 5120 Oak Crest Dr for your"
        + " visit.", Category.ADDRESS).has(Detection.PATIENT));
    assertTrue(one("Your statement was returned as undeliverable from PO Box 3317, Tulia TX"
        + " 79088.", Category.ADDRESS).has(Detection.PATIENT));
  }

  @Test
  void emailOwner_anAddressThatIsTheRecipientsUsernameIsTheirs() {
    assertTrue(one("We created portal access for maria.d61@example.com - your username is this "
        + "address.", Category.EMAIL).has(Detection.PATIENT));
    assertTrue(one("Questions? Email billing@northgate.example. Your username is on your "
        + "statement.", Category.EMAIL).has(Detection.PRACTICE));
  }

  @Test
  void phoneOwner_aSentenceThatAsksTheReaderToCallEndsOnWhomToCall() {
    assertTrue(one("Before your next treatment, please call the center so we can update your "
        + "orders after your hospital stay: 614-555-0142.", Category.PHONE)
        .has(Detection.PRACTICE));
    assertTrue(one("Por favor llame a la clínica para actualizar sus datos: 614-555-0142.",
        Category.PHONE).has(Detection.PRACTICE));
    // no request to call: the number after "update your" is the recipient's
    assertTrue(one("We will update your records with this number: 614-555-0142.",
        Category.PHONE).has(Detection.PATIENT));
  }

  @Test
  void emailOwner_whatWeSentTheRecipientWentToTheirAddress() {
    assertTrue(one("We sent your pre-op packet for the blepharoplasty to kmorales88@example.net. "
        + "Didn't get it? Call (415) 555-0142.", Category.EMAIL).has(Detection.PATIENT));
    assertTrue(one("Doña Eva, le mandamos su carta de cuota reducida a evita.m.82@example.com.",
        Category.EMAIL).has(Detection.PATIENT));
    assertTrue(one("Questions about the packet we sent? Write to billing@northgate.example.",
        Category.EMAIL).has(Detection.PRACTICE));
  }

  @Test
  void zipOwner_aZipPlusFourOutsideAnAddressIsTheRecipientsArea() {
    assertTrue(one("Delivery is now available in your area (ZIP 05753-1184).", Category.ZIP)
        .has(Detection.PATIENT));
    assertTrue(one("Our new office: Springfield, IL 62705-1187.", Category.ZIP)
        .has(Detection.PRACTICE));
  }

  @Test
  void labelledValue_aGroupOfLettersAndDigitsThenDigitGroups() {
    assertFound("Your order shipped. Tracking: 1PW 8837 2201 9945. Expected Thursday.",
        Category.OTHER_ID, "1PW 8837 2201 9945");
    assertFound("Our sign-in sheet shows plate TX 7KL 2290 and CDL 31558240.",
        Category.VEHICLE_ID, "7KL 2290");
    // a group with letters later on: not read as far as a part of it
    assertNone("Tracking: 1Z 999 AA1 01 2345 6784 (UPS)", Category.OTHER_ID);
  }

  @Test
  void address_notAfterTheMinutesOfATime() {
    assertNone("the appt got moved to 4:45 bc dr ferreira is running behind", Category.ADDRESS);
    assertFound("Our office moved to 45 Birch Dr on Monday.", Category.ADDRESS, "45 Birch Dr");
  }

  @Test
  void vin_checkDigit() {
    assertFound("VIN 1HGCM82633A004352", Category.VEHICLE_ID, "1HGCM82633A004352");
    assertFound("car 1HGCM82633A004352 towed", Category.VEHICLE_ID, "1HGCM82633A004352");
    assertNone("car 1HGCM82633A004353 towed", Category.VEHICLE_ID);
  }

  @Test
  void medicareBeneficiaryIdentifier_byFormat() {
    assertFound("Medicare 1EG4-TE5-MK72", Category.HEALTH_PLAN_ID, "1EG4-TE5-MK72");
    assertFound("card 1EG4TE5MK72 ok", Category.HEALTH_PLAN_ID, "1EG4TE5MK72");
    assertNone("card 1SG4TE5MK72 ok", Category.HEALTH_PLAN_ID); // S is not used in MBIs
  }

  @Test
  void deaNumber_isAProviderIdentifier() {
    Detection d = one("DEA AB1234563", Category.LICENSE);
    assertTrue(d.has(Detection.PROVIDER_ID));
    assertNone("code AB1234564", Category.LICENSE);
  }

  @Test
  void longUnlabelledNumbers_areLowConfidenceIds() {
    Detection bare = one("order total 18837461920473 thanks", Category.OTHER_ID);
    assertTrue(bare.confidence < 0.6);
    Detection labelled = one("ref 8837461920 thanks", Category.OTHER_ID);
    assertTrue(labelled.labelStart >= 0 && labelled.confidence > 0.9);
  }

  @Test
  void aNumberOfDaysAfterALabelIsHowLongNotAnIdentifier() {
    assertNone("$38.72 will be deposited to your account in 3-5 business days.", Category.ACCOUNT);
    assertNone("Su reembolso llegará a su cuenta en 7-10 días hábiles.", Category.ACCOUNT);
    assertFound("$38.72 will be deposited to your account ending 4471 in 3-5 business days.",
        Category.ACCOUNT, "4471");
  }

  @Test
  void idahoAndAYearAreNoLabelledValues_aStreetNameMayEndInASuffixWord() {
    assertNone("Our address is 1180 Canyon Ridge Blvd, Suite 120, Boise, ID 83706.",
        Category.OTHER_ID);
    assertFound("Our address is 1180 Canyon Ridge Blvd, Boise, ID 83706. Free parking.",
        Category.ADDRESS, "1180 Canyon Ridge Blvd, Boise, ID 83706");
    assertFound("Patient ID 7781234 on file.", Category.MRN, "7781234");
    assertNone("Your plan earned 4.5 Stars from Medicare for 2027!", Category.HEALTH_PLAN_ID);
    assertNone("The notes from your 2/11 visit say you can walk 200 ft with a cane.",
        Category.ADDRESS);
  }

  @Test
  void aCourseNumberAfterAPlansNameIsNoIdentifier() {
    assertNone("Turning 65? Join our Medicare 101 webinar on 10/8 at noon.",
        Category.HEALTH_PLAN_ID);
    assertFound("Medicare number 1EG4-TE5-MK73 is on file.", Category.HEALTH_PLAN_ID,
        "1EG4-TE5-MK73");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "We received your complaint dated 6/2 (case PR-20417). A specialist will call.",
    "Payment received. Confirmation TX-88230-QL. Thank you!",
  })
  void aStatesLettersHyphenedToDigits_areAnIdentifiersPrefixNotAZip(String text) {
    assertNone(text, Category.ZIP);
  }

  @Test
  void aCourtCaseNumber_isAnIdentifier() {
    assertFound("Notice: we received a subpoena for records in Case No. 26-CV-01147.",
        Category.OTHER_ID, "26-CV-01147");
  }

  @Test
  void aNumberTheRecipientGaveUs_isTheirs() {
    Detection d = one("Per your request we'll text updates to the new number you gave us, "
        + "773-555-0183.", Category.PHONE);
    assertTrue(d.has(Detection.PATIENT), d::toString);
  }

  @Test
  void aVideoMeetingsId_isNoPatientIdentifier() {
    assertNone("Meeting ID 482 719 3306 / Passcode 90417. Use these if the link doesn't open.",
        Category.OTHER_ID);
  }

  @Test
  void aLabelThatEndsItsSentence_takesNoValueFromTheNext() {
    assertNone("Bring photo ID. Hours 9am-7pm.", Category.OTHER_ID);
    assertFound("Please bring your insurance card and photo ID. (312) 555-0117", Category.PHONE,
        "(312) 555-0117");
    assertFound("A decision will be mailed to you. Case no. DMR-2025-30418.", Category.OTHER_ID,
        "DMR-2025-30418");
  }
}
