package dev.redactor.internal.detect;

import static dev.redactor.internal.detect.Detect.assertFound;
import static dev.redactor.internal.detect.Detect.assertNone;
import static dev.redactor.internal.detect.Detect.one;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAndNetworkDetectionTest {

  @Test
  void emails_andWhoseTheyAre() {
    assertTrue(one("Write to maria.lopez@gmail.com", Category.EMAIL).has(Detection.PATIENT));
    assertTrue(one("Write to appointments@harborclinic.org", Category.EMAIL)
        .has(Detection.PRACTICE));
    assertTrue(one("We have your email as jlee@acme-corp.com", Category.EMAIL)
        .has(Detection.PATIENT));
    assertNone("Use @home or @ the clinic", Category.EMAIL);
    assertNone("user@localhost is not an address", Category.EMAIL);
  }

  @Test
  void anAddressTheAccountWasChangedTo_isTheRecipients() {
    assertTrue(one("The e-mail address on your account was changed to d.hollis77@example.net on"
        + " 03/08.", Category.EMAIL).has(Detection.PATIENT));
  }

  @Test
  void urls_plainPersonalizedOpaque() {
    assertTrue(one("Book at https://www.brightsmiles.example.com/book", Category.URL)
        .has(Detection.PRACTICE));
    assertTrue(one("See portal.example.org/results?patient=12345", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Visit https://x.example.com/patients/00482913/chart", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Confirm: https://bit.ly/3xYzAb9", Category.URL).has(Detection.OPAQUE_TOKEN));
    assertTrue(one("Pay: https://pay.example.com/i/aZ93kQ02mX", Category.URL)
        .has(Detection.OPAQUE_TOKEN));
    assertTrue(one("Forms: www.example.org/new-patient-forms", Category.URL)
        .has(Detection.PRACTICE));
    // whom a survey or prescreen was sent to
    assertTrue(one("Your prescreen link: lakeshorecr.example.com/ps?rid=88213-KT.", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Survey: survey.example.org/s?student=44120", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Questionnaire: https://oh.example.com/intake?donor=88123&emp=KSL",
        Category.URL).has(Detection.PERSONALIZED));
    // a client's, a family's or a resident's id, and a short token parameter
    assertTrue(one("Sign: https://ex.example.org/sign?doc=ROI&cid=88213", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Survey: https://survey.example/s?fid=88213&res=BRENNAN-W", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Forms: https://ex.example.com/forms/intake?appt=55812&tok=9fQ2xL",
        Category.URL).has(Detection.PERSONALIZED));
  }

  @Test
  void urls_aCredentialInTheQueryIdentifiesTheRecipient_aPlacesNameDoesNot() {
    assertTrue(one("Reset: https://portal.example.com/reset?token=8f3Kq29LmZ7rTwQ", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Join: https://meet.example.com/v/9QZ1-44KD?pw=rT7x", Category.URL)
        .has(Detection.PERSONALIZED));
    assertTrue(one("Directions: https://maps.example.com/?q=Harborview+Medical+Plaza",
        Category.URL).has(Detection.PRACTICE));
    assertTrue(one("Book: https://clinic.example.com/book?code=SPRING20", Category.URL)
        .has(Detection.OPAQUE_TOKEN));
  }

  @Test
  void urls_trailingPunctuationIsNotPartOfTheLink() {
    assertFound("Visit www.example.org/book.", Category.URL, "www.example.org/book");
    assertFound("(see https://example.com/a)", Category.URL, "https://example.com/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dr.Smith will see you", "e.g. bring forms", "St.Mary clinic",
      "Thanks.See you"})
  void sentenceDotsWithoutSpace_areNotUrls(String text) {
    assertNone(text, Category.URL);
  }

  @Test
  void ipv4_validatedAndNotVersions() {
    assertFound("from 192.168.1.20 today", Category.IP, "192.168.1.20");
    assertNone("from 192.168.1.256 today", Category.IP);
    assertNone("version 1.2.3.4 released", Category.IP);
    assertNone("1.2.3.4.5 steps", Category.IP);
  }

  @Test
  void ipv6_validatedAndNotTimes() {
    assertFound("host 2001:db8::8a2e:370:7334 down", Category.IP, "2001:db8::8a2e:370:7334");
    assertFound("host 2001:0db8:0000:0000:0000:ff00:0042:8329 ok", Category.IP,
        "2001:0db8:0000:0000:0000:ff00:0042:8329");
    assertFound("loopback ::1 ok", Category.IP, "::1");
    assertNone("at 10:30:15 today", Category.IP);
    assertNone("ratio 1:2:3", Category.IP);
    assertNone("bad 2001:db8::1::2", Category.IP);
  }
}
