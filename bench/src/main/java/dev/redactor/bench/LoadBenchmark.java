package dev.redactor.bench;

import dev.redactor.Decision;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.LexiconIO;
import dev.redactor.internal.dict.Lexicons;
import dev.redactor.internal.policy.Policy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up cost: loading the compiled standard dictionaries and building {@link
 * Redactor#standard()}.
 *
 * <p>The four cold benchmarks time the first call in a fresh JVM, so each fork measures exactly
 * one call (no warm-up, one iteration; a guard refuses more) and the score is the mean over the
 * forks. They include class loading, interpretation and resource inflation, as an application's
 * first use does (JMH's own classes are already loaded in the fork, so the figures are slightly
 * optimistic):
 *
 * <ul>
 *   <li>{@link #standardLexicon}: {@link Lexicons#standard()}, the precompiled {@code
 *       standard.lexicon} resource read into a {@link Lexicon}, the code path every {@code
 *       Redactor} built from the bundled lists takes.
 *   <li>{@link #defaultPolicy}: the {@code default} policy pack parsed and compiled ({@link
 *       Policy#pack}), the other large part of {@link Redactor#standard()}.
 *   <li>{@link #standardRedactor}: {@link Redactor#standard()} end to end: the default policy, the
 *       lexicon and the engine.
 *   <li>{@link #standardRedactorFirstCheck}: {@link Redactor#standard()} plus a first check whose
 *       message needs what loads lazily (sentence segmentation, the OpenNLP part-of-speech model
 *       for an ambiguous capitalized name): the time to the first verdict.
 * </ul>
 *
 * <p>{@link #reloadStandardLexicon} reads the same resource again and again in one JVM, through
 * the same {@link LexiconIO#read} and buffer size as {@link Lexicons}, to separate the steady cost
 * of reading from the one-time cost of a cold JVM.
 *
 * <p>Run: {@code bench/run load} (see {@code bench/README.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class LoadBenchmark {
  /** A reminder that names a patient who shares her name with a word: the tagger must decide. */
  private static final String FIRST_MESSAGE =
      "Please remind Grace to bring her insurance card to the visit on Monday at 2pm.";

  /** Refuses a second iteration in one JVM, where a cold benchmark would time a cached result. */
  @State(Scope.Benchmark)
  public static class Once {
    private int iterations;

    /** Counts iterations. */
    @Setup(Level.Iteration)
    public void check() {
      if (++iterations > 1) {
        throw new IllegalStateException("a cold-start benchmark measures the first call in a"
            + " fresh JVM: run it with -wi 0 -i 1 and many forks (-f)");
      }
    }
  }

  @Benchmark
  public Lexicon standardLexicon(Once once) {
    return Lexicons.standard();
  }

  @Benchmark
  public Policy defaultPolicy(Once once) {
    return Policy.pack("default");
  }

  @Benchmark
  public Redactor standardRedactor(Once once) {
    return Redactor.standard();
  }

  @Benchmark
  public Verdict standardRedactorFirstCheck(Once once) {
    Verdict v = Redactor.standard().check(FIRST_MESSAGE);
    if (v.decision() == Decision.ALLOW) {
      throw new IllegalStateException("the patient's name went unnoticed");
    }
    return v;
  }

  @Benchmark
  @Warmup(iterations = 10)
  @Measurement(iterations = 20)
  @Fork(2)
  public Lexicon reloadStandardLexicon() throws IOException {
    InputStream in = LexiconIO.class.getClassLoader().getResourceAsStream(LexiconIO.RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the precompiled standard lexicon is not on the classpath");
    }
    try (InputStream b = new BufferedInputStream(in, 1 << 16)) {
      return LexiconIO.read(b);
    }
  }
}
