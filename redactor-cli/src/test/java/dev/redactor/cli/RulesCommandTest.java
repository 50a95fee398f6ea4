package dev.redactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redactor rules test} as a policy author runs it on a practice's policy file. */
class RulesCommandTest {
  @TempDir Path dir;

  private Path policy(String rules) throws IOException {
    Path p = dir.resolve("acme.yaml");
    Files.writeString(p, "id: acme\nversion: 1\nsummary: Acme\nextends: default\nrules:\n" + rules);
    return p;
  }

  private static final String DIGITS_RULE = """
        - id: acme.extension
          summary: An office extension in a campaign text
          severity: note
          scope: message
          when: {regex: '\\bx\\d{3,5}\\b'}
          action: warn
          examples:
            allow:
              - {text: "Your appointment is Monday at 4pm."}
      """;

  private static final String WORD_RULE = """
        - id: acme.xanax
          summary: A controlled drug named in a text
          severity: warning
          scope: message
          when: {regex: '(?i)\\bxanax\\b'}
          action: block
          examples:
            flag:
              - {text: "Your Xanax refill is ready.", verdict: BLOCK}
      """;

  @Test
  void passingExamples_exitZero_andNameTheRegexRunOnEveryMessage() throws IOException {
    CliRun r = CliRun.run("rules", "test", policy(DIGITS_RULE + WORD_RULE).toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("examples, 0 failed"), r.out());
    assertTrue(r.out().contains("note: acme.extension: regex \\bx\\d{3,5}\\b is run over every"
        + " message"), r.out());
    assertFalse(r.out().contains("note: acme.xanax"), "a regex with a word is prefiltered");
  }

  @Test
  void aFailingExample_exitsOne_andSaysWhichRuleAndLine() throws IOException {
    String wrong = WORD_RULE.replace("verdict: BLOCK", "verdict: REWRITE");
    CliRun r = CliRun.run("rules", "test", policy(wrong).toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    // the example is on line 14 of the file: five lines of head, then the rule's ninth line
    assertTrue(r.out().contains("FAIL " + dir.resolve("acme.yaml") + ":14 acme.xanax: expected"
        + " REWRITE, got BLOCK"), r.out());
    assertTrue(r.out().contains("examples, 1 failed"), r.out());
  }

  @Test
  void bundledPacks_passAndNeedNoNote() {
    CliRun r = CliRun.run("rules", "test");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().endsWith(" policies, 0 failed" + System.lineSeparator()), r.out());
    assertFalse(r.out().contains("note:"), r.out());
  }

  @Test
  void aPolicyThatDoesNotLoad_exitsTwo() throws IOException {
    Path broken = policy(DIGITS_RULE.replace("\\d{3,5}", "(\\d"));
    CliRun r = CliRun.run("rules", "test", broken.toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("acme.extension"), r.err());
  }
}
