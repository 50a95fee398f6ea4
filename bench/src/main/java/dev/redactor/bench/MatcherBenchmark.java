package dev.redactor.bench;

import dev.redactor.Limits;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.Lexicons;
import dev.redactor.internal.dict.TermMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * Throughput of the dictionary matcher with every bundled list loaded, as the lists grow and as
 * messages get longer.
 *
 * <ul>
 *   <li>{@link #analyzeAndMatch}: what the engine does per message before detection: normalize,
 *       tokenize and walk the lexicon ({@link Analysis#of(String, Limits, Dictionaries)} then
 *       {@link Analysis#matches()}).
 *   <li>{@link #matchOnly}: the walk alone ({@link Dictionaries#match}) over messages tokenized
 *       in setup.
 * </ul>
 *
 * <p>The primary score is messages per second; the {@code chars} counter is characters per second
 * (every message is exactly {@code messageChars} long). {@code extraTerms} adds that many
 * {@linkplain SyntheticTerms synthetic entries} to the bundled lists and compiles everything into
 * one lexicon with {@link Lexicon#compile} in setup (the compile time and key count are printed).
 * Synthetic words never occur in the messages, and setup checks that every size finds exactly the
 * matches the standard lexicon finds, so each size does the same work and any difference comes
 * from the automaton alone: more keys sharing prefixes with message words make walks longer, and a
 * bigger automaton misses the CPU caches more. Setup also checks that a planted multi-word
 * synthetic term is found. {@code messageChars} shows how the cost grows with message length
 * ({@linkplain Messages#pool about a million characters} of distinct messages at every length).
 *
 * <p>Run: {@code bench/run matcher} (see {@code bench/README.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MatcherBenchmark {
  @Param({"0", "100000", "1000000"})
  int extraTerms;

  @Param({"100", "1000", "10000"})
  int messageChars;

  @Param({"42"})
  long seed;

  private Dictionaries dictionaries;
  private String[] messages;
  private Tokens[] tokens;
  private int next;

  /** Characters processed, reported by JMH as characters per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    /** Characters of the messages processed in this iteration. */
    public long chars;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    Lexicon standard = Lexicons.standard();
    List<Entry> entries = Lexicons.bundledEntries(Set.of());
    int bundled = entries.size();
    List<Entry> synthetic = SyntheticTerms.generate(seed, extraTerms, standard);
    entries.addAll(synthetic);
    long start = System.nanoTime();
    Lexicon lexicon = Lexicon.compile(entries, Set.of());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf(Locale.ROOT,
        "%n# lexicon: %d bundled + %d synthetic entries -> %d keys, %.1f MB, compiled in %d ms%n",
        bundled, synthetic.size(), lexicon.keyCount(), lexicon.ramBytes() / 1e6, millis);
    dictionaries = Dictionaries.of(lexicon);

    messages = Messages.pool(seed, messageChars);
    tokens = new Tokens[messages.length];
    for (int i = 0; i < messages.length; i++) {
      tokens[i] = Analysis.of(messages[i], Limits.defaults()).tokens();
    }
    checkSameMatches(Dictionaries.of(standard));
    if (!synthetic.isEmpty()) {
      checkPlantedTermFound(synthetic);
    }
  }

  /** Correctness guard: this lexicon finds exactly what the standard one finds in the pool. */
  private void checkSameMatches(Dictionaries standard) {
    int total = 0;
    for (Tokens t : tokens) {
      List<TermMatcher.Match> expected = standard.match(t);
      List<TermMatcher.Match> actual = dictionaries.match(t);
      if (actual.size() != expected.size()) {
        throw new IllegalStateException("match count differs from the standard lexicon: "
            + actual.size() + " != " + expected.size());
      }
      for (int i = 0; i < actual.size(); i++) {
        if (actual.get(i).firstToken() != expected.get(i).firstToken()
            || actual.get(i).lastToken() != expected.get(i).lastToken()) {
          throw new IllegalStateException("match " + i + " differs from the standard lexicon");
        }
      }
      total += actual.size();
    }
    if (total == 0) {
      throw new IllegalStateException("no dictionary term matched in the message pool");
    }
  }

  /** Correctness guard: a multi-word synthetic term is found in a message. */
  private void checkPlantedTermFound(List<Entry> synthetic) {
    Entry planted = null;
    for (Entry e : synthetic) {
      if (e.term().indexOf(' ') > 0) {
        planted = e;
        break;
      }
    }
    if (planted == null) {
      throw new IllegalStateException("no multi-word synthetic term");
    }
    int words = planted.term().split(" ").length;
    Analysis a = Analysis.of("Your " + planted.term() + " refill is ready.", Limits.defaults(),
        dictionaries);
    for (TermMatcher.Match m : a.matches()) {
      if (m.firstToken() == 1 && m.lastToken() == words) {
        for (int k = 0; k < m.senseCount(); k++) {
          if (m.sense(k).kind() == planted.kind()) {
            return;
          }
        }
      }
    }
    throw new IllegalStateException("a planted synthetic term of " + words + " words was missed");
  }

  @Benchmark
  public List<TermMatcher.Match> analyzeAndMatch(Chars chars) {
    String m = messages[next];
    next = (next + 1) & (messages.length - 1);
    chars.chars += m.length();
    return Analysis.of(m, Limits.defaults(), dictionaries).matches();
  }

  @Benchmark
  public List<TermMatcher.Match> matchOnly(Chars chars) {
    Tokens t = tokens[next];
    next = (next + 1) & (tokens.length - 1);
    chars.chars += messageChars;
    return dictionaries.match(t);
  }
}
