package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.internal.detect.Detection;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A policy tests a finding only against the rules whose condition can hold for its category
 * ({@link Condition#findingCategories}). Leaving a rule out must never change a verdict: a rule
 * left out for a category must be false for every finding of it.
 */
class RuleIndexTest {
  private static Policy parse(String rules) {
    return Policy.parse("test.yaml", new StringReader("id: acme\nrules:\n" + rules));
  }

  private static Set<Category> categoriesOf(String when) {
    Policy p =
        parse("  - id: acme.r\n    summary: R\n    when: " + when + "\n    action: rewrite\n");
    return p.rules().get(0).when().findingCategories();
  }

  @Test
  void categoriesFollowTheConditionsShape() {
    assertEquals(EnumSet.of(Category.PHONE), categoriesOf("{category: PHONE, group: dental}"));
    assertEquals(EnumSet.of(Category.NAME),
        categoriesOf("{all: [{category: [NAME, PHONE]}, {category: [NAME, EMAIL]}]}"));
    assertEquals(EnumSet.of(Category.NAME, Category.PHONE),
        categoriesOf("{any: [{category: NAME}, {category: PHONE, term: [x]}]}"));
    assertEquals(EnumSet.noneOf(Category.class),
        categoriesOf("{all: [{category: NAME}, {category: PHONE}]}"));
    // whatever may hold for a finding of any category says nothing
    assertNull(categoriesOf("{any: [{category: NAME}, {term: [x]}]}"));
    assertNull(categoriesOf("{not: {category: NAME}}"));
    assertNull(categoriesOf("{term: [x]}"));
    assertEquals(EnumSet.of(Category.DATE),
        categoriesOf("{all: [{not: {channel: portal}}, {category: DATE}]}"));
  }

  @Test
  void aRuleLeftOutForACategoryNeverHoldsForIt() {
    long leftOut = 0;
    long held = 0;
    for (String pack : Policy.packNames()) {
      Policy policy = Policy.pack(pack);
      for (AnalysedCorpus.Analysed m : AnalysedCorpus.messages()) {
        List<Detection> detections = m.detections();
        EvalContext ctx = m.context(null);
        for (Detection d : detections) {
          for (Category c : Category.values()) {
            // the same finding, as if it were of category c
            Detection as = new Detection(d.start, d.end, c, d.kind, d.confidence, d.flags,
                d.labelStart, d.removalEnd, d.tags);
            for (Rule r : policy.rules()) {
              if (r.messageScope()) {
                continue;
              }
              Set<Category> only = r.when().findingCategories();
              boolean holds = r.when().test(ctx, as);
              if (only != null && !only.contains(c)) {
                leftOut++;
                assertFalse(holds, () -> "rule " + r.id() + " holds for " + c);
              } else if (holds) {
                held++;
              }
            }
          }
        }
      }
    }
    assertTrue(leftOut > 100_000, "rules left out: " + leftOut);
    assertTrue(held > 10_000, "rules that held: " + held);
  }
}
