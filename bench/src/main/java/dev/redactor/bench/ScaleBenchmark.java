package dev.redactor.bench;

import dev.redactor.Category;
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
 *       default pack itself has about 25).
 *   <li>{@code extraTerms}: {@linkplain SyntheticTerms synthetic entries} added to the 137,966
 *       bundled ones through {@link Redactor.Builder#addTerms}, so the engine compiles one
 *       larger lexicon (1,000,000 takes about a minute and a 4 GB heap here).
 * </ul>
 *
 * <p>Neither the synthetic rules nor the synthetic terms can match the messages, so setup checks
 * that every verdict on the mix is the one {@link Redactor#standard()} gives: the engine does the
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
  /** Total rules in the policy; 0 is the default pack alone (its own rule count). */
  @Param({"0", "100", "1000", "10000"})
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
    int synthetic = Math.max(0, rules - Policy.pack("default").ruleCount());
    Redactor.Builder b = Redactor.builder()
        .policy("synthetic-" + synthetic, new StringReader(SyntheticPolicy.yaml(synthetic)));
    redactor = withTerms(b, seed, extraTerms).build();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf(Locale.ROOT, "%n# policy %s: %d rules; +%d terms; built in %d ms%n",
        redactor.policyId(), redactor.ruleIds().size(), extraTerms, millis);
    messages = Traffic.mix(seed, 4096);
    Redactor standard = Redactor.standard();
    for (int i = 0; i < 500; i++) {
      Verdict want = standard.check(messages[i]);
      Verdict got = redactor.check(messages[i]);
      if (want.decision() != got.decision()
          || want.findings().size() != got.findings().size()) {
        throw new IllegalStateException("verdict of mix message " + i + " differs from the"
            + " default policy's: " + got.decision() + " != " + want.decision());
      }
    }
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
