package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void category_namesAreTheContract() {
    assertEquals(
        List.of("NAME", "PROVIDER", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
            "HEALTH_PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL", "IP",
            "ADDRESS", "ZIP", "OTHER_ID", "SPECIALTY", "CONDITION", "PROCEDURE", "MEDICATION",
            "RESULT", "PLACEHOLDER"),
        java.util.Arrays.stream(Category.values()).map(Enum::name).toList());
    assertTrue(Category.SSN.isIdentifier());
    assertTrue(Category.CONDITION.isClinical());
    assertFalse(Category.PLACEHOLDER.isClinical());
  }

  @Test
  void span_of_countsCodePoints() {
    String s = "\uD83D\uDE00ab";
    Span span = Span.of(s, 2, 4);
    assertEquals(1, span.cpStart());
    assertEquals(3, span.cpEnd());
    assertEquals("[2,4)", span.toString());
  }

  @Test
  void span_rejectsSplittingASurrogatePairAndBadRanges() {
    String s = "\uD83D\uDE00ab";
    assertThrows(IllegalArgumentException.class, () -> Span.of(s, 1, 3));
    assertThrows(IllegalArgumentException.class, () -> Span.of(s, 3, 2));
    assertThrows(IllegalArgumentException.class, () -> Span.of(s, 0, 5));
    assertThrows(IllegalArgumentException.class, () -> new Span(2, 1, 0, 0));
  }

  @Test
  void finding_validatesRuleIdAndConfidence() {
    Span sp = new Span(0, 1, 0, 1);
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(sp, Category.SSN, "Bad Id", Action.BLOCK, 0.5, "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(sp, Category.SSN, "ok.id", Action.BLOCK, 1.5, "x"));
    assertTrue(Finding.isRuleId("default.ssn-partial"));
    assertFalse(Finding.isRuleId(".leading"));
  }

  @Test
  void action_orderAndDecision() {
    assertTrue(Action.BLOCK.isStrongerThan(Action.REWRITE));
    assertTrue(Action.REWRITE.isStrongerThan(Action.WARN));
    assertEquals(Action.BLOCK, Action.strongest(Action.WARN, Action.BLOCK));
    assertEquals(Decision.ALLOW, Decision.of(Action.WARN));
  }

  @Test
  void purposeAndChannel_parseWireNamesAndListChoicesOnError() {
    assertEquals(Purpose.PORTAL_NOTICE, Purpose.parse("portal-notice"));
    assertEquals(Purpose.CARE_INSTRUCTIONS, Purpose.parse("CARE_INSTRUCTIONS"));
    assertEquals(Channel.SMS, Channel.parse(" SMS "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Purpose.parse("newsletter"));
    assertTrue(e.getMessage().contains("portal-notice"));
    assertFalse(e.getMessage().contains("newsletter"));
  }

  @Test
  void message_absentChannelIsJudgedAsSms() {
    assertEquals(Channel.SMS, Message.of("x").effectiveChannel());
    assertEquals(Channel.PORTAL, Message.of("x", null, Channel.PORTAL).effectiveChannel());
    assertTrue(Message.of("x").purpose().isEmpty());
  }

  @Test
  void verdict_sendableTextFollowsTheDecision() {
    assertEquals("orig", Verdict.allow(List.of(), "x").sendableText("orig").orElseThrow());
    assertEquals("new", Verdict.rewrite(List.of(), "x", "new").sendableText("orig").orElseThrow());
    assertTrue(Verdict.block(List.of(), "x").sendableText("orig").isEmpty());
    assertTrue(Verdict.block(List.of(), "x").rewritten().isEmpty());
  }

  @Test
  void limits_rejectNonPositive_andDefaultsAreDocumentedConstants() {
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxMessageLength(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxTokens(-1));
    assertEquals(Limits.DEFAULT_MAX_MESSAGE_LENGTH, Limits.defaults().maxMessageLength());
    assertEquals(Limits.DEFAULT_MAX_TOKENS, Limits.defaults().maxTokens());
  }

  @Test
  void policySyntaxException_namesSourceLineColumnAndRule() {
    PolicySyntaxException e =
        new PolicySyntaxException("practice.yaml", 12, 5, "acme.session", "unknown key 'whne'");
    assertEquals("practice.yaml:12:5: rule acme.session: unknown key 'whne'", e.getMessage());
  }
}
