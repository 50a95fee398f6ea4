package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = Redactor.standard();

  @Test
  void standard_isOneSharedInstance() {
    assertSame(Redactor.standard(), Redactor.standard());
    assertEquals("default", redactor.policyId());
  }

  @Test
  void check_plainReminder_isAllowed() {
    Verdict v = redactor.check("Your appointment is tomorrow at 2pm. Reply YES to confirm.");
    assertEquals(Decision.ALLOW, v.decision());
    assertTrue(v.findings().isEmpty());
    assertTrue(v.rewritten().isEmpty());
  }

  @Test
  void check_practicePhone_isAllowedWithAFinding() {
    Verdict v = redactor.check("Questions? Call us at (617) 555-0142.");
    assertEquals(Decision.ALLOW, v.decision());
    assertEquals(1, v.findings().size());
    Finding f = v.findings().get(0);
    assertEquals(Category.PHONE, f.category());
    assertEquals(Action.ALLOW, f.action());
    assertEquals("default.practice-contact", f.ruleId());
  }

  @Test
  void check_ssn_isBlocked() {
    Verdict v = redactor.check("We need to verify SSN 123-45-6789 before your visit.");
    assertEquals(Decision.BLOCK, v.decision());
    assertEquals("default.ssn", v.findings(Action.BLOCK).get(0).ruleId());
    assertTrue(v.explanation().contains("portal notice"));
  }

  @Test
  void check_fullDateOfBirthWithName_isBlocked_aloneRewritten_appointmentDateAllowed() {
    assertEquals(Decision.BLOCK,
        redactor.check("Hi Maria Lopez, DOB 03/14/1962 is on file.").decision());
    assertEquals(Decision.REWRITE, redactor.check("Please confirm your DOB 03/14/1962 when you"
        + " call.").decision());
    assertEquals(Decision.ALLOW, redactor.check("Your appointment is on 03/14/2026.").decision());
  }

  @Test
  void check_patientPhone_isRewrittenAndTheRewriteIsAllowed() {
    Verdict v = redactor.check("We have your cell as 617-555-0142. Reply YES to confirm.");
    assertEquals(Decision.REWRITE, v.decision());
    String rewritten = v.rewritten().orElseThrow();
    assertFalse(rewritten.contains("0142"));
    assertTrue(rewritten.contains("Reply YES to confirm."));
    assertEquals(Decision.ALLOW, redactor.check(rewritten).decision());
  }

  @Test
  void check_memberId_rewriteReadsNaturally() {
    Verdict v = redactor.check(
        "Please bring your Member ID: XGH-448812 and a photo ID to your visit.");
    assertEquals("Please bring a photo ID to your visit.", v.rewritten().orElseThrow());
  }

  @Test
  void check_labelAsSubject_isKept() {
    Verdict v = redactor.check("Rx #7788123 is ready for pickup.");
    assertEquals("Rx is ready for pickup.", v.rewritten().orElseThrow());
  }

  @Test
  void check_ageOver89_isRemovedWithItsWords() {
    Verdict v = redactor.check("Your 92-year-old father is doing well. Happy 91st birthday!");
    assertEquals("Your father is doing well. Happy birthday!", v.rewritten().orElseThrow());
  }

  @Test
  void check_messageThatIsOnlyAnIdentifier_isBlocked() {
    Verdict v = redactor.check("Your MRN is 00482913.");
    assertEquals(Decision.BLOCK, v.decision());
  }

  @Test
  void check_portalChannel_allowsIdentifiersButNotSsn() {
    Message mrn = Message.of("Your MRN is 00482913.", Purpose.OTHER, Channel.PORTAL);
    assertEquals(Decision.ALLOW, redactor.check(mrn).decision());
    Message ssn = Message.of("SSN 123-45-6789", null, Channel.PORTAL);
    assertEquals(Decision.BLOCK, redactor.check(ssn).decision());
  }

  @Test
  void check_nearMisses_areAllowed() {
    for (String s :
        List.of(
            "Please bring a positive photo ID to your visit.",
            "Grace period ends 12/31.",
            "Please arrive 10/15 min early.",
            "Your appointment is at 3:45 pm on Monday.",
            "SSN 000-12-3456",
            "Card 4111 1111 1111 1112")) {
      assertEquals(Decision.ALLOW, redactor.check(s).decision(), s);
    }
  }

  @Test
  void check_offsetsPointIntoTheOriginal_evenAfterEmojiAndZeroWidth() {
    String text = "\uD83D\uDE00\uD83D\uDE00 SSN 12\u200B3-45-67\u00AD89 ok";
    Verdict v = redactor.check(text);
    Finding f = v.findings().get(0);
    assertEquals("12\u200B3-45-67\u00AD89", text.substring(f.start(), f.end()));
    assertEquals(text.codePointCount(0, f.start()), f.span().cpStart());
  }

  @Test
  void check_emptyAndWhitespace_areAllowed() {
    assertEquals(Decision.ALLOW, redactor.check("").decision());
    assertEquals(Decision.ALLOW, redactor.check(" \n\t ").decision());
  }

  @Test
  void check_overLimit_throwsNamingValueLimitAndSetter() {
    Redactor small =
        Redactor.builder().limits(Limits.builder().maxMessageLength(10).build()).build();
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> small.check("x".repeat(11)));
    assertEquals(
        "message length 11 exceeds the maximum 10 (set by Limits.Builder.maxMessageLength)",
        e.getMessage());
    assertEquals(11, e.value());
    assertEquals(10, e.limit());
  }

  @Test
  void check_tooManyTokens_throws() {
    Redactor small = Redactor.builder().limits(Limits.builder().maxTokens(5).build()).build();
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> small.check("one two three four five six seven"));
    assertTrue(e.getMessage().contains("Limits.Builder.maxTokens"));
  }

  @Test
  void redact_returnsSendableTextOrThrowsWithReasons() {
    assertEquals("Hello.", redactor.redact("Hello.").textOrThrow());
    Redaction r = redactor.redact("We have your cell as 617-555-0142. Reply YES to confirm.");
    assertTrue(r.isSendable());
    assertEquals(r.verdict().rewritten().orElseThrow(), r.textOrThrow());
    Redaction blocked = redactor.redact("SSN 123-45-6789");
    assertFalse(blocked.isSendable());
    MessageBlockedException e = assertThrows(MessageBlockedException.class, blocked::textOrThrow);
    assertFalse(e.getMessage().contains("6789"));
    assertSame(blocked.verdict(), e.verdict());
  }

  @Test
  void builder_unknownPolicy_isAPolicyError() {
    PolicySyntaxException e =
        assertThrows(PolicySyntaxException.class, () -> Redactor.builder().policy("nope"));
    assertTrue(e.getMessage().contains("available: default"));
  }

  @Test
  void check_isDeterministic() {
    String s = "We have your cell as 617-555-0142, DOB 3/14/1962, MRN 00482913.";
    assertEquals(redactor.check(s), redactor.check(s));
  }
}
