package dev.redactor.bench;

import dev.redactor.Redactor;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link Redactor#check(String)} on one thread for a fixed time before a benchmark measures
 * it, so that the measured iterations see the code the JIT has finished compiling. The same loop
 * ({@link #checkFor}) is what {@link ProfileCheck} runs under a profiler.
 *
 * <p>On the 2-core machine, the detectors' code took longer than JMH's warm-up iterations to
 * compile: {@code CheckBenchmark} measured its first iteration at 62,505 checks/s and its third at
 * 106,109 in one run, and {@code redactorAllCores}, whose two threads leave the compiler no core
 * of its own, rose from 11,207 to 17,938 checks/s across its three measured iterations. A service
 * that checks messages all day runs compiled code, which is what these benchmarks mean to
 * measure; the cold start is measured on its own ({@code FirstVerdict}, {@code LoadBenchmark}).
 */
final class WarmUp {
  /** How long: about three times what C2 needed for the detectors on the 2-core machine. */
  static final long SECONDS = 15;

  private WarmUp() {}

  /** Checks {@code texts} in turn for {@link #SECONDS} and prints how many it checked. */
  static void run(Redactor redactor, String[] texts) {
    checkFor(redactor, texts, SECONDS, "warm-up");
  }

  /**
   * Checks {@code texts} in turn on this thread for {@code seconds}, then prints a line starting
   * with {@code label}: how many it checked, and how many findings (so that no check is dead).
   */
  static void checkFor(Redactor redactor, String[] texts, long seconds, String label) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long n = 0;
    int findings = 0;
    while (System.nanoTime() < end) {
      findings += redactor.check(texts[(int) (n++ % texts.length)]).findings().size();
    }
    System.out.printf(Locale.ROOT, "# %s: %,d checks on one thread in %d s (%d findings)%n",
        label, n, seconds, findings);
  }
}
