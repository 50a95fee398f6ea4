package dev.redactor.bench;

import dev.redactor.Category;
import dev.redactor.Decision;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicons;
import dev.redactor.internal.policy.Policy;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Redactor#check(String)} over the {@linkplain Traffic#mix traffic mix} as the policy and
 * the dictionaries grow (SampleTime, per message).
 *
 * <ul>
 *   <li>{@code rules}: synthetic rules added to the default policy ({@link SyntheticPolicy}; the
 *       default pack itself has 30), or 10: the default pack's first ten rules alone.
 *   <li>{@code extraTerms}: {@linkplain SyntheticTerms synthetic entries} added to the 137,966
 *       bundled ones through {@link Redactor.Builder#addTerms}, so the engine compiles one
 *       larger lexicon (1,000,000 takes about a minute and a 4 GB heap here).
 * </ul>
 *
 * <p>Neither the synthetic rules nor the synthetic terms can match the messages, so setup checks
 * that every verdict on the mix is the one {@link Redactor#standard()} gives (for the ten-rule
 * policy, which gives other verdicts by design, only that it blocks an SSN): the engine does the
 * same work plus whatever the extra rules and entries cost.
 *
 * <p>Run: {@code bench/run rules} and {@code bench/run dictsize} (see {@code bench/README.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScaleBenchmark {
  /**
   * Total rules in the policy; 0 is the default pack alone (its 30 rules), and 10 is its first
   * ten (see {@link SyntheticPolicy#withRuleCount}).
   */
  @Param({"10", "0", "100", "1000", "10000"})
  int rules;

  @Param({"0"})
  int extraTerms;

  @Param({"42"})
  long seed;

  private String[] messages;
  private Redactor redactor;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    long start = System.nanoTime();
    redactor = withTerms(withRules(Redactor.builder(), rules), seed, extraTerms).build();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf(Locale.ROOT, "%n# policy %s: %d rules; +%d terms; built in %d ms%n",
        redactor.policyId(), redactor.ruleIds().size(), extraTerms, millis);
    messages = Traffic.mix(seed, 4096);
    if (rules > 0 && rules < Policy.pack("default").ruleCount()) {
      // a part of the default pack gives other verdicts by design; it must still block an SSN
      if (redactor.check("Patient SSN 123-45-6789 on file.").decision() != Decision.BLOCK) {
        throw new IllegalStateException("the first " + rules + " rules do not block an SSN");
      }
      return;
    }
    requireStandardVerdicts(redactor, messages, 500, "policy " + redactor.policyId());
  }

  /**
   * Checks that {@code grown} (more terms or rules that never fire on the benchmark messages)
   * gives {@link Redactor#standard()}'s decision and finding count on the first {@code count} of
   * {@code messages}, so that a scaling curve compares the same work at every size.
   *
   * @throws IllegalStateException naming {@code what} and the first message that differs
   */
  static void requireStandardVerdicts(Redactor grown, String[] messages, int count, String what) {
    Redactor standard = Redactor.standard();
    for (int i = 0; i < count; i++) {
      Verdict want = standard.check(messages[i]);
      Verdict got = grown.check(messages[i]);
      if (want.decision() != got.decision()
          || want.findings().size() != got.findings().size()) {
        throw new IllegalStateException(what + ": verdict of mix message " + i + " differs from"
            + " the standard redactor's: " + got.decision() + " with " + got.findings().size()
            + " findings, not " + want.decision() + " with " + want.findings().size());
      }
    }
  }

  /** {@code b} with the policy of {@code rules} rules of {@link SyntheticPolicy#withRuleCount}. */
  static Redactor.Builder withRules(Redactor.Builder b, int rules) {
    return b.policy("synthetic-" + rules, new StringReader(SyntheticPolicy.withRuleCount(rules)));
  }

  /**
   * {@code b} with {@code extraTerms} seeded synthetic entries added through {@link
   * Redactor.Builder#addTerms}, by category, as a practice adds its own terms.
   */
  static Redactor.Builder withTerms(Redactor.Builder b, long seed, int extraTerms) {
    if (extraTerms > 0) {
      List<Entry> generated = SyntheticTerms.generate(seed, extraTerms, Lexicons.standard());
      for (Category cat : new Category[] {Category.SPECIALTY, Category.CONDITION,
          Category.PROCEDURE, Category.MEDICATION}) {
        List<String> terms = new ArrayList<>();
        for (Entry e : generated) {
          if (e.kind().category() == cat) {
            terms.add(e.term());
          }
        }
        b.addTerms(cat, terms);
      }
    }
    return b;
  }

  @Benchmark
  public Verdict check() {
    String m = messages[next];
    next = (next + 1) & (messages.length - 1);
    return redactor.check(m);
  }
}
