package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Decision;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import dev.redactor.internal.detect.Detection;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy skips a regex whose literals are not in the message ({@link RegexPrefilter}). Skipping
 * must never change what a rule says: every regex condition gives the same answer, for the
 * message and for each finding, with the prefilter and without it.
 */
class RegexPrefilterTest {
  /** Regexes as a practice might write them (single-quoted YAML: backslashes as they are). */
  private static final List<String> REGEXES = List.of(
      "(?i)\\b(appointment|appt)\\b",
      "(?i)\\bcolonoscop(y|ies)\\b",
      "(?i)\\b(hiv|aids|hepatitis [bc])\\b",
      "\\bDr\\.? [A-Z][a-z]+",
      "(?i)\\b(methadone|suboxone|buprenorphine|naloxone)\\b",
      "(?i)call (us|me) at",
      "(?i)results? (are|is) (ready|in|available)",
      "(?i)behaviou?ral health",
      "(?i)\\bpsych(iatry|ology|iatric|otherapy)\\b",
      "(?i)(reply|text)\\s+stop",
      "(?i)\\b(dob|date of birth)\\b",
      "(?i)\\b(chemo(therapy)?|radiation|oncology)\\b",
      "(?i)\\bpregnan(t|cy)\\b",
      "[0-9]{3}-[0-9]{2}-[0-9]{4}",
      "(?i)\\bmg\\b",
      "(?i)cita|consulta",
      "(?i)\\b[a-z]+ectomy\\b",
      "Hi [A-Z]");

  private static Policy policy() {
    StringBuilder yaml = new StringBuilder("id: acme\nrules:\n");
    for (int i = 0; i < REGEXES.size(); i++) {
      yaml.append("  - id: acme.m").append(i).append("\n    summary: M\n    scope: message\n")
          .append("    when: {regex: '").append(REGEXES.get(i)).append("'}\n    action: warn\n");
      yaml.append("  - id: acme.f").append(i).append("\n    summary: F\n")
          .append("    when: {not: {regex: '").append(REGEXES.get(i))
          .append("'}}\n    action: warn\n");
    }
    return Policy.parse("acme.yaml", new StringReader(yaml.toString()));
  }

  @Test
  void everyRegexAnswersAsItWouldWithoutThePrefilter() {
    Policy policy = policy();
    List<Condition.RegexFind> regexes = new ArrayList<>();
    for (Rule r : policy.rules()) {
      r.when().regexes(regexes, false);
    }
    assertEquals(2 * REGEXES.size(), regexes.size());
    RegexPrefilter prefilter = RegexPrefilter.of(policy.rules());
    assertNotNull(prefilter);
    long skipped = 0;
    long matched = 0;
    for (AnalysedCorpus.Analysed m : AnalysedCorpus.messages()) {
      List<Detection> detections = m.detections();
      EvalContext with = m.context(prefilter);
      EvalContext without = m.context(null);
      for (Condition.RegexFind rf : regexes) {
        boolean expected = rf.test(without, null);
        assertEquals(expected, rf.test(with, null), () -> m.id() + " " + rf.source);
        matched += expected ? 1 : 0;
        skipped += with.mayMatch(rf) ? 0 : 1;
        for (Detection d : detections) {
          assertEquals(rf.test(without, d), rf.test(with, d),
              () -> m.id() + " " + rf.source + " at " + d.start);
        }
      }
    }
    // not a vacuous pass: regexes matched, and most were skipped on most messages
    assertTrue(matched > 100, "matches: " + matched);
    assertTrue(skipped > 1000, "skipped: " + skipped);
  }

  @Test
  void regexesWithoutLiteralsAreNeverSkipped() {
    String yaml = "id: acme\nrules:\n"
        + "  - id: acme.r\n    summary: R\n    scope: message\n"
        + "    when: {regex: '\\d{3}-\\d{4}'}\n    action: block\n";
    assertNull(RegexPrefilter.of(Policy.parse("acme.yaml", new StringReader(yaml)).rules()));
    Redactor r = Redactor.builder().policy("acme.yaml", new StringReader(yaml)).build();
    assertEquals(Decision.BLOCK, r.check("Call 555-0100 today").decision());
  }

  @Test
  void aRegexRuleStillFiresWhateverTheCaseOfItsLiteral() {
    String yaml = "id: acme\nextends: default\nrules:\n"
        + "  - id: acme.wing\n    summary: The locked wing\n    scope: message\n"
        + "    when: {regex: '(?i)\\b(kestrel|bluebird) wing\\b'}\n    action: block\n";
    Redactor r = Redactor.builder().policy("acme.yaml", new StringReader(yaml)).build();
    for (String text : List.of("Please come to the KESTREL wing at noon.",
        "Please come to the Bluebird Wing at noon.")) {
      Verdict v = r.check(text);
      assertEquals(Decision.BLOCK, v.decision(), text);
      assertEquals("acme.wing", v.notices().get(0).ruleId(), text);
    }
    assertEquals(Decision.ALLOW, r.check("Please come to the front desk at noon.").decision());
  }
}
