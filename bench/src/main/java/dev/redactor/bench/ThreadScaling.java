package dev.redactor.bench;

import dev.redactor.Redactor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Checks per second of the SMS mix (or, with {@code mix} first, the traffic mix) with 1, then N
 * threads (default: one per core), each thread looping over the messages for a fixed time, and
 * the thread CPU time per check. Alternates
 * between the thread counts (default 1, N, 1, N) so that the JIT's warm-up falls on the first
 * round only. Not JMH: JMH's SampleTime mode on this 2-core virtual machine reported two threads
 * slower than one, while their CPU time per check stayed the same.
 *
 * <p>{@code bench/run threads [mix] [SECONDS [THREADS...]]}
 */
public final class ThreadScaling {
  private ThreadScaling() {}

  public static void main(String[] args) throws InterruptedException {
    // "mix" first: the traffic mix (40 to 1,600 chars) instead of the SMS mix
    boolean mix = args.length > 0 && args[0].equals("mix");
    if (mix) {
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    }
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 8;
    int cores = Runtime.getRuntime().availableProcessors();
    int[] counts = new int[Math.max(4, args.length - 1)];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = args.length > 1 + k ? Integer.parseInt(args[1 + k]) : k % 2 == 0 ? 1 : cores;
    }
    Redactor redactor = Redactor.standard();
    String[] texts = mix ? Traffic.mix(42, 4096) : Messages.sms(42, 4096);
    System.out.println(mix ? "traffic mix" : "SMS mix");
    for (int threads : counts) {
      Thread[] workers = new Thread[threads];
      long[] cpu = new long[threads];
      long[] checks = new long[threads];
      long wall0 = System.nanoTime();
      for (int k = 0; k < threads; k++) {
        int slot = k;
        workers[k] = new Thread(() -> {
          ThreadMXBean mx = ManagementFactory.getThreadMXBean();
          long c0 = mx.getCurrentThreadCpuTime();
          long end = System.nanoTime() + seconds * 1_000_000_000L;
          long n = 0;
          int sink = 0;
          while (System.nanoTime() < end) {
            sink += redactor.check(texts[(int) ((n++ + 997L * slot) % texts.length)])
                .findings().size();
          }
          cpu[slot] = mx.getCurrentThreadCpuTime() - c0;
          checks[slot] = n + (sink == Integer.MIN_VALUE ? 1 : 0);
        });
        workers[k].start();
      }
      for (Thread w : workers) {
        w.join();
      }
      double wall = (System.nanoTime() - wall0) / 1e9;
      long total = 0;
      long cpuTotal = 0;
      for (int k = 0; k < threads; k++) {
        total += checks[k];
        cpuTotal += cpu[k];
      }
      System.out.printf(Locale.ROOT, "%d thread(s): %,.0f checks/s in all, %,.0f per thread;"
          + " %.2f us CPU per check%n", threads, total / wall, total / wall / threads,
          cpuTotal / 1e3 / total);
    }
    System.out.printf(Locale.ROOT, "machine: %d cores%n", cores);
  }
}
