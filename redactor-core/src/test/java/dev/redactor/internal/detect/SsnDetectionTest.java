package dev.redactor.internal.detect;

import static dev.redactor.internal.detect.Detect.assertFound;
import static dev.redactor.internal.detect.Detect.assertNone;
import static dev.redactor.internal.detect.Detect.one;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsnDetectionTest {

  @Test
  void dashedValidSsn_isFoundWithoutLabel() {
    assertFound("on file: 123-45-6789.", Category.SSN, "123-45-6789");
  }

  @Test
  void spacedOrBareSsn_withLabel() {
    assertFound("SSN 123 45 6789", Category.SSN, "123 45 6789");
    assertFound("Social Security number: 123456789", Category.SSN, "123456789");
    assertFound("número de seguro social 123456789", Category.SSN, "123456789");
  }

  @Test
  void nineBareDigits_withoutLabel_areNotAnSsn() {
    assertNone("Order 123456789 shipped", Category.SSN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "987-65-4321", "123-00-4567",
      "123-45-0000"})
  void invalidAreaGroupOrSerial_isNotAnSsn(String ssn) {
    assertNone("SSN " + ssn, Category.SSN);
  }

  @Test
  void partialSsn_isFlaggedPartial() {
    assertTrue(one("SSN ending in 6789", Category.SSN).has(Detection.PARTIAL));
    assertTrue(one("on file: ***-**-6789", Category.SSN).has(Detection.PARTIAL));
    assertTrue(one("xxx-xx-6789 is on file", Category.SSN).has(Detection.PARTIAL));
  }

  @Test
  void ssnBeatsOtherReadingsOfTheSameDigits() {
    Detection d = one("Member ID 123-45-6789", Category.SSN);
    assertTrue(d.confidence > 0.5);
  }

  @Test
  void anAccountLabelledRightBefore_takesTheDigits() {
    assertNone("We received $50.00 toward acct 600-44-1873 today.", Category.SSN);
    assertNone("Account #: 600-44-1873", Category.SSN);
    assertNone("claim no. 219-09-9999 was paid", Category.SSN);
    // a label further back, or one cut off by a comma, does not decide
    assertFound("confirm the Social Security number on file for your imaging claim, 219-09-9999",
        Category.SSN, "219-09-9999");
    assertFound("Account holder SSN 600-44-1873", Category.SSN, "600-44-1873");
    // a claim label right before, in a sentence that named the number an SSN
    assertFound("Please confirm the Social Security number we have for your insurance claim: "
        + "219-09-9999.", Category.SSN, "219-09-9999");
  }

  @Test
  void theTailOfALongerIdentifier_isNoSsn() {
    assertNone("Member ID: KHP-771-20-4418 / Group: 00918", Category.SSN);
    assertNone("EOB for member KHP-552-09-7713, date of service 9/21", Category.SSN);
    assertFound("SSN: KHP-771-20-4418", Category.SSN, "771-20-4418"); // a label still decides
  }
}
