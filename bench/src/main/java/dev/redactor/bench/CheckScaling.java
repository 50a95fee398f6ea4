package dev.redactor.bench;

import dev.redactor.Redactor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The dictionary-size comparison of {@link ScaleBenchmark} ({@code bench/run dictsize}) timed by
 * thread CPU time, for a busy machine: {@code Redactor.check} over the traffic mix with terms
 * added through {@link Redactor.Builder#addTerms}, one redactor per size, all in one JVM, rounds
 * alternating between them over the same messages. Whatever else runs on the machine slows every
 * size alike, so their ratio holds when the wall clock does not. As with {@link MatcherScaling},
 * the sizes share one JIT profile; one size per run ({@code bench/run dictscaling 20 0}, then
 * {@code ... 1000000}) gives what a deployment with that one dictionary sees.
 *
 * <p>Setup checks that every size gives the standard redactor's decision and finding count on
 * the first 500 messages (synthetic terms never occur in them). Reports the median and fastest
 * round in µs of CPU per check, and the median relative to the first size.
 *
 * <p>Arguments: {@code ROUNDS EXTRA_TERMS...} (default {@code 20 0 100000 1000000}).
 */
public final class CheckScaling {
  private static final long SEED = 42;
  private static final int WARMUP_ROUNDS = 5;
  private static final int MESSAGES = 4096;

  private CheckScaling() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      args = new String[] {"20", "0", "100000", "1000000"};
    }
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ROUNDS EXTRA_TERMS...");
    }
    int rounds = Integer.parseInt(args[0]);
    int[] extra = Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    String[] messages = Traffic.mix(SEED, MESSAGES);
    Redactor[] redactors = new Redactor[extra.length];
    for (int d = 0; d < extra.length; d++) {
      long start = System.nanoTime();
      redactors[d] = ScaleBenchmark.withTerms(Redactor.builder(), SEED, extra[d]).build();
      System.out.printf(Locale.ROOT, "extraTerms %d: built in %d ms%n", extra[d],
          (System.nanoTime() - start) / 1_000_000);
      ScaleBenchmark.requireStandardVerdicts(redactors[d], messages, 500,
          "extraTerms " + extra[d]);
    }
    long[][] cpu = new long[extra.length][rounds];
    for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
      for (int d = 0; d < extra.length; d++) {
        long start = threads.getCurrentThreadCpuTime();
        for (String m : messages) {
          redactors[d].check(m);
        }
        if (r >= 0) {
          cpu[d][r] = threads.getCurrentThreadCpuTime() - start;
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "traffic mix, %d messages, %d rounds; µs of thread CPU time per check, median (fastest)%n",
        MESSAGES, rounds);
    double base = MatcherScaling.median(cpu[0]);
    for (int d = 0; d < extra.length; d++) {
      double med = MatcherScaling.median(cpu[d]);
      System.out.printf(Locale.ROOT, "%12d  %7.1f (%6.1f)  x%4.2f%n", extra[d],
          med / MESSAGES / 1e3, Arrays.stream(cpu[d]).min().orElseThrow() / (double) MESSAGES
              / 1e3, med / base);
    }
  }
}
