package dev.redactor.bench;

import dev.redactor.Redactor;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a message-scope regex rule costs per message, by thread CPU time over the traffic mix: the
 * default pack alone, plus {@code N} regex rules that hold a literal (found for all of them in
 * one pass, so a regex runs only on a message that has its literal), and plus {@code N} that
 * match the same words through character classes only (no literal: each runs over every
 * message). The three redactors are in one JVM, rounds alternating between them; setup checks
 * they give the standard verdicts (the rules fire only on pseudo-words, at warn).
 *
 * <p>Arguments: {@code ROUNDS N} (default {@code 15 100}). {@code bench/run regexrules}.
 */
public final class RegexRuleCost {
  private static final int WARMUP_ROUNDS = 3;
  private static final int MESSAGES = 2048;

  private RegexRuleCost() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    String[] messages = Traffic.mix(42, MESSAGES);
    String[] names = {"default pack", "+" + n + " regex rules with a literal",
        "+" + n + " regex rules of classes only"};
    Redactor[] redactors = {Redactor.standard(),
        Redactor.builder().policy("literal", new StringReader(SyntheticPolicy.regexRules(n, true)))
            .build(),
        Redactor.builder().policy("classes", new StringReader(SyntheticPolicy.regexRules(n, false)))
            .build()};
    for (int j = 1; j < redactors.length; j++) {
      ScaleBenchmark.requireStandardVerdicts(redactors[j], messages, 500, names[j]);
    }
    double[][] us = new double[redactors.length][rounds];
    for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
      for (int j = 0; j < redactors.length; j++) {
        long start = threads.getCurrentThreadCpuTime();
        for (String m : messages) {
          redactors[j].check(m);
        }
        if (r >= 0) {
          us[j][r] = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / messages.length;
        }
      }
    }
    double base = median(us[0]);
    for (int j = 0; j < redactors.length; j++) {
      double med = median(us[j]);
      System.out.printf(Locale.ROOT, "%-40s median %8.1f µs, fastest %8.1f µs of CPU per check;"
          + " %+.2f µs per rule%n", names[j], med, Arrays.stream(us[j]).min().orElse(0),
          j == 0 ? 0 : (med - base) / n);
    }
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
