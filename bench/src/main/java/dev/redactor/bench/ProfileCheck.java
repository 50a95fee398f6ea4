package dev.redactor.bench;

import dev.redactor.Redactor;

/**
 * A plain loop of {@link Redactor#check(String)} for a profiler: {@code bench/run profile INPUT
 * SECONDS} checks texts of the side-by-side {@code input} ({@code mix} or a length), or with
 * {@code sms} the messages of {@link CheckBenchmark}, for that long under Java Flight Recorder
 * and prints the hottest frames (see {@code bench/run}).
 */
public final class ProfileCheck {
  private ProfileCheck() {}

  public static void main(String[] args) {
    String input = args.length > 0 ? args[0] : "mix";
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
    String[] texts = input.equals("sms")
        ? Messages.sms(42, 4096)
        : SideBySideBenchmark.inputs(input, 42);
    WarmUp.checkFor(SideBySideBenchmark.largeInputRedactor(), texts, seconds, "input " + input);
  }
}
