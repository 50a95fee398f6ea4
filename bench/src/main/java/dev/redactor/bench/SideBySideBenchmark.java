package dev.redactor.bench;

import dev.redactor.Category;
import dev.redactor.Finding;
import dev.redactor.Limits;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.dict.Dictionaries;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Redactor side by side with the floor and the baselines, on the same inputs, per message
 * (SampleTime: mean and p50/p99/p99.9 latency; with {@code -prof gc}, bytes allocated per
 * message):
 *
 * <ul>
 *   <li>{@link #redactor}: {@link Redactor#check(String)} with the default policy, one thread;
 *       {@link #redactorAllCores} the same on every core ({@code @Threads(MAX)}), measured as
 *       throughput: messages per second in all.
 *   <li>{@link #floorTokenizer}: Lucene's {@link StandardTokenizer} alone over the original text
 *       (the engine's tokenizer, "just reading the text").
 *   <li>{@link #floorAnalysis}: the engine's own front end without dictionaries: ICU
 *       normalization with its offset map, evasion folding, then the same tokenizer ({@link
 *       Analysis#of(String, Limits)}), in a pooled workspace as the engine runs it.
 *   <li>{@link #regexBaseline}: {@link RegexBaseline}, {@code java.util.regex} alternations of the
 *       same term lists plus identifier patterns.
 *   <li>{@link #nameFinder}: OpenNLP's dictionary name finder over the same name lists ({@link
 *       NameFinderBaseline}).
 * </ul>
 *
 * <p>{@code input} is {@code mix} ({@linkplain Traffic#mix the traffic mix}, 40 to 1,600
 * characters) or an exact length in characters, for the length curve (texts cut from the same
 * traffic; 10000 and 1000000 are the 10 KB and 1 MB documents). Every engine gets a token limit
 * large enough for a megabyte; nothing else differs from {@link Redactor#standard()}.
 *
 * <p>Setup runs a correctness guard ({@link SpanGuard}) over 500 messages of the mix: every
 * dictionary, identifier and name finding of Redactor must be found by the baseline meant to find
 * it, or setup fails.
 *
 * <p>Run: {@code bench/run sidebyside} (see {@code bench/README.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SideBySideBenchmark {
  @Param({"mix", "16", "160", "1600", "10000", "100000", "1000000"})
  String input;

  @Param({"42"})
  long seed;

  private String[] texts;
  private Redactor redactor;
  private RegexBaseline regex;
  private NameFinderBaseline names;

  /** Each thread walks the inputs on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    String take(String[] texts, int threadSalt) {
      if (next == 0 && threadSalt != 0) {
        next = threadSalt;
      }
      String t = texts[next % texts.length];
      next = (next + 1) & 0x3fffffff;
      return t;
    }
  }

  /** Lucene's StandardTokenizer, one per thread, reused as the engine does. */
  private static final Analyzer RAW =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer tokenizer = new StandardTokenizer();
          tokenizer.setMaxTokenLength(255);
          return new TokenStreamComponents(tokenizer);
        }
      };

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    redactor = largeInputRedactor();
    long start = System.nanoTime();
    regex = RegexBaseline.bundled();
    long regexMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    start = System.nanoTime();
    names = NameFinderBaseline.bundled();
    long namesMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf(Locale.ROOT,
        "%n# regex baseline: %d terms, compiled in %d ms; name finder: %d names, %d ms%n",
        regex.termCount(), regexMs, names.nameCount(), namesMs);
    texts = inputs(input, seed);
    System.out.println("# " + SpanGuard.check(redactor, regex, names, Traffic.mix(seed, 500)));
    if (params.getBenchmark().endsWith(".redactor")
        || params.getBenchmark().endsWith(".redactorAllCores")) {
      // The code this input takes compiled before JMH's own warm-up (see WarmUp). On the
      // measured texts themselves: warmed on the traffic mix, the two threads at 16 chars still
      // rose from 107,574 to 271,024 checks/s across the measured iterations (texts cut from
      // traffic end in cut words, which take spelling correction; the mix rarely does).
      WarmUp.run(redactor, texts);
    }
  }

  /** Limits with a token limit large enough for the 1 MB input; the rest are the defaults. */
  static final Limits LIMITS = Limits.builder().maxTokens(1 << 20).build();

  /** {@link Redactor#standard()} with {@link #LIMITS}: nothing else differs. */
  static Redactor largeInputRedactor() {
    return Redactor.standard().toBuilder().limits(LIMITS).build();
  }

  /** The texts of {@code input}: the mix, or texts of exactly that many characters. */
  static String[] inputs(String input, long seed) {
    if (input.equals("mix")) {
      return Traffic.mix(seed, 4096);
    }
    int length = Integer.parseInt(input);
    return Traffic.ofLength(seed, length, Math.max(1, Math.min(4096, (1 << 20) / length)));
  }

  @Benchmark
  public Verdict redactor(Cursor c) {
    return redactor.check(c.take(texts, 0));
  }

  /*
   * Throughput, not SampleTime: with one sampling thread per core, JMH's own thread and the
   * collector on the same cores, SampleTime reported two threads as no faster than one (19,160
   * against 19,701 checks/s on the mix) while a plain loop per thread gave 2.1 times as many
   * (bench/run threads mix). Throughput measures the checks the threads complete, in all.
   */
  @Benchmark
  @Threads(Threads.MAX)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Verdict redactorAllCores(Cursor c) {
    return redactor.check(c.take(texts, (int) (Thread.currentThread().getId() * 977)));
  }

  @Benchmark
  public int floorTokenizer(Cursor c) {
    return tokenCount(c.take(texts, 0));
  }

  @Benchmark
  public int floorAnalysis(Cursor c) {
    return frontEnd(c.take(texts, 0));
  }

  /**
   * The engine's front end over {@code text}, in this thread's pooled workspace as {@code
   * Engine} runs it: the number of tokens.
   */
  static int frontEnd(String text) {
    try (Workspace w = Workspace.acquire()) {
      return Analysis.of(text, LIMITS, null, w).tokens().size();
    }
  }

  /**
   * The front end plus the exact walk of {@code dictionaries} over the tokens, as {@code Engine}
   * starts a check: the number of matches. No spelling correction, detector, policy or rewrite.
   */
  static int frontEndAndWalk(String text, Dictionaries dictionaries) {
    try (Workspace w = Workspace.acquire()) {
      return dictionaries.match(Analysis.of(text, LIMITS, dictionaries, w).tokens()).size();
    }
  }

  @Benchmark
  public int regexBaseline(Cursor c) {
    return regex.count(c.take(texts, 0));
  }

  @Benchmark
  public int nameFinder(Cursor c) {
    return names.count(c.take(texts, 0));
  }

  static int tokenCount(String text) {
    int n = 0;
    try (TokenStream ts = RAW.tokenStream("text", new StringReader(text))) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenizer failed", e);
    }
    return n;
  }

  /**
   * The correctness guard: on a checked subset, each baseline finds what Redactor finds of the
   * kind the baseline is meant to find.
   */
  static final class SpanGuard {
    private SpanGuard() {}

    static final Set<Category> TERMS = EnumSet.of(Category.NAME, Category.SPECIALTY,
        Category.CONDITION, Category.PROCEDURE, Category.MEDICATION);
    static final Set<Category> IDENTIFIERS = EnumSet.of(Category.PHONE, Category.SSN,
        Category.EMAIL, Category.DATE, Category.URL, Category.ZIP, Category.HEALTH_PLAN_ID,
        Category.MRN, Category.ACCOUNT, Category.OTHER_ID, Category.AGE);

    /**
     * Documented difference: a dosing finding spans the instruction ("Take 2 tablets"), not the
     * medication it is about, so for these rules the regex must find a term anywhere in the
     * message rather than in the span.
     */
    static final Set<String> WHOLE_MESSAGE = Set.of("default.dosing");

    /**
     * Checks {@code messages}; returns a one-line summary, or throws naming the first miss by
     * message index, offsets and category (never the text).
     */
    static String check(Redactor redactor, RegexBaseline regex, NameFinderBaseline names,
        String[] messages) {
      Map<Category, int[]> seen = new EnumMap<>(Category.class);
      Map<String, int[]> misses = new java.util.TreeMap<>();
      String firstMiss = null;
      int regexSpans = 0;
      int nameSpans = 0;
      for (int i = 0; i < messages.length; i++) {
        String m = messages[i];
        Verdict v = redactor.check(m);
        List<RegexBaseline.Match> rm = regex.find(m);
        List<int[]> nm = names.find(m);
        regexSpans += rm.size();
        nameSpans += nm.size();
        for (Finding f : v.findings()) {
          Category cat = f.category();
          seen.computeIfAbsent(cat, k -> new int[1])[0]++;
          String who = null;
          if (TERMS.contains(cat) && !overlaps(rm, RegexBaseline.Kind.TERM,
              WHOLE_MESSAGE.contains(f.ruleId()) ? 0 : f.start(),
              WHOLE_MESSAGE.contains(f.ruleId()) ? m.length() : f.end())) {
            who = "regex term alternation";
          } else if (IDENTIFIERS.contains(cat)
              && !overlaps(rm, RegexBaseline.Kind.IDENTIFIER, f.start(), f.end())) {
            who = "regex identifier patterns";
          } else if (cat == Category.NAME && !overlapsAny(nm, f)) {
            who = "dictionary name finder";
          }
          if (who != null) {
            misses.computeIfAbsent(who + " / " + cat + " / " + f.ruleId(), k -> new int[1])[0]++;
            if (firstMiss == null) {
              firstMiss = miss(who, i, f);
            }
          }
        }
      }
      if (!misses.isEmpty()) {
        StringBuilder sb = new StringBuilder(firstMiss).append("; misses by baseline / category"
            + " / rule:");
        for (Map.Entry<String, int[]> e : misses.entrySet()) {
          sb.append(' ').append(e.getKey()).append(" = ").append(e.getValue()[0]).append(';');
        }
        throw new IllegalStateException(sb.toString());
      }
      return String.format(Locale.ROOT,
          "span guard: %d messages, Redactor findings by category %s; all found by the baselines"
              + " (regex spans %d, name-finder spans %d)",
          messages.length, counts(seen), regexSpans, nameSpans);
    }

    private static String counts(Map<Category, int[]> seen) {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<Category, int[]> e : seen.entrySet()) {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        sb.append(e.getKey()).append('=').append(e.getValue()[0]);
      }
      return sb.append('}').toString();
    }

    private static boolean overlaps(List<RegexBaseline.Match> ms, RegexBaseline.Kind kind,
        int start, int end) {
      for (RegexBaseline.Match m : ms) {
        if (m.kind() == kind && m.start() < end && start < m.end()) {
          return true;
        }
      }
      return false;
    }

    private static boolean overlapsAny(List<int[]> spans, Finding f) {
      for (int[] s : spans) {
        if (s[0] < f.end() && f.start() < s[1]) {
          return true;
        }
      }
      return false;
    }

    private static String miss(String who, int message, Finding f) {
      return (String.format(Locale.ROOT,
          "span guard: the %s missed a %s finding at [%d, %d) of mix message %d (rule %s)",
          who, f.category(), f.start(), f.end(), message, f.ruleId()));
    }

    /** Runs the guard alone: {@code bench/run guard [SEED [COUNT]]}. */
    public static void main(String[] args) {
      long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
      int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
      System.out.println(check(Redactor.standard(), RegexBaseline.bundled(),
          NameFinderBaseline.bundled(), Traffic.mix(seed, count)));
    }
  }
}
