package dev.redactor.bench;

import dev.redactor.Redactor;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Lexicons;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The ratios of {@link SideBySideBenchmark} by thread CPU time, for a machine whose speed moves
 * between runs: Redactor, the two floors, the two baselines and a lower bound of the check (the
 * front end and the dictionary walk) over the same inputs in one JVM,
 * rounds alternating between them. Whatever else slows the machine slows every implementation of
 * a round alike, so the ratios hold where JMH's separate forks, minutes apart, moved by up to two
 * times on the 2-core machine (Redactor's mean on the traffic mix was 55 µs in one side-by-side
 * run and 111 µs in the next).
 *
 * <p>Each round gives every implementation, in turn, whole passes over the input's texts until it
 * has used {@link #ROUND_NANOS} of CPU; the figure is CPU per message, as the median and the
 * fastest of the rounds.
 * The flat regex is left out (25 ms per 160 characters would make every round last minutes);
 * {@code bench/run sidebyside} measures it.
 *
 * <p>Arguments: {@code ROUNDS INPUT...} (default {@code 15 mix 16 160 1600 10000 100000}).
 */
public final class SideBySideCpu {
  private static final long SEED = 42;
  private static final long ROUND_NANOS = 150_000_000L;
  private static final int WARMUP_ROUNDS = 3;

  private SideBySideCpu() {}

  private record Impl(String name, ToIntFunction<String> run) {}

  public static void main(String[] args) {
    if (args.length == 0) {
      args = new String[] {"15", "mix", "16", "160", "1600", "10000", "100000"};
    }
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ROUNDS INPUT...");
    }
    int rounds = Integer.parseInt(args[0]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    Redactor redactor = SideBySideBenchmark.largeInputRedactor();
    RegexBaseline regex = RegexBaseline.bundled();
    NameFinderBaseline names = NameFinderBaseline.bundled();
    System.out.println("# " + SideBySideBenchmark.SpanGuard.check(redactor, regex, names,
        Traffic.mix(SEED, 500)));
    WarmUp.run(redactor, Traffic.mix(SEED, 4096));
    Dictionaries dictionaries = Dictionaries.of(Lexicons.standard());
    Impl[] impls = {
      new Impl("redactor", t -> redactor.check(t).findings().size()),
      new Impl("floorTokenizer", SideBySideBenchmark::tokenCount),
      new Impl("floorAnalysis", SideBySideBenchmark::frontEnd),
      new Impl("regexBaseline", regex::count),
      new Impl("nameFinder", names::count),
      // Not a floor but a lower bound of the check: the front end plus the exact dictionary walk,
      // which term detection cannot do without, before any detector, spelling, policy or rewrite
      new Impl("analysisAndWalk", t -> SideBySideBenchmark.frontEndAndWalk(t, dictionaries)),
    };
    System.out.printf(Locale.ROOT, "%d rounds per input; µs of thread CPU time per message,"
        + " median (fastest round)%n", rounds);
    System.out.println("| input | Redactor | tokenizer floor | normalize + tokenize"
        + " | regex baseline | name finder | normalize + tokenize + dictionary walk"
        + " | Redactor / tokenizer floor | Redactor / normalize+tokenize"
        + " | regex baseline / Redactor | name finder / Redactor"
        + " | normalize+tokenize+walk / tokenizer floor | regex baseline / normalize+tokenize+walk"
        + " |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        + "| ---: | ---: | ---: |");
    long sink = 0;
    for (int a = 1; a < args.length; a++) {
      String[] texts = SideBySideBenchmark.inputs(args[a], SEED);
      double[][] perMessage = new double[impls.length][rounds];
      for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
        for (int k = 0; k < impls.length; k++) {
          // whole passes over the texts between clock reads: reading the thread's CPU time
          // costs about a microsecond, as much as a floor's whole message
          ToIntFunction<String> run = impls[k].run();
          long start = threads.getCurrentThreadCpuTime();
          long n = 0;
          long spent;
          do {
            for (String t : texts) {
              sink += run.applyAsInt(t);
            }
            n += texts.length;
            spent = threads.getCurrentThreadCpuTime() - start;
          } while (spent < ROUND_NANOS);
          if (r >= 0) {
            perMessage[k][r] = spent / 1e3 / n;
          }
        }
      }
      double[] med = new double[impls.length];
      StringBuilder row = new StringBuilder("| ").append(args[a]);
      for (int k = 0; k < impls.length; k++) {
        med[k] = MatcherScaling.median(perMessage[k]);
        row.append(String.format(Locale.ROOT, " | %s (%s)", fmt(med[k]),
            fmt(Arrays.stream(perMessage[k]).min().orElseThrow())));
      }
      row.append(String.format(Locale.ROOT,
          " | %.1f× | %.1f× | %.1f× | %.1f× | %.1f× | %.1f× |", med[0] / med[1],
          med[0] / med[2], med[3] / med[0], med[4] / med[0], med[5] / med[1], med[3] / med[5]));
      System.out.println(row);
    }
    System.out.println("# " + sink);
  }

  private static String fmt(double us) {
    if (us >= 100) {
      return String.format(Locale.ROOT, "%,.0f", us);
    }
    return String.format(Locale.ROOT, us >= 10 ? "%.1f" : "%.2f", us);
  }
}
