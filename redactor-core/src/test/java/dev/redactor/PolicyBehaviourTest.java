package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policies as a practice writes them: each condition, dictionaries, strongest-wins, notices. */
class PolicyBehaviourTest {

  private static Redactor with(String yaml) {
    return Redactor.builder().policy("practice.yaml", new StringReader(yaml)).build();
  }

  private static String ruleOf(Verdict v, Category c) {
    return v.findings().stream().filter(f -> f.category() == c).findFirst().orElseThrow()
        .ruleId();
  }

  @Test
  void practicePolicy_extendsAPackInAFewLines() {
    Redactor r = with("id: acme-therapy\nextends: default\n"
        + "dictionaries:\n  add:\n    PROCEDURE: [{term: session, tags: [behavioral-health]}]\n"
        + "rules:\n  - id: acme.session\n    summary: The word session reveals therapy\n"
        + "    when: {term: [session, sessions]}\n    action: block\n");
    assertEquals(Decision.BLOCK, r.check("Your session is Monday at 4pm.").decision());
    assertEquals(Decision.ALLOW, r.check("Your appointment is Monday at 4pm.").decision());
    assertEquals(Decision.BLOCK, r.check("SSN 123-45-6789").decision());
  }

  @Test
  void strongestActionWins_andTheFirstSuchRuleNamesIt() {
    Redactor r = with("id: p\nrules:\n"
        + "  - {id: p.warn, summary: w, when: {category: PHONE}, action: warn}\n"
        + "  - {id: p.block1, summary: b1, when: {category: PHONE}, action: block}\n"
        + "  - {id: p.block2, summary: b2, when: {category: PHONE}, action: block}\n");
    Verdict v = r.check("Call 617-555-0142");
    assertEquals(Decision.BLOCK, v.decision());
    assertEquals("p.block1", ruleOf(v, Category.PHONE));
  }

  @Test
  void unmatchedFindings_getThePolicyDefault() {
    Verdict warned = with("id: p\nrules: []\n").check("Call 617-555-0142");
    assertEquals(Decision.ALLOW, warned.decision());
    assertEquals(Action.WARN, warned.findings().get(0).action());
    assertEquals("p.unmatched", warned.findings().get(0).ruleId());
    Verdict blocked = with("id: p\nunmatched: block\n").check("Call 617-555-0142");
    assertEquals(Decision.BLOCK, blocked.decision());
  }

  @Test
  void purposeAndChannel_conditions() {
    Redactor r = with("id: p\nunmatched: allow\nrules:\n"
        + "  - {id: p.sms-phone, summary: s, when: {category: PHONE, channel: sms}, action: block}\n"
        + "  - {id: p.billing, summary: s, when: {category: PHONE, purpose: billing},"
        + " action: rewrite}\n");
    String text = "Call 617-555-0142 about it";
    assertEquals(Decision.BLOCK, r.check(text).decision(), "absent channel reads as sms");
    assertEquals(Decision.ALLOW, r.check(Message.of(text, null, Channel.EMAIL)).decision());
    assertEquals(Decision.REWRITE,
        r.check(Message.of(text, Purpose.BILLING, Channel.EMAIL)).decision());
  }

  @Test
  void nearWithTermRegexAndGroup_conditions() {
    Redactor r = with("id: p\nextends: default\nrules:\n"
        + "  - {id: p.near, summary: s, action: block,"
        + " when: {category: DATE, near: {category: NAME, within: 2}}}\n"
        + "  - {id: p.with, summary: s, action: block,"
        + " when: {category: PROVIDER, with: {category: SPECIALTY}}}\n"
        + "  - {id: p.regex, summary: s, action: block, when: {category: OTHER_ID,"
        + " regex: '^ZZ'}}\n"
        + "  - {id: p.group, summary: s, action: block,"
        + " when: {category: CONDITION, group: oncology}}\n");
    assertEquals(Decision.BLOCK, r.check("Hi Maria Lopez 5/14 is booked").decision());
    assertEquals(Decision.ALLOW, r.check("Your visit on 5/14 is booked. See you then!")
        .decision());
    assertEquals(Decision.BLOCK,
        r.check("Dr. Lee at Harbor Behavioral Health sees you Monday.").decision());
    assertEquals(Decision.BLOCK, r.check("Ref #: ZZ-44817 noted.").decision());
    assertEquals(Decision.REWRITE, r.check("Ref #: AB-44817 noted, see you soon.").decision());
    assertEquals(Decision.BLOCK, r.check("Your leukemia follow-up is Monday.").decision());
    assertEquals(Decision.REWRITE, r.check("Your asthma follow-up is Monday.").decision());
  }

  @Test
  void dictionaryChanges_removeTermsAndAllowPhrases() {
    Redactor base = Redactor.standard();
    String text = "Your Sunshine Cancer Center visit is Monday.";
    assertEquals(Decision.REWRITE, base.check(text).decision());
    Redactor allowed = with("id: p\nextends: default\nallow: [Sunshine Cancer Center]\n");
    assertEquals(Decision.ALLOW, allowed.check(text).decision());
    Redactor removed = with("id: p\nextends: default\ndictionaries:\n  remove: [mammogram]\n");
    assertEquals(Decision.ALLOW, removed.check("Your mammogram is Monday.").decision());
    assertEquals(Decision.REWRITE, base.check("Your mammogram is Monday.").decision());
  }

