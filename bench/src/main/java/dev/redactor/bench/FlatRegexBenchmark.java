package dev.redactor.bench;

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
 * The regex baseline written the first way a team writes it: the same terms as one flat
 * alternation ({@link RegexBaseline#flat}) plus the same identifier patterns, on the inputs of
 * {@link SideBySideBenchmark} (SampleTime, per message). {@code bench/run sidebyside} runs it
 * after that benchmark and reports it as {@code regexFlat} next to the factored baseline.
 *
 * <p>It costs about 150 µs per character (25–30 ms at 160 characters, 1.4 s at 10,000), so
 * inputs over 10,000 characters (about 15 s per call at 100,000, minutes at 1 MB) are refused
 * in setup rather than left to run for hours.
 * Setup also runs {@link SideBySideBenchmark.SpanGuard} with this baseline over 100 messages of
 * the mix: it must find every dictionary and identifier finding of Redactor, as the factored one
 * does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FlatRegexBenchmark {
  /** Longest input this benchmark runs (see the class comment). */
  static final int MAX_CHARS = 10_000;

  @Param({"mix", "16", "160", "1600", "10000"})
  String input;

  @Param({"42"})
  long seed;

  private String[] texts;
  private RegexBaseline flat;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    if (!input.equals("mix") && Integer.parseInt(input) > MAX_CHARS) {
      throw new IllegalArgumentException("the flat alternation is not run over " + MAX_CHARS
          + " characters (about 15 s per message at 100,000); input=" + input);
    }
    long start = System.nanoTime();
    flat = RegexBaseline.flat();
    System.out.printf(Locale.ROOT, "%n# flat regex baseline: %d terms, compiled in %d ms%n",
        flat.termCount(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    texts = SideBySideBenchmark.inputs(input, seed);
    System.out.println("# " + SideBySideBenchmark.SpanGuard.check(
        SideBySideBenchmark.largeInputRedactor(), flat,
        NameFinderBaseline.bundled(), Traffic.mix(seed, 100)));
  }

  @Benchmark
  public int regexFlat() {
    String t = texts[next];
    next = (next + 1) % texts.length;
    return flat.count(t);
  }
}
