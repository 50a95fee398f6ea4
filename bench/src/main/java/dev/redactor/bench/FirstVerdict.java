package dev.redactor.bench;

import dev.redactor.Decision;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Time from JVM start to the first verdict: builds {@link Redactor#standard()} (dictionaries and
 * default policy) and checks one message that needs what loads lazily (sentence segmentation and
 * the OpenNLP tagger, for the ambiguous name Grace), then prints the milliseconds since the JVM
 * started (its start time as the runtime MXBean reports it) and since {@code main} began.
 *
 * <p>Run it in a fresh JVM each time: {@code bench/run firstverdict [RUNS]} runs it RUNS times
 * (default 10) and prints min, median and max.
 */
public final class FirstVerdict {
  private FirstVerdict() {}

  public static void main(String[] args) {
    long mainStart = System.currentTimeMillis();
    Verdict v = Redactor.standard().check("Hi Grace, your mammogram is Monday at 2pm.");
    long end = System.currentTimeMillis();
    if (v.decision() != Decision.REWRITE) {
      throw new IllegalStateException("unexpected verdict " + v.decision());
    }
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(Locale.ROOT, "%d %d%n", end - jvmStart, end - mainStart);
  }
}
