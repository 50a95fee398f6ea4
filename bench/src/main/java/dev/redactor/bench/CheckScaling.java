package dev.redactor.bench;

import dev.redactor.Decision;
import dev.redactor.Redactor;
import dev.redactor.internal.policy.Policy;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The scaling comparisons of {@link ScaleBenchmark} timed by thread CPU time, for a busy machine:
 * {@code Redactor.check} over the traffic mix with redactors grown in one way or another, all in
 * one JVM, rounds alternating between them over the same messages. Whatever else runs on the
 * machine slows every redactor alike, so their ratio holds when the wall clock does not. As with
 * {@link MatcherScaling}, they share one JIT profile; one per run gives what a deployment with
 * that one configuration sees.
 *
 * <p>Each argument after the rounds names one redactor:
 * <ul>
 *   <li>{@code N} or {@code terms=N}: N terms added through {@link Redactor.Builder#addTerms}
 *       ({@code bench/run dictscaling});
 *   <li>{@code rules=N}: a policy of N rules in all ({@link SyntheticPolicy#withRuleCount};
 *       {@code bench/run rulescaling});
 *   <li>{@code regex=N} and {@code classes=N}: the default pack plus N message-scope regex rules
 *       that hold a literal, or match the same words through classes only ({@link
 *       SyntheticPolicy#regexRules}; {@code bench/run regexrules}).
 * </ul>
 *
 * <p>Setup checks that every redactor gives the standard redactor's decision and finding count on
 * the first 500 messages (synthetic terms and rules never fire on them); a part of the default
 * pack ({@code rules=10}) gives other verdicts by design and must only still block an SSN.
 * Reports the median and fastest round in µs of CPU per check, the median relative to the first
 * redactor, and for rules the µs each rule beyond the first redactor's adds.
 *
 * <p>Arguments: {@code ROUNDS SPEC...} (default {@code 20 0 100000 1000000}).
 */
public final class CheckScaling {
  private static final long SEED = 42;
  private static final int WARMUP_ROUNDS = 5;
  private static final int MESSAGES = 4096;

  private CheckScaling() {}

  /** One redactor to compare: how it was grown, and by how many rules beyond the default. */
  private record Grown(String spec, Redactor redactor, int rules) {}

  private static Grown grown(String spec) {
    int eq = spec.indexOf('=');
    String kind = eq < 0 ? "terms" : spec.substring(0, eq);
    int n = Integer.parseInt(spec.substring(eq + 1));
    Redactor.Builder b = Redactor.builder();
    switch (kind) {
      case "terms":
        return new Grown(spec, ScaleBenchmark.withTerms(b, SEED, n).build(), 0);
      case "rules":
        return new Grown(spec, ScaleBenchmark.withRules(b, n).build(), n);
      case "regex":
      case "classes":
        return new Grown(spec, b.policy(spec, new StringReader(
            SyntheticPolicy.regexRules(n, kind.equals("regex")))).build(),
            Policy.pack("default").ruleCount() + n);
      default:
        throw new IllegalArgumentException("not terms=N, rules=N, regex=N or classes=N: " + spec);
    }
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      args = new String[] {"20", "0", "100000", "1000000"};
    }
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ROUNDS SPEC...");
    }
    int rounds = Integer.parseInt(args[0]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    String[] messages = Traffic.mix(SEED, MESSAGES);
    int defaultRules = Policy.pack("default").ruleCount();
    Grown[] grown = new Grown[args.length - 1];
    for (int d = 0; d < grown.length; d++) {
      long start = System.nanoTime();
      grown[d] = grown(args[d + 1]);
      System.out.printf(Locale.ROOT, "%s: built in %d ms%n", grown[d].spec(),
          (System.nanoTime() - start) / 1_000_000);
      if (grown[d].rules() > 0 && grown[d].rules() < defaultRules) {
        if (grown[d].redactor().check("Patient SSN 123-45-6789 on file.").decision()
            != Decision.BLOCK) {
          throw new IllegalStateException(grown[d].spec() + " does not block an SSN");
        }
      } else {
        ScaleBenchmark.requireStandardVerdicts(grown[d].redactor(), messages, 500,
            grown[d].spec());
      }
    }
    long[][] cpu = new long[grown.length][rounds];
    for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
      for (int d = 0; d < grown.length; d++) {
        long start = threads.getCurrentThreadCpuTime();
        for (String m : messages) {
          grown[d].redactor().check(m);
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
    int baseRules = grown[0].rules() == 0 ? defaultRules : grown[0].rules();
    for (int d = 0; d < grown.length; d++) {
      double med = MatcherScaling.median(cpu[d]);
      int rules = grown[d].rules() == 0 ? defaultRules : grown[d].rules();
      String perRule = rules == baseRules ? ""
          : String.format(Locale.ROOT, "  %+.3f µs per rule", (med - base) / MESSAGES / 1e3
              / (rules - baseRules));
      System.out.printf(Locale.ROOT, "%16s  %7.1f (%6.1f)  x%4.2f%s%n", grown[d].spec(),
          med / MESSAGES / 1e3, Arrays.stream(cpu[d]).min().orElseThrow() / (double) MESSAGES
              / 1e3, med / base, perRule);
    }
  }
}
