package dev.redactor.internal.dict;

import dev.redactor.Limits;
import dev.redactor.internal.analysis.MessageTokenizer;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.text.NormalizedText;
import dev.redactor.internal.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.jspecify.annotations.Nullable;

/**
 * Every dictionary term compiled into one immutable automaton (a Lucene {@link FST}) over token
 * sequences of the terms view, so that matching a message costs time linear in the message and
 * does not depend on how many terms there are.
 *
 * <p>A key is the term normalized exactly as a message is (same {@link TextNormalizer} views, same
 * Lucene tokenizer), its tokens joined by one space. Variants are compiled in: regular plurals of
 * the last token ({@code mammograms}, {@code cavities}, {@code inyecciones}) and, for terms of two
 * or three words, the words written together ({@code followup}, {@code xray}). Hyphens and spaces
 * need no variant: both split tokens. A key maps to one or more {@link Sense}s: the same word can be
 * a condition and a specialty ({@code cancer}), a given name and a month ({@code may}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {
  /** What a key means in one list. */
  public record Sense(ListKind kind, long tags, float ambiguity, boolean spanish) {
    /** Whether the sense has tag {@code t}. */
    public boolean has(Tag t) {
      return t.in(tags);
    }
  }

  /** Separator between the tokens of a key. */
  static final int SEPARATOR = ' ';

  private final FST<Long> fst;
  /**
   * Every known single word (tokens of all keys and the common-word lists), output {@link
   * #TERM_WORD} and/or {@link #SPANISH_TERM_WORD} for words of clinical keys that spelling
   * correction may aim at, 0 otherwise.
   */
  private final @Nullable FST<Long> words;
  /** Distinct senses; keys refer to them by index. */
  private final Sense[] distinct;
  /** Senses of key {@code id}: {@code refs[offsets[id]]} to {@code refs[offsets[id + 1] - 1]}. */
  private final int[] offsets;
  private final int[] refs;

  /** Output bit of a word in the {@link #words} automaton that belongs to a clinical key. */
  static final long TERM_WORD = 1;
  /** Output bit of a word that belongs to a Spanish clinical key. */
  static final long SPANISH_TERM_WORD = 2;

  Lexicon(FST<Long> fst, @Nullable FST<Long> words, Sense[] distinct, int[] offsets,
      int[] refs) {
    this.fst = fst;
    this.words = words;
    this.distinct = distinct;
    this.offsets = offsets;
    this.refs = refs;
  }

  /** The automaton. */
  FST<Long> fst() {
    return fst;
  }

  /* Made on first use; a race makes two equal tables, and either will do. */
  private volatile @Nullable RootArcs rootArcs;

  /** The first two steps of {@link #fst()} as tables. */
  RootArcs rootArcs() {
    RootArcs r = rootArcs;
    if (r == null) {
      r = new RootArcs(fst);
      rootArcs = r;
    }
    return r;
  }

  /** The known-words automaton, or null when the lexicon has no words (names only). */
  @Nullable FST<Long> words() {
    return words;
  }

  /**
   * Whether {@code word} (one token in matching form) is a known word: a token of any key, or an
   * entry of a common-word list.
   */
  public boolean isWord(CharSequence word) {
    return words != null && output(words, word) != null;
  }

  /** As {@link #isWord(CharSequence)} for {@code buf[start, start + length)}; allocates nothing. */
  public boolean isWord(char[] buf, int start, int length) {
    if (words == null) {
      return false;
    }
    if (length > KnownWords.MAX_LENGTH) {
      return output(words, buf, start, length) >= 0;
    }
    return KNOWN.get().isWord(words, buf, start, length);
  }

  /*
   * Spelling correction asks whether each longer word of every message is a known word, and those
   * automaton walks were a tenth of the CPU of a check. Messages repeat the same words
   * ("appointment", "tomorrow", "please"), so each thread remembers recent known words in a
   * small direct-mapped table keyed by the automaton and the word's characters. Whether a word is
   * known depends on those two alone (automata are immutable), so a remembered word is always
   * right. Only known words are kept: the table holds words of the dictionaries, never a word of a
   * message that is in none of them (an unknown word is looked up every time; they are rare).
   */
  private static final ThreadLocal<KnownWords> KNOWN = ThreadLocal.withInitial(KnownWords::new);

  /** One thread's remembered known words. */
  private static final class KnownWords {
    static final int MAX_LENGTH = 24;
    private static final int SLOTS = 512;

    private final @Nullable FST<?>[] fsts = new FST<?>[SLOTS];
    private final char[][] keys = new char[SLOTS][MAX_LENGTH];
    private final byte[] lengths = new byte[SLOTS];

    boolean isWord(FST<Long> words, char[] buf, int start, int length) {
      int h = length;
      for (int i = start; i < start + length; i++) {
        h = 31 * h + buf[i];
      }
      int slot = (h ^ (h >>> 9)) & (SLOTS - 1);
      char[] key = keys[slot];
      if (fsts[slot] == words && lengths[slot] == length
          && Arrays.equals(key, 0, length, buf, start, start + length)) {
        return true;
      }
      if (output(words, buf, start, length) < 0) {
        return false;
      }
      System.arraycopy(buf, start, key, 0, length);
      lengths[slot] = (byte) length;
      fsts[slot] = words;
      return true;
    }
  }

  /**
   * Whether {@code buf[start, start + length)} is a known word that belongs to no clinical key:
   * an everyday word of the common-word lists (or a non-clinical key), which spelling correction
   * never aims at.
   */
  public boolean isPlainWord(char[] buf, int start, int length) {
    if (words == null) {
      return false;
    }
    long out = output(words, buf, start, length);
    return out >= 0 && (out & (TERM_WORD | SPANISH_TERM_WORD)) == 0;
  }

  /** Whether token {@code i} of {@code tokens} is a known word; allocates nothing. */
  public boolean isWord(Tokens tokens, int i) {
    return isWord(tokens.view().buffer(), tokens.start(i), tokens.length(i));
  }

  /** The output of {@code key} (one char per label) in {@code fst}, or null if it is no key. */
  private static @Nullable Long output(FST<Long> fst, CharSequence key) {
    try {
      FST.BytesReader r = fst.getBytesReader();
      FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
      long out = 0;
      for (int i = 0; i < key.length(); i++) {
        if (fst.findTargetArc(key.charAt(i), arc, arc, r) == null) {
          return null;
        }
        out += arc.output();
      }
      return arc.isFinal() ? out + arc.nextFinalOutput() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary lookup failed", e);
    }
  }

  /*
   * Lookups run for many tokens of every message. A new arc and bytes reader per lookup were a
   * tenth of all the bytes a check allocated, so each thread keeps one arc and one reader and
   * reuses them while it looks up in the same automaton. The scratch refers to one automaton at a
   * time (it is replaced when a thread turns to another), so a thread never keeps more than one
   * dropped lexicon alive.
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** A thread's reusable lookup state for one automaton. */
  private static final class Scratch {
    final FST.Arc<Long> arc = new FST.Arc<>();
    @Nullable FST<Long> fst;
    FST.@Nullable BytesReader reader;

    FST.BytesReader readerFor(FST<Long> f) {
      if (fst != f || reader == null) {
        fst = f;
        reader = f.getBytesReader();
      }
      return reader;
    }
  }

  /**
   * The output of the key {@code buf[start, start + length)} (one char per label) in {@code fst},
   * or -1 if it is no key (outputs are key ids and word flags, never negative). Allocates nothing.
   */
  private static long output(FST<Long> fst, char[] buf, int start, int length) {
    Scratch s = SCRATCH.get();
    FST.BytesReader r = s.readerFor(fst);
    try {
      FST.Arc<Long> arc = fst.getFirstArc(s.arc);
      long out = 0;
      for (int i = start; i < start + length; i++) {
        if (fst.findTargetArc(buf[i], arc, arc, r) == null) {
          return -1;
        }
        out += arc.output();
      }
      return arc.isFinal() ? out + arc.nextFinalOutput() : -1;
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary lookup failed", e);
    }
  }

  Sense[] distinctSenses() {
    return distinct;
  }

  int[] offsets() {
    return offsets;
  }

  int[] refs() {
    return refs;
  }

  /** Number of senses of key {@code id}. */
  public int senseCount(int id) {
    return offsets[id + 1] - offsets[id];
  }

  /** Sense {@code k} of key {@code id}. */
  public Sense sense(int id, int k) {
    return distinct[refs[offsets[id] + k]];
  }

  /**
   * The key id of {@code term} (normalized as a message would be), or -1 if it is not a key.
   */
  public int lookup(String term) {
    Long out = output(fst, String.join(" ", keyTokens(term)));
    return out == null ? -1 : out.intValue();
  }

  /**
   * The key id of {@code key} exactly as written (already in matching form: one token of the
   * terms view), or -1. Unlike {@link #lookup} it normalizes nothing and allocates nothing.
   */
  public int keyId(char[] buf, int start, int length) {
    return (int) output(fst, buf, start, length);
  }

  /** Number of distinct keys (variants included). */
  public int keyCount() {
    return offsets.length - 1;
  }

  /** Approximate bytes retained by this lexicon. */
  public long ramBytes() {
    return fst.ramBytesUsed() + (words == null ? 0 : words.ramBytesUsed()) + 4L * offsets.length + 4L * refs.length + 48L * distinct.length;
  }

  @Override
  public String toString() {
    return "Lexicon{keys=" + keyCount() + ", words=" + (words == null ? 0 : words.numBytes())
        + "B, distinctSenses=" + distinct.length + ", bytes="
        + ramBytes() + "}";
  }

  // ---- building ----------------------------------------------------------------------------

  /** The tokens of {@code term} in matching form, as a message would produce them. */
  public static List<String> keyTokens(String term) {
    NormalizedText terms = TextNormalizer.terms(TextNormalizer.base(term));
    List<String> out = new ArrayList<>(4);
    if (isSimple(terms)) {
      char[] c = terms.buffer();
      int n = terms.length();
      int i = 0;
      while (i < n) {
        while (i < n && c[i] == ' ') {
          i++;
        }
        int s = i;
        while (i < n && c[i] != ' ') {
          i++;
        }
        if (i > s) {
          out.add(new String(c, s, i - s));
        }
      }
      return out;
    }
    Tokens t = MessageTokenizer.tokenize(terms, Limits.defaults());
    for (int i = 0; i < t.size(); i++) {
      out.add(t.term(i));
    }
    return out;
  }

  /** Lower-case ASCII letters and single spaces only: splitting on spaces equals tokenizing. */
  private static boolean isSimple(NormalizedText t) {
    char[] c = t.buffer();
    for (int i = 0; i < t.length(); i++) {
      char ch = c[i];
      if (!((ch >= 'a' && ch <= 'z') || ch == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Compiles entries into a lexicon; {@code removed} holds terms to leave out. */
  public static Lexicon compile(List<Entry> entries, Set<String> removed) {
    Set<String> removedKeys = new HashSet<>();
    for (String r : removed) {
      removedKeys.add(String.join(" ", keyTokens(r)));
    }
    Map<String, List<Sense>> byKey = new HashMap<>(entries.size() * 3);
    Map<String, Long> vocabulary = new HashMap<>(entries.size() * 2);
    List<String> keys = new ArrayList<>(6);
    for (Entry e : entries) {
      List<String> tokens = keyTokens(e.term());
      if (tokens.isEmpty()) {
        continue;
      }
      if (e.kind() == ListKind.WORD) {
        for (String w : tokens) {
          vocabulary.putIfAbsent(w, 0L);
        }
        continue;
      }
      String key = String.join(" ", tokens);
      if (removedKeys.contains(key)) {
        continue;
      }
      long tags = e.tags();
      if (e.kind() == ListKind.NAME && !Tag.GIVEN.in(tags) && !Tag.SURNAME.in(tags)) {
        tags |= Tag.GIVEN.bit() | Tag.SURNAME.bit(); // a name added without saying which part
      }
      Sense sense = new Sense(e.kind(), tags, e.ambiguity(),
          e.language().equals("es") || Tag.ES.in(tags));
      keys.clear();
      keys.add(key);
      if (e.kind() != ListKind.NAME) {
        variants(tokens, keys);
      }
      for (String k : keys) {
        List<Sense> list = byKey.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(sense)) {
          list.add(sense);
        }
      }
    }
    String[] sorted = byKey.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    for (String k : sorted) {
      long flag = 0;
      boolean nameOnly = true;
      for (Sense sense : byKey.get(k)) {
        // a misspelling entry ("genetic counceling") does not make its tokens words
        nameOnly &= sense.kind() == ListKind.NAME || sense.has(Tag.MISSPELLING);
        if (sense.kind().category() != null && sense.kind() != ListKind.NAME) {
          flag |= sense.spanish() ? SPANISH_TERM_WORD : TERM_WORD;
        }
      }
      if (nameOnly) {
        // the name lists hold every rare surname ("canel", "lupas"): not words that veto a
        // correction; a name is protected by its capital instead. Nor are listed misspellings.
        continue;
      }
      int from = 0;
      while (from <= k.length()) {
        int to = k.indexOf(SEPARATOR, from);
        to = to < 0 ? k.length() : to;
        String w = k.substring(from, to);
        boolean target = w.length() >= 4 && isLetters(w);
        vocabulary.merge(w, target ? flag : 0L, (x, y) -> x | y);
        from = to + 1;
      }
    }
    Map<Sense, Integer> senseIds = new HashMap<>();
    List<Sense> distinct = new ArrayList<>();
    int[] offsets = new int[sorted.length + 1];
    int refCount = 0;
    for (List<Sense> l : byKey.values()) {
      refCount += l.size();
    }
    int[] refs = new int[refCount];
    try {
      FSTCompiler<Long> compiler =
          new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, CachedLongOutputs.INSTANCE)
              .build();
      IntsRefBuilder scratch = new IntsRefBuilder();
      for (int id = 0; id < sorted.length; id++) {
        String k = sorted[id];
        scratch.clear();
        for (int i = 0; i < k.length(); i++) {
          scratch.append(k.charAt(i));
        }
        compiler.add(scratch.get(), (long) id);
      }
      int r = 0;
      for (int id = 0; id < sorted.length; id++) {
        offsets[id] = r;
        for (Sense sense : byKey.get(sorted[id])) {
          Integer sid = senseIds.get(sense);
          if (sid == null) {
            sid = distinct.size();
            senseIds.put(sense, sid);
            distinct.add(sense);
          }
          refs[r++] = sid;
        }
      }
      offsets[sorted.length] = r;
      FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
      return new Lexicon(fst, compileWords(vocabulary), distinct.toArray(new Sense[0]), offsets,
          refs);
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary compilation failed", e);
    }
  }

  private static @Nullable FST<Long> compileWords(Map<String, Long> vocabulary)
      throws IOException {
    if (vocabulary.isEmpty()) {
      return null;
    }
    String[] sorted = vocabulary.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    FSTCompiler<Long> compiler =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, CachedLongOutputs.INSTANCE).build();
    IntsRefBuilder scratch = new IntsRefBuilder();
    for (String w : sorted) {
      if (w.isEmpty()) {
        continue;
      }
      scratch.clear();
      for (int i = 0; i < w.length(); i++) {
        scratch.append(w.charAt(i));
      }
      compiler.add(scratch.get(), vocabulary.get(w));
    }
    return FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
  }

  /** Adds plural and written-together variants of a key. */
  static void variants(List<String> tokens, List<String> out) {
    String last = tokens.get(tokens.size() - 1);
    String head = tokens.size() == 1 ? "" : String.join(" ", tokens.subList(0, tokens.size() - 1)) + " ";
    if (last.length() >= 3 && isLetters(last) && !last.endsWith("s")) {
      out.add(head + last + "s");
      char z = last.charAt(last.length() - 1);
      char y = last.charAt(last.length() - 2);
      if (z == 'y' && "aeiou".indexOf(y) < 0) {
        out.add(head + last.substring(0, last.length() - 1) + "ies");
      } else if (z == 'x' || z == 'z' || z == 'h' || "aeiou".indexOf(z) < 0) {
        out.add(head + last + "es");
      }
      if (z == 'z') {
        out.add(head + last.substring(0, last.length() - 1) + "ces");
      }
    }
    // a list entry written in the plural also matches the singular ("urgencias" / "urgencia")
    if (last.length() >= 5 && isLetters(last) && last.endsWith("s") && !last.endsWith("ss")
        && !last.endsWith("us") && !last.endsWith("is")) {
      out.add(head + last.substring(0, last.length() - 1));
    }
    // Spanish head nouns come first: "pruebas de embarazo", "citas de control"
    if (tokens.size() >= 3 && (tokens.get(1).equals("de") || tokens.get(1).equals("del")
        || tokens.get(1).equals("para") || tokens.get(1).equals("contra"))) {
      String first = tokens.get(0);
      String rest = " " + String.join(" ", tokens.subList(1, tokens.size()));
      if (first.length() >= 3 && isLetters(first) && !first.endsWith("s")) {
        char z = first.charAt(first.length() - 1);
        if ("aeiou".indexOf(z) >= 0) {
          out.add(first + "s" + rest);
        } else if (z == 'z') {
          out.add(first.substring(0, first.length() - 1) + "ces" + rest);
        } else {
          out.add(first + "es" + rest);
        }
      }
    }
    if (tokens.size() >= 2 && tokens.size() <= 3) {
      StringBuilder joined = new StringBuilder();
      boolean letters = true;
      for (String t : tokens) {
        joined.append(t);
        letters &= isLetters(t);
      }
      if (letters && joined.length() >= 5) {
        out.add(joined.toString());
      }
    }
  }

  private static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
