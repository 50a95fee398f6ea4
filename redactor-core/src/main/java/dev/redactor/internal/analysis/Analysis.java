package dev.redactor.internal.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.redactor.Limits;
import dev.redactor.internal.text.NormalizedText;
import dev.redactor.internal.text.TextNormalizer;
import java.util.Arrays;

/**
 * Everything the detectors read about one message: the original text, its base and terms views,
 * the tokens of the terms view and (computed on first use) sentence boundaries. One instance per
 * message per call; not shared between threads.
 */
public final class Analysis {
  private static final BreakIterator SENTENCES = sentencePrototype();

  private final String original;
  private final NormalizedText base;
  private final NormalizedText terms;
  private final Tokens tokens;
  private int[] sentenceStarts;

  private Analysis(String original, NormalizedText base, NormalizedText terms, Tokens tokens) {
    this.original = original;
    this.base = base;
    this.terms = terms;
    this.tokens = tokens;
  }

  /** Normalizes and tokenizes {@code text} within {@code limits}. */
  public static Analysis of(String text, Limits limits) {
    limits.checkMessageLength(text.length());
    NormalizedText base = TextNormalizer.base(text);
    NormalizedText terms = TextNormalizer.terms(base);
    Tokens tokens = MessageTokenizer.tokenize(terms, limits);
    return new Analysis(text, base, terms, tokens);
  }

  /** The original text. */
  public String original() {
    return original;
  }

  /** The base view (identifiers). */
  public NormalizedText base() {
    return base;
  }

  /** The terms view (words). */
  public NormalizedText terms() {
    return terms;
  }

  /** Tokens of the terms view. */
  public Tokens tokens() {
    return tokens;
  }

  /**
   * The start (original offset) of the sentence containing original offset {@code offset}, using
   * ICU's Unicode sentence segmentation with English abbreviation suppression ({@code Dr.}, {@code
   * Mr.} do not end a sentence).
   */
  public int sentenceStart(int offset) {
    int[] starts = sentenceStarts();
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? starts[i] : starts[Math.max(0, -i - 2)];
  }

  /** The end (original offset, exclusive) of the sentence containing {@code offset}. */
  public int sentenceEnd(int offset) {
    int[] starts = sentenceStarts();
    int i = Arrays.binarySearch(starts, offset);
    int next = i >= 0 ? i + 1 : -i - 1;
    return next < starts.length ? starts[next] : original.length();
  }

  /** Original offsets where sentences start, ascending, beginning with 0. */
  public int[] sentenceStarts() {
    if (sentenceStarts == null) {
      BreakIterator it = (BreakIterator) SENTENCES.clone();
      it.setText(original);
      int[] out = new int[8];
      int n = 0;
      for (int b = it.first(); b != BreakIterator.DONE && b < original.length(); b = it.next()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = b;
      }
      if (n == 0) {
        out[n++] = 0;
      }
      sentenceStarts = Arrays.copyOf(out, n);
    }
    return sentenceStarts;
  }

  private static BreakIterator sentencePrototype() {
    ULocale en = ULocale.ENGLISH;
    FilteredBreakIteratorBuilder b = FilteredBreakIteratorBuilder.getInstance(en);
    return b.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(en));
  }

  @Override
  public String toString() {
    return "Analysis{length=" + original.length() + ", tokens=" + tokens.size() + "}";
  }
}
