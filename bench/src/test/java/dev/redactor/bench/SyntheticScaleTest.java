package dev.redactor.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Decision;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicons;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dictionary-size and rule-count curves grow the engine with synthetic terms and rules that
 * must cost what real ones cost (they are live: a message that holds one is caught) and must not
 * change what the benchmark messages are found to hold (the same verdicts at every size), or the
 * curves would compare different work.
 */
class SyntheticScaleTest {
  private static final Redactor STANDARD = Redactor.standard();

  @Test
  void syntheticTerms_areDistinctNewEntriesOfTheFourTermLists() {
    List<Entry> entries = SyntheticTerms.generate(42, 5000, Lexicons.standard());
    assertEquals(5000, entries.size());
    Set<String> terms = new HashSet<>();
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (Entry e : entries) {
      assertTrue(terms.add(e.term()), "twice: " + e.term());
      assertTrue(Lexicons.standard().lookup(e.term()) < 0, "already a key: " + e.term());
      assertTrue(e.term().endsWith("q"), e.term());
      categories.add(e.kind().category());
    }
    assertEquals(EnumSet.of(Category.SPECIALTY, Category.CONDITION, Category.PROCEDURE,
        Category.MEDICATION), categories);
  }

  /** The premise of "they never match there": no word of the benchmark messages ends in q. */
  @Test
  void noWordOfTheBenchmarkMessages_endsInQ() {
    for (String[] set : List.of(Traffic.mix(42, 4096), Messages.sms(42, 4096))) {
      for (String m : set) {
        for (String w : m.split("[^\\p{L}]+")) {
          assertFalse(w.endsWith("q") || w.endsWith("Q"), "a benchmark word ends in q");
        }
      }
    }
  }

  @Test
  void addedSyntheticTerms_areCaught_butChangeNoBenchmarkVerdict() {
    List<Entry> entries = SyntheticTerms.generate(42, 5000, Lexicons.standard());
    Redactor grown = ScaleBenchmark.withTerms(Redactor.builder(), 42, 5000).build();
    for (int k = 0; k < 8; k++) {
      Entry e = entries.get(k * 601);
      Verdict v = grown.check("Your " + e.term() + " visit is on Monday at 2pm.");
      assertTrue(v.findings().stream().anyMatch(f -> f.category() == e.kind().category()),
          () -> "an added " + e.kind() + " term was not found: " + v.findings());
      assertTrue(STANDARD.check("Your " + e.term() + " visit is on Monday at 2pm.")
          .findings().stream().noneMatch(f -> f.category() == e.kind().category()),
          "the standard redactor found a synthetic term");
    }
    assertSameVerdicts(grown, Traffic.mix(42, 300));
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 30, 100, 1000})
  void syntheticPolicies_haveTheRuleCountAsked(int rules) {
    Redactor r = ScaleBenchmark.withRules(Redactor.builder(), rules).build();
    assertEquals(rules, r.ruleIds().size());
    assertEquals(rules, new HashSet<>(r.ruleIds()).size(), "rule ids repeat");
    // even the ten-rule subset of the default pack blocks an SSN (the benchmark's own check)
    assertEquals(Decision.BLOCK, r.check("Patient SSN 123-45-6789 on file.").decision());
  }

  @Test
  void syntheticRules_addWork_butChangeNoBenchmarkVerdict() {
    Redactor r = Redactor.builder()
        .policy("synthetic", new StringReader(SyntheticPolicy.yaml(200))).build();
    assertEquals(STANDARD.ruleIds().size() + 200, r.ruleIds().size());
    assertSameVerdicts(r, Traffic.mix(42, 300));
    // live: a message with a rule's pseudo-word is flagged by that rule (rule 3 is a
    // message-scope regex, one shape in five), and only at warn
    String word = SyntheticPolicy.pseudoWord(3);
    Verdict v = r.check("Please bring the " + word + " form to your visit on Monday.");
    assertTrue(v.notices().stream().anyMatch(n -> n.ruleId().equals("synthetic.r00003")
        && n.action() == Action.WARN), () -> "not flagged: " + v.notices());
    assertEquals(Decision.ALLOW, v.decision());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void regexRules_withOrWithoutALiteral_fireOnTheirWordOnly(boolean literal) {
    Redactor r = Redactor.builder()
        .policy("regex", new StringReader(SyntheticPolicy.regexRules(50, literal))).build();
    assertEquals(STANDARD.ruleIds().size() + 50, r.ruleIds().size());
    assertSameVerdicts(r, Traffic.mix(42, 300));
    // live either way: rule 7 flags its pseudo-word, in any case and with digits after it
    String word = SyntheticPolicy.pseudoWord(7).toUpperCase(Locale.ROOT) + "12";
    Verdict v = r.check("Please bring the " + word + " form to your visit on Monday.");
    assertTrue(v.notices().stream().anyMatch(n -> n.ruleId().equals("regex.r00007")
        && n.action() == Action.WARN), () -> "not flagged: " + v.notices());
    assertEquals(1, v.notices().size(), () -> v.notices().toString());
  }

  /** The guard the scaling benchmarks run in setup: same decisions and finding counts. */
  private static void assertSameVerdicts(Redactor r, String[] messages) {
    assertDoesNotThrow(() -> ScaleBenchmark.requireStandardVerdicts(r, messages,
        messages.length, "synthetic"));
  }
}
