package dev.redactor.bench;

import dev.redactor.Redactor;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.Lexicons;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Heap retained by the compiled dictionaries, measured in a fresh JVM (not a JMH benchmark: it
 * measures memory, once).
 *
 * <p>Retained heap is the heap in use after a full collection ({@link MemoryMXBean#gc()}, repeated
 * until it stops shrinking) once the object is loaded, minus the same before; {@link
 * Lexicon#ramBytes()} is the lexicon's own estimate, for comparison. It reports, in order:
 *
 * <ol>
 *   <li>the standard lexicon ({@link Lexicons#standard()}, the precompiled resource);
 *   <li>what {@link Redactor#standard()} retains on top of it (policy, engine);
 *   <li>what the first check retains on top of that (the lazily loaded OpenNLP part-of-speech
 *       model and sentence segmentation data);
 *   <li>for each argument N, a lexicon compiled with {@link Lexicon#compile} from the bundled
 *       lists plus N {@linkplain SyntheticTerms synthetic entries} (the same ones {@link
 *       MatcherBenchmark} uses with its default seed): keys, compile time, retained heap and the
 *       heap in use at the peak of compilation (an upper bound: the sum of each heap pool's peak);
 *   <li>for each argument {@code rules=N}, a {@link Redactor} whose policy has N rules ({@link
 *       SyntheticPolicy#withRuleCount}), and for each {@code terms=N} one with N synthetic terms
 *       added through {@link Redactor.Builder#addTerms}: build time and the heap it retains
 *       after a first check, on top of the standard lexicon.
 * </ol>
 *
 * <p>Run: {@code bench/run footprint [N...]} (see {@code bench/README.md}).
 */
public final class LexiconFootprint {
  private static final long SEED = 42;

  private LexiconFootprint() {}

  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<String> collectors = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collectors.add(gc.getName());
    }
    System.out.printf(Locale.ROOT, "java %s, %s, max heap %d MB%n",
        System.getProperty("java.version"), String.join(" + ", collectors),
        memory.getHeapMemoryUsage().getMax() >> 20);

    long empty = usedAfterGc();
    Lexicon standard = Lexicons.standard();
    long withLexicon = usedAfterGc();
    System.out.printf(Locale.ROOT, "standard lexicon: %d keys, retained %.1f MB, ramBytes %.1f MB%n",
        standard.keyCount(), mb(withLexicon - empty), mb(standard.ramBytes()));

    Redactor redactor = Redactor.standard();
    long withRedactor = usedAfterGc();
    System.out.printf(Locale.ROOT,
        "Redactor.standard(): retained %.1f MB on top of the lexicon (%.1f MB in all)%n",
        mb(withRedactor - withLexicon), mb(withRedactor - empty));

    redactor.check("Please remind Grace to bring her insurance card to the visit on Monday.");
    long afterCheck = usedAfterGc();
    System.out.printf(Locale.ROOT,
        "after the first check: retained %.1f MB more (%.1f MB in all)%n",
        mb(afterCheck - withRedactor), mb(afterCheck - empty));

    for (String arg : args) {
      if (arg.startsWith("rules=")) {
        int rules = Integer.parseInt(arg.substring(6));
        redactorWith(rules == 0 ? "the default policy" : "a policy of " + rules + " rules",
            () -> ScaleBenchmark.withRules(Redactor.builder(), rules));
      } else if (arg.startsWith("terms=")) {
        int terms = Integer.parseInt(arg.substring(6));
        redactorWith(terms + " terms added through addTerms",
            () -> ScaleBenchmark.withTerms(Redactor.builder(), SEED, terms));
      } else {
        compiled(Integer.parseInt(arg), standard);
      }
    }
    Reference.reachabilityFence(redactor);
  }

  /**
   * Builds a {@link Redactor} from {@code builder} on the loaded standard lexicon, checks one
   * message, and reports the build time and what it retains on top of the lexicon.
   */
  private static void redactorWith(String what, Supplier<Redactor.Builder> builder) {
    long before = usedAfterGc();
    long start = System.nanoTime();
    Redactor redactor = builder.get().build();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    redactor.check("Please remind Grace to bring her insurance card to the visit on Monday.");
    long retained = usedAfterGc() - before;
    System.out.printf(Locale.ROOT,
        "Redactor with %s: built in %d ms, retained %.1f MB on top of the standard lexicon%n",
        what, millis, mb(retained));
    Reference.reachabilityFence(redactor);
  }

  /** Compiles the bundled lists plus {@code extra} synthetic entries and reports the cost. */
  private static void compiled(int extra, Lexicon standard) {
    long before = usedAfterGc();
    List<Entry> entries = Lexicons.bundledEntries(Set.of());
    entries.addAll(SyntheticTerms.generate(SEED, extra, standard));
    long input = usedAfterGc() - before;
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    long start = System.nanoTime();
    Lexicon lexicon = Lexicon.compile(entries, Set.of());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    long peak = 0;
    for (MemoryPoolMXBean pool : heap) {
      peak += pool.getPeakUsage().getUsed();
    }
    int count = entries.size();
    entries = null; // let the input go before measuring what the lexicon retains
    long retained = usedAfterGc() - before;
    System.out.printf(Locale.ROOT,
        "compiled, %d bundled + %d synthetic entries: %d keys, compiled in %d ms, retained %.1f MB,"
            + " ramBytes %.1f MB, heap at peak <= %.0f MB (input entries %.0f MB)%n",
        count - extra, extra, lexicon.keyCount(), millis, mb(retained), mb(lexicon.ramBytes()),
        mb(peak), mb(input));
    Reference.reachabilityFence(lexicon);
  }

  /** Heap in use after full collections, once another collection frees nothing more. */
  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      memory.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        break;
      }
      used = now;
    }
    return used;
  }

  private static double mb(long bytes) {
    return bytes / 1e6;
  }
}
