package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.internal.detect.Detection;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A category with many term rules tests a finding only against the rules of its own text and the
 * rules without terms ({@link FindingRules}), and never against rules naming other categories.
 * That must leave out only rules that cannot hold, and keep policy order, so the rule chosen is
 * the one testing every rule would choose.
 */
class FindingRulesTest {
  /** Words and names the corpora's findings are made of, and some they never are. */
  private static final List<String> TERMS = List.of("tomorrow", "Friday", "dental", "Dr. Smith",
      "Maria", "colonoscopy", "MRI", "therapy", "555-0100", "oncology", "unheardofq", "nevermindq");

  private static Policy policy() {
    StringBuilder y = new StringBuilder("id: acme\nextends: default\nrules:\n");
    int n = 0;
    for (String t : TERMS) {
      y.append("  - id: acme.t").append(n++).append("\n    summary: T\n    when: {term: ['")
          .append(t).append("']}\n    action: warn\n");
      y.append("  - id: acme.a").append(n++).append("\n    summary: A\n    when: {all: [")
          .append("{term: ['").append(t).append("', 'othersq']}, {not: {channel: portal}}]}\n")
          .append("    action: rewrite\n");
      y.append("  - id: acme.y").append(n++).append("\n    summary: Y\n    when: {any: [")
          .append("{term: ['").append(t).append("']}, {category: DATE}]}\n    action: block\n");
      y.append("  - id: acme.u").append(n++).append("\n    summary: U\n    when: {any: [")
          .append("{term: ['").append(t).append("']}, {all: [{term: [othersq, '").append(t)
          .append("']}, {not: {channel: sms}}]}]}\n    action: rewrite\n");
      y.append("  - id: acme.n").append(n++).append("\n    summary: N\n    when: {category: ")
          .append("[NAME, DATE], term: ['").append(t).append("']}\n    action: rewrite\n");
    }
    return Policy.parse("acme.yaml", new StringReader(y.toString()));
  }

  @Test
  void theIndexLeavesOutOnlyRulesThatCannotHold() {
    Policy policy = policy();
    List<Rule> findingRules = new ArrayList<>();
    for (Rule r : policy.rules()) {
      if (!r.messageScope()) {
        findingRules.add(r);
      }
    }
    FindingRules rules = new FindingRules(findingRules);
    long held = 0;
    long leftOut = 0;
    for (AnalysedCorpus.Analysed m : AnalysedCorpus.messages()) {
      EvalContext ctx = m.context(null);
      for (Detection found : m.detections()) {
        // the finding as it is, and as if it were of a few other categories
        for (Category c : EnumSet.of(found.category, Category.NAME, Category.DATE,
            Category.PROCEDURE)) {
          Detection d = c == found.category ? found : new Detection(found.start, found.end, c,
              found.kind, found.confidence, found.flags, found.labelStart, found.removalEnd,
              found.tags);
          assertTrue(rules.indexed(c), c::name);
          int[] candidates = rules.candidates(c, ctx.foldedText(d));
          boolean[] isCandidate = new boolean[rules.rules.length];
          for (int k = 0; k < candidates.length; k++) {
            assertTrue(k == 0 || candidates[k - 1] < candidates[k], "policy order");
            isCandidate[candidates[k]] = true;
          }
          for (int i = 0; i < rules.rules.length; i++) {
            boolean holds = rules.rules[i].when().test(ctx, d);
            held += holds ? 1 : 0;
            if (!isCandidate[i]) {
              leftOut++;
              int at = i;
              assertFalse(holds, () -> m.id() + ": " + rules.rules[at].id() + " left out at "
                  + d.start + " (" + d.category + ")");
            }
          }
        }
      }
    }
    assertTrue(held > 100, "held: " + held);
    assertTrue(leftOut > 10_000, "left out: " + leftOut);
  }

  @Test
  void aFewTermRulesAreSimplyTested() {
    Policy p = Policy.parse("acme.yaml", new StringReader("id: acme\nrules:\n"
        + "  - id: acme.r\n    summary: R\n    when: {term: [tomorrow]}\n    action: warn\n"));
    FindingRules rules = new FindingRules(p.rules());
    assertFalse(rules.indexed(Category.DATE));
    assertArrayEquals(new int[] {0}, rules.tested(Category.DATE));
    FindingRules pack = new FindingRules(Policy.pack("default").rules().stream()
        .filter(r -> !r.messageScope()).toList());
    for (Category c : Category.values()) {
      assertFalse(pack.indexed(c), c::name);
    }
  }
}
