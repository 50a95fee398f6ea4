package dev.redactor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Decision;
import dev.redactor.PolicyTests;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's practice policy (examples/policies/therapy-practice.yaml) works as described. */
class TherapyPracticePolicyTest {
  private final Redactor redactor = Redactor.builder()
      .policyFile(Path.of("policies/therapy-practice.yaml"))
      .build();

  @Test
  void embeddedExamples_allPass() {
    List<PolicyTests.Result> results = PolicyTests.run(redactor);
    assertTrue(results.size() >= 4, "the file's own examples and the default pack's");
    for (PolicyTests.Result r : results) {
      assertTrue(r.passed(), () -> r.source() + ":" + r.line() + " " + r.ruleId());
    }
  }

  @Test
  void session_isBlocked_whileTheDefaultPolicyLetsItThrough() {
    String text = "Your session with Dr. Lee is Tuesday at 4pm.";
    Verdict v = redactor.check(text);
    assertEquals(Decision.BLOCK, v.decision());
    assertEquals("therapy-practice.no-session", v.findings().stream()
        .filter(f -> f.ruleId().startsWith("therapy-practice")).findFirst().orElseThrow()
        .ruleId());
    assertEquals(Decision.ALLOW, Redactor.standard().check(text).decision(),
        "without the practice's policy, 'session' is an ordinary word");
  }
}