  @Test
  void builder_addAndRemoveTerms() {
    Redactor r = Redactor.builder()
        .addTerms(Category.PROCEDURE, List.of("wellness reset"))
        .removeTerms(List.of("colonoscopy"))
        .build();
    assertEquals(Decision.REWRITE, r.check("Your wellness reset is Monday.").decision());
    assertEquals(Decision.ALLOW, r.check("Your colonoscopy is Monday.").decision());
  }

  @Test
  void toBuilder_keepsAddedAndRemovedTerms() {
    // the Redactor keeps its added terms compactly (EntryRuns); its builder must get them back
    Redactor original = Redactor.builder()
        .addTerms(Category.PROCEDURE, List.of("wellness reset", "zest scan"))
        .addTerms(Category.SPECIALTY, List.of("glow clinic"))
        .removeTerms(List.of("colonoscopy"))
        .build();
    Redactor rebuilt = original.toBuilder().build();
    for (String text : List.of("Your wellness reset is Monday.", "Your zest scan is Monday.",
        "See you at the glow clinic Monday.", "Your colonoscopy is Monday.")) {
      Verdict want = original.check(text);
      Verdict got = rebuilt.check(text);
      assertEquals(want.decision(), got.decision(), text);
      assertEquals(want.findings(), got.findings(), text);
    }
    assertEquals(Decision.REWRITE, rebuilt.check("Your zest scan is Monday.").decision());
    assertEquals(Decision.ALLOW, rebuilt.check("Your colonoscopy is Monday.").decision());
    // a builder from toBuilder is a builder of its own: adding to it leaves the original alone
    Redactor more = original.toBuilder()
        .addTerms(Category.PROCEDURE, List.of("calm bath")).build();
    assertEquals(Decision.REWRITE, more.check("Your calm bath is Monday.").decision());
    assertEquals(Decision.ALLOW, original.check("Your calm bath is Monday.").decision());
    assertEquals(Decision.REWRITE, more.check("Your wellness reset is Monday.").decision());
  }

  @Test
  void messageRules_becomeNotices() {
    Verdict v = Redactor.standard().check(
        Message.of("Time for your annual visit! Book online today.", Purpose.RECALL, null));
    assertEquals(Decision.ALLOW, v.decision());
    assertEquals("default.tcpa-opt-out", v.notices().get(0).ruleId());
    Verdict ok = Redactor.standard().check(Message.of(
        "Time for your annual visit! Book online today. Reply STOP to opt out.",
        Purpose.RECALL, null));
    assertTrue(ok.notices().isEmpty());
    Verdict blocked = with("id: p\nrules:\n  - {id: p.no-links, summary: s, scope: message,"
        + " when: {regex: 'https?://'}, action: block}\n").check("See https://example.org now");
    assertEquals(Decision.BLOCK, blocked.decision());
  }

  /**
   * A pattern that backtracks catastrophically under java.util.regex ((a+)+$ on "aaa...!") runs in
   * linear time under RE2/J: this check finishes at once instead of hanging.
   */
  @Test
  void userRegex_runsInLinearTime() {
    Redactor r = with("id: p\nrules:\n  - {id: p.evil, summary: s, scope: message,"
        + " when: {regex: '(a+)+$'}, action: block}\n");
    String hostile = "a".repeat(50_000) + "!";
    Verdict v = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> r.check(hostile));
    assertEquals(Decision.ALLOW, v.decision());
  }

  @Test
  void unfilteredRegexes_areTheMessageRegexesWithNoLiteral_whereverTheyNest() {
    Redactor r = with("id: p\nrules:\n"
        + "  - {id: p.digits, summary: s, scope: message, when: {regex: '\\d{3}-\\d{4}'},"
        + " action: warn}\n"
        + "  - {id: p.word, summary: s, scope: message, when: {regex: '(?i)\\bxanax\\b'},"
        + " action: warn}\n"
        + "  - {id: p.nested, summary: s, scope: message, when: {all: [{purpose: [marketing]},"
        + " {any: [{regex: 'refill'}, {not: {regex: '[0-9]{5}'}}]}]}, action: warn}\n"
        + "  - {id: p.finding, summary: s, when: {all: [{category: PHONE},"
        + " {regex: '\\d{4}'}]}, action: warn}\n"
        // with and near test their condition on findings, not on the message
        + "  - {id: p.with, summary: s, scope: message, when: {with: {regex: '\\d{6}'}},"
        + " action: warn}\n"
        + "  - {id: p.near, summary: s, scope: message, when: {near: {regex: '\\d{7}',"
        + " within: 3}}, action: warn}\n");
    assertEquals(List.of(new PolicyTests.UnfilteredRegex("p.digits", "\\d{3}-\\d{4}"),
            new PolicyTests.UnfilteredRegex("p.nested", "[0-9]{5}")),
        PolicyTests.unfilteredRegexes(r));
  }

  @Test
  void bundledPacks_haveNoUnfilteredRegex() {
    // a pack's message regex without a literal would cost every sender's every message
    for (String name : PolicyPacks.names()) {
      assertEquals(List.of(), PolicyTests.unfilteredRegexes(Redactor.builder().policy(name)
          .build()), name);
    }
  }

  @Test
  void everyPack_passesItsEmbeddedExamples() {
    for (String name : PolicyPacks.names()) {
      Redactor r = Redactor.builder().policy(name).build();
      for (PolicyTests.Result res : PolicyTests.run(r)) {
        assertTrue(res.passed(), name + " " + res.ruleId() + " line " + res.line() + ": expected "
            + res.expectedText() + ", got " + res.actual() + " for: " + res.text());
      }
    }
  }
}
