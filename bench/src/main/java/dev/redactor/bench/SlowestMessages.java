package dev.redactor.bench;

import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.util.Arrays;
import java.util.Locale;

/**
 * The latency tail that belongs to the messages rather than to the machine: each SMS message is
 * timed on every pass, and its fastest pass is its own cost. JMH's p99 includes every stall of
 * the machine (its 8 µs control has a p99 of 20 to 50 µs on the 2-core VM); the percentiles of
 * these per-message minima do not, so the two together show how much of a p99 is the engine's.
 * Prints those percentiles and the slowest messages (synthetic texts) with their lengths and
 * verdicts.
 *
 * <p>{@code bench/run slowest [PASSES [SHOWN]]} (default 60 passes, 10 messages shown).
 */
public final class SlowestMessages {
  private SlowestMessages() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int shown = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    if (passes < 1 || shown < 0) {
      throw new IllegalArgumentException("usage: [PASSES (1 or more) [SHOWN (0 or more)]]");
    }
    String[] messages = Messages.sms(42, 4096);
    Redactor redactor = Redactor.standard();
    WarmUp.run(redactor, messages);
    long[] best = new long[messages.length];
    Arrays.fill(best, Long.MAX_VALUE);
    long sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < messages.length; i++) {
        long start = System.nanoTime();
        sink += redactor.check(messages[i]).findings().size();
        best[i] = Math.min(best[i], System.nanoTime() - start);
      }
    }
    Integer[] order = new Integer[messages.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(best[a], best[b]));
    System.out.printf(Locale.ROOT, "SMS mix, %d messages, fastest of %d passes each (µs):"
        + " p50 %.2f, p90 %.2f, p99 %.2f, p99.9 %.2f, max %.2f%n", messages.length, passes,
        at(best, order, 0.50), at(best, order, 0.90), at(best, order, 0.99),
        at(best, order, 0.999), best[order[order.length - 1]] / 1e3);
    System.out.println("slowest messages (µs, chars, verdict, text):");
    for (int k = order.length - 1; k >= Math.max(0, order.length - shown); k--) {
      int i = order[k];
      Verdict v = redactor.check(messages[i]);
      System.out.printf(Locale.ROOT, "%8.2f %4d %-7s %s%n", best[i] / 1e3, messages[i].length(),
          v.decision(), messages[i].replace('\n', ' '));
    }
    System.out.println("# " + sink);
  }

  /** The per-message minimum at quantile {@code q}, in µs. */
  private static double at(long[] best, Integer[] order, double q) {
    return best[order[(int) Math.min(order.length - 1, Math.floor(q * order.length))]] / 1e3;
  }
}
