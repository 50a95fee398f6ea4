package dev.redactor.internal.text;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Properties of the normalized views: idempotence and exact offsets. */
class NormalizationProperties {

  private static final char[] FORMAT = {
    '\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF', '\u202A', '\u202E', '\u2066',
    '\u2069', '\u200E', '\u200F', '\uFE0F'
  };

  private static final java.util.regex.Pattern ESCAPE =
      java.util.regex.Pattern.compile("&#x?[0-9a-f]+;|%[0-9a-f]{2}");

  @Property
  boolean base_isIdempotent(@ForAll("messy") String s) {
    Statistics.label("holds an escape such as &#99; or %63")
        .collect(ESCAPE.matcher(s.toLowerCase(java.util.Locale.ROOT)).find());
    String once = TextNormalizer.base(s).text();
    return TextNormalizer.base(once).text().equals(once);
  }

  @Property
  boolean terms_isIdempotent(@ForAll("messy") String s) {
    String once = TextNormalizer.terms(TextNormalizer.base(s)).text();
    String twice = TextNormalizer.terms(TextNormalizer.base(once)).text();
    return twice.equals(once);
  }

  /**
   * A view that only changes case keeps no offset map (see NormalizedText): it must still map
   * every char to itself, and so must the chars before the first one that departs.
   */
  @Property
  boolean caseOnlyView_mapsOneToOne(@ForAll("plainAscii") String s,
      @ForAll("departure") String tail) {
    NormalizedText plain = TextNormalizer.base(s);
    for (int i = 0; i < plain.length(); i++) {
      if (plain.originalStart(i) != i || plain.originalEnd(i) != i + 1) {
        return false;
      }
    }
    for (int k = 0; k <= s.length(); k++) {
      if (plain.fromOriginal(k) != k) {
        return false;
      }
    }
    // the same prefix followed by a char that drops or expands: the prefix still maps to itself
    NormalizedText mixed = TextNormalizer.base(s + tail);
    for (int i = 0; i < s.length(); i++) {
      if (mixed.originalStart(i) != i || mixed.originalEnd(i) != i + 1) {
        return false;
      }
    }
    return mixed.length() == 0
        || mixed.originalEnd(mixed.length() - 1) <= s.length() + tail.length();
  }

