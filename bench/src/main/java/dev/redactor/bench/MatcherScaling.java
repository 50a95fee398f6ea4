package dev.redactor.bench;

import dev.redactor.Limits;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.Lexicons;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lexicon-size comparison of {@link MatcherBenchmark}, made robust to a busy machine: every
 * lexicon is compiled into one JVM, and rounds alternate between them over the same pre-tokenized
 * {@linkplain Messages#pool message pool}, timing each pass by the thread's CPU time rather than
 * the wall clock. Whatever else runs on the machine then slows every lexicon alike instead of
 * whichever JMH fork it happened to overlap, so the ratios hold even when absolute numbers do not.
 *
 * <p>The lexicons also share one JIT profile, which a JVM holding one lexicon does not: compiled
 * for a large lexicon's walks, the same code walks the bundled lexicon alone markedly slower than
 * it does in a JVM that never saw another one. Several sizes in one run therefore compare the
 * automata under common code. One size per run ({@code bench/run scaling 1000 20 0}, then {@code
 * ... 1000000}), or {@link MatcherBenchmark} on an idle machine, gives what a deployment with that
 * one lexicon sees.
 *
 * <p>For each lexicon it reports the median and the fastest round, in nanoseconds per character,
 * of the walk alone (as {@link MatcherBenchmark#matchOnly}) and of normalize, tokenize and match
 * (as {@link MatcherBenchmark#analyzeAndMatch}), and the median relative to the first lexicon.
 * Every pass must find the same number of matches (synthetic terms never occur in the messages).
 *
 * <p>Arguments: {@code MESSAGE_CHARS ROUNDS EXTRA_TERMS...} (default {@code 1000 20 0 100000
 * 1000000}). Run: {@code bench/run scaling} (see {@code bench/README.md}).
 */
public final class MatcherScaling {
  private static final long SEED = 42;
  private static final int WARMUP_ROUNDS = 5;

  private MatcherScaling() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      args = new String[] {"1000", "20", "0", "100000", "1000000"};
    }
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: MESSAGE_CHARS ROUNDS EXTRA_TERMS...");
    }
    int messageChars = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int[] extra = new int[args.length - 2];
    for (int i = 0; i < extra.length; i++) {
      extra[i] = Integer.parseInt(args[i + 2]);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }

    Lexicon standard = Lexicons.standard();
    Dictionaries[] dictionaries = new Dictionaries[extra.length];
    for (int d = 0; d < extra.length; d++) {
      List<Entry> entries = Lexicons.bundledEntries(Set.of());
      entries.addAll(SyntheticTerms.generate(SEED, extra[d], standard));
      Lexicon lexicon = Lexicon.compile(entries, Set.of());
      dictionaries[d] = Dictionaries.of(lexicon);
      System.out.printf(Locale.ROOT, "extraTerms %d: %d keys, %.1f MB%n", extra[d],
          lexicon.keyCount(), lexicon.ramBytes() / 1e6);
    }
    String[] messages = Messages.pool(SEED, messageChars);
    Tokens[] tokens = new Tokens[messages.length];
    for (int i = 0; i < messages.length; i++) {
      tokens[i] = Analysis.of(messages[i], Limits.defaults()).tokens();
    }

    long[][] matchOnly = new long[extra.length][rounds];
    long[][] analyzeAndMatch = new long[extra.length][rounds];
    long expected = -1;
    for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
      for (int d = 0; d < extra.length; d++) {
        long found = 0;
        long start = threads.getCurrentThreadCpuTime();
        for (Tokens t : tokens) {
          found += dictionaries[d].match(t).size();
        }
        long walked = threads.getCurrentThreadCpuTime();
        for (String m : messages) {
          found += Analysis.of(m, Limits.defaults(), dictionaries[d]).matches().size();
        }
        long end = threads.getCurrentThreadCpuTime();
        if (expected < 0) {
          expected = found;
        } else if (found != expected) {
          throw new IllegalStateException("extraTerms " + extra[d] + " found " + found
              + " matches, the first lexicon " + expected);
        }
        if (r >= 0) {
          matchOnly[d][r] = walked - start;
          analyzeAndMatch[d][r] = end - walked;
        }
      }
    }

    double chars = (double) messages.length * messageChars;
    System.out.printf(Locale.ROOT,
        "messageChars %d, %d messages, %d rounds; ns/char of thread CPU time, median (fastest)%n",
        messageChars, messages.length, rounds);
    System.out.printf(Locale.ROOT, "%12s  %22s  %22s%n", "extraTerms", "matchOnly", "analyzeAndMatch");
    double walkBase = median(matchOnly[0]);
    double fullBase = median(analyzeAndMatch[0]);
    for (int d = 0; d < extra.length; d++) {
      double walk = median(matchOnly[d]);
      double full = median(analyzeAndMatch[d]);
      System.out.printf(Locale.ROOT, "%12d  %6.1f (%5.1f) x%4.2f  %6.1f (%5.1f) x%4.2f%n", extra[d],
          walk / chars, min(matchOnly[d]) / chars, walk / walkBase,
          full / chars, min(analyzeAndMatch[d]) / chars, full / fullBase);
    }
  }

  /** The median of {@code values} (the mean of the middle two for an even count). */
  static double median(long[] values) {
    return median(Arrays.stream(values).asDoubleStream().toArray());
  }

  /** The median of {@code values} (the mean of the middle two for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double min(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }
}
