package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * One shared engine hammered from every core gives exactly the single-threaded verdicts, and a
 * policy reload under load never shows a half-built policy: every verdict is exactly the old
 * policy's or the new one's.
 */
class ConcurrencyTest {
  private static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  private static final List<Message> MESSAGES = messages();

  private static List<Message> messages() {
    List<Message> out = new ArrayList<>();
    for (String corpus : List.of("dev.jsonl", "evasion.jsonl")) {
      for (Corpora.Labelled m : Corpora.read(corpus)) {
        out.add(m.message());
      }
    }
    return out;
  }

  private static List<Verdict> singleThreaded(Redactor r) {
    List<Verdict> out = new ArrayList<>(MESSAGES.size());
    for (Message m : MESSAGES) {
      out.add(r.check(m));
    }
    return out;
  }

  /** Runs {@code work} on THREADS threads started together; rethrows the first failure. */
  private static void onAllThreads(java.util.function.IntConsumer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        work.accept(thread);
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
  }

  @Test
  void sharedRedactor_onEveryCore_givesTheSingleThreadedVerdicts() throws Exception {
    Redactor shared = Redactor.builder().build();
    List<Verdict> expected = singleThreaded(shared);
    AtomicLong checked = new AtomicLong();
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    onAllThreads(thread -> {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < MESSAGES.size(); i++) {
        order.add(i);
      }
      for (int round = 0; round < 2; round++) {
        Collections.shuffle(order, new Random(31L * thread + round)); // mixed, different per thread
        for (int i : order) {
          Verdict v = shared.check(MESSAGES.get(i));
          checked.incrementAndGet();
          if (!v.equals(expected.get(i))) {
            mismatches.add("message " + i + ": " + v + " != " + expected.get(i));
          }
        }
      }
    });
    System.out.printf(Locale.ROOT, "concurrency: %d threads, %d checks, %d mismatches%n", THREADS,
        checked.get(), mismatches.size());
    assertEquals(List.of(), new ArrayList<>(mismatches));
    assertEquals((long) THREADS * 2 * MESSAGES.size(), checked.get());
  }

  @Test
  void reloadUnderLoad_everyVerdictIsExactlyTheOldPoliciesOrTheNewOnes() throws Exception {
    Redactor lenient = Redactor.builder().policy("default").build();
    Redactor strict = Redactor.builder().policy("strict").build();
    List<Verdict> expectLenient = singleThreaded(lenient);
    List<Verdict> expectStrict = singleThreaded(strict);
    int differing = 0;
    for (int i = 0; i < MESSAGES.size(); i++) {
      differing += expectLenient.get(i).equals(expectStrict.get(i)) ? 0 : 1;
    }
    assertTrue(differing > 50, "the two policies must disagree often; they differ on " + differing);

    ReloadableRedactor gate = ReloadableRedactor.of(lenient);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong checked = new AtomicLong();
    AtomicLong reloads = new AtomicLong();
    ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
    onAllThreads(thread -> {
      if (thread == 0) {
        // the reloader: swaps prebuilt engines and freshly built ones while the others check
        Random rnd = new Random(5);
        for (int k = 0; k < 400; k++) {
          if (k % 40 == 39) {
            gate.reload(() -> Redactor.builder().policy(rnd.nextBoolean() ? "strict" : "default")
                .build());
          } else {
            gate.reload(k % 2 == 0 ? strict : lenient);
          }
          reloads.incrementAndGet();
          Thread.yield();
        }
        stop.set(true);
        return;
      }
      Random rnd = new Random(thread);
      while (!stop.get()) {
        int i = rnd.nextInt(MESSAGES.size());
        Verdict v = gate.check(MESSAGES.get(i));
        checked.incrementAndGet();
        if (!v.equals(expectLenient.get(i)) && !v.equals(expectStrict.get(i))) {
          bad.add("message " + i + ": " + v);
        }
      }
    });
    System.out.printf(Locale.ROOT, "reload under load: %d reloads, %d checks, %d bad verdicts%n",
        reloads.get(), checked.get(), bad.size());
    assertEquals(List.of(), new ArrayList<>(bad));
    assertEquals(400, reloads.get());
    assertTrue(checked.get() > 0);
  }

  @Test
  void reload_withAPolicyThatDoesNotLoad_keepsTheCurrentOne() {
    Redactor before = Redactor.builder().policy("strict").build();
    ReloadableRedactor gate = ReloadableRedactor.of(before);
    assertThrows(PolicySyntaxException.class, () -> gate.reload(() -> Redactor.builder()
        .policy("broken.yaml", new StringReader("id: broken\nrules: [\n")).build()));
    assertSame(before, gate.current());
    assertEquals(Decision.BLOCK, gate.check("Your HbA1c is 7.2.").decision());
  }
}
