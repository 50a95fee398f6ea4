package dev.redactor.bench;

import dev.redactor.Decision;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Redactor#check(String)} with the default policy over a seeded mix of synthetic SMS
 * messages: throughput ({@link #check}), and the latency of each message with its p50, p99 and
 * p99.9 ({@link #checkLatency}, SampleTime), next to the same percentiles of a fixed amount of
 * work ({@link #fixedWorkLatency}), which show the tail the machine itself adds.
 *
 * <p>Run: {@code mvn -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar
 * CheckBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Setup checks the messages for WarmUp.SECONDS first, then five warm-up iterations of 2 s: with
// JMH's iterations alone (three, then five), C2 was still compiling the detectors in some runs and
// the first measured iteration ran at 46,000-96,000 checks/s, under the 100,000 of steady state.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {
  @Param({"42"})
  long seed;

  private String[] messages;
  private Redactor redactor;
  private int next;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    redactor = Redactor.standard();
    messages = Messages.sms(seed, 4096);
    // Correctness guard: a benchmark of a broken engine measures nothing.
    Verdict v = redactor.check("Patient SSN 123-45-6789 on file.");
    if (v.decision() != Decision.BLOCK) {
      throw new IllegalStateException("engine does not block an SSN");
    }
    if (!params.getBenchmark().endsWith(".fixedWorkLatency")) {
      WarmUp.run(redactor, messages);
    }
  }

  @Benchmark
  public void check(Blackhole bh) {
    String m = messages[next];
    next = (next + 1) & (messages.length - 1);
    bh.consume(redactor.check(m));
  }

  /**
   * The control for {@link #checkLatency}: a fixed amount of arithmetic, about as long as a
   * check, timed the same way. Every sample does the same work, so its tail is what the machine
   * adds (interrupts, other processes, a virtual CPU descheduled), not what Redactor does.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void fixedWorkLatency() {
    Blackhole.consumeCPU(FIXED_WORK_TOKENS);
  }

  /** Blackhole.consumeCPU tokens that take about as long as an SMS check (~10 us). */
  static final long FIXED_WORK_TOKENS = 4_000;

  /** The same check, timed one message at a time. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void checkLatency(Blackhole bh) {
    check(bh);
  }
}