  @Provide
  Arbitrary<String> plainAscii() {
    return Arbitraries.strings().withChars("abcXYZ019 .,:-'").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> departure() {
    return Arbitraries.of("\u200B", "\u00E9", "e\u0301", "\uFB01", "\u00BD", "&amp;", "%41",
        "\uD83D\uDE00", "");
  }

  /**
   * The base view reads a leading plain-ASCII run in one loop; behind a non-ASCII first char
   * ("é", which folds to "e" and touches nothing after it) the same text goes char by char. Both
   * must give the same chars and offsets.
   */
  @Property(tries = 3000)
  boolean plainAsciiRun_readsAsCharByChar(@ForAll("messy") String s) {
    if (s.isEmpty() || s.charAt(0) >= 0x80) {
      return true; // no run to read in one loop
    }
    NormalizedText fast = TextNormalizer.base(s);
    NormalizedText slow = TextNormalizer.base("\u00e9" + s);
    if (!slow.text().equals("e" + fast.text())) {
      return false;
    }
    for (int i = 0; i < fast.length(); i++) {
      if (slow.originalStart(i + 1) != fast.originalStart(i) + 1
          || slow.originalEnd(i + 1) != fast.originalEnd(i) + 1) {
        return false;
      }
    }
    return true;
  }

  /** The scan that skips the fold passes never skips a text they would change. */
  @Property(tries = 3000)
  boolean foldPrescan_missesNothing(@ForAll("leety") String s) {
    NormalizedText base = TextNormalizer.base(s);
    boolean may = TextNormalizer.mayFold(base.buffer(), base.length());
    Statistics.label("prescan says the passes may fold").collect(may);
    return may || TextNormalizer.foldPasses(base) == null;
  }

  @Provide
  Arbitrary<String> leety() {
    return Arbitraries.of("c", "h", "e", "m", "o", "a", "I", "3", "0", "1", "4", "7", "12", "@",
        "$", "!", "|", " ", ".", "-", "/", "_", "*", "~", "+", "\u00b7", "\u2022", "\uD83D\uDE00",
        "'", "\n", "chemo", "r00t", "h1v", "a1c", "5mcg", "x").list().ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }

  @Property
  boolean mapping_isMonotonicAndInBounds(@ForAll("messy") String s) {
    NormalizedText v = TextNormalizer.terms(TextNormalizer.base(s));
    int prevStart = -1;
    for (int i = 0; i < v.length(); i++) {
      int a = v.originalStart(i);
      int b = v.originalEnd(i);
      if (a < prevStart || a < 0 || b <= a || b > s.length()) {
        return false;
      }
      if (splits(s, a) || splits(s, b)) {
        return false;
      }
      prevStart = a;
    }
    return true;
  }

  /**
   * A word with format characters injected inside (and noise around it) maps back to exactly the
   * original characters of that word, injected characters included.
   */
  @Property
  boolean injectedWord_mapsBackExactly(@ForAll("injected") Injected in) {
    Statistics.label("format chars inside").collect(in.injectedCount > 0);
    NormalizedText v = TextNormalizer.terms(TextNormalizer.base(in.text));
    String t = v.text();
    int at = t.indexOf(" " + in.word + " ");
    if (at < 0) {
      return false;
    }
    at++;
    long r = v.toOriginal(at, at + in.word.length());
    return NormalizedText.startOf(r) == in.start && NormalizedText.endOf(r) == in.end;
  }

  private static boolean splits(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  @Provide
  Arbitrary<String> messy() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(30, Arbitraries.chars().alpha()),
            net.jqwik.api.Tuple.of(8, Arbitraries.chars().numeric()),
            net.jqwik.api.Tuple.of(10, Arbitraries.of(' ', '.', '-', '/', '@', '$', '!', '*', '\'')),
            net.jqwik.api.Tuple.of(6, Arbitraries.of(FORMAT).map(c -> c)),
            net.jqwik.api.Tuple.of(6, Arbitraries.of('é', 'ñ', 'ß', 'İ', 'ı', '\u0301', 'Ω', 'ο', 'с', 'І', 'Ａ', '５', '–')),
            net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('\u0000', '\uFFFF')),
            // the pieces of HTML references and percent-escapes, which the base view decodes
            net.jqwik.api.Tuple.of(8, Arbitraries.of('&', '#', ';', '%', 'x', '3', '6', 'e', 'c')));
    Arbitrary<String> plain = chars.list().ofMaxSize(40).map(NormalizationProperties::join);
    Arbitrary<String> withEmoji =
        plain.map(p -> "\uD83D\uDE00" + p + "\uD835\uDC1C" + p);
    Arbitrary<String> withEscapes = Combinators.combine(plain,
            Arbitraries.of("&#99;", "&#x65;", "&#X48;", "%63", "%6", "&amp;", "&shy;", "%E2%80%8B",
                "%C3%A9", "&#", ";", "&#38;", "&eacute;", "\u202E").list().ofMaxSize(5), plain)
        .as((a, escapes, b) -> a + String.join("", escapes) + b);
    return Arbitraries.oneOf(plain, withEmoji, withEscapes)
        .map(NormalizationProperties::fixSurrogates);
  }

  private static String join(List<Character> cs) {
    StringBuilder sb = new StringBuilder(cs.size());
    for (char c : cs) {
      sb.append(c);
    }
    return sb.toString();
  }

  /** Replaces lone surrogates produced by the random char generator. */
  private static String fixSurrogates(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('x');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A text with one target word (letters only, ≥ 2) whose original range is known. */
  static final class Injected {
    final String text;
    final String word;
    final int start;
    final int end;
    final int injectedCount;

    Injected(String text, String word, int start, int end, int injectedCount) {
      this.text = text;
      this.word = word;
      this.start = start;
      this.end = end;
      this.injectedCount = injectedCount;
    }

    @Override
    public String toString() {
      return "Injected{length=" + text.length() + ", word=" + word + "}";
    }
  }

  @Provide
  Arbitrary<Injected> injected() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10);
    Arbitrary<String> prefix =
        Arbitraries.of("", "\uD83D\uDE00 ", "Hi \uD83D\uDC4B ", "Ünïcödé ", "x\u200By ", "𝐀𝐁 ");
    Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, 100).list().ofMaxSize(4);
    Arbitrary<Character> fmt = Arbitraries.of(FORMAT).map(c -> c);
    return Combinators.combine(word, prefix, positions, fmt)
        .as(
            (w, pre, pos, f) -> {
              List<Integer> cuts = new ArrayList<>();
              for (int p : pos) {
                cuts.add(1 + p % (w.length() - 1)); // strictly inside the word
              }
              cuts.sort(null);
              StringBuilder injectedWord = new StringBuilder();
              int last = 0;
              for (int c : cuts) {
                injectedWord.append(w, last, c).append(f);
                last = c;
              }
              injectedWord.append(w.substring(last));
              String before = pre + "see ";
              String text = before + injectedWord + " \u200Bend";
              return new Injected(text, w, before.length(), before.length() + injectedWord.length(),
                  cuts.size());
            });
  }
}
