package dev.redactor.internal.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A fixed set of words in matching form (lower case, accents folded), looked up by a token's
 * characters without building a string: a hash probe instead of scanning a list. Immutable and
 * thread-safe.
 */
public final class WordSet {
  private final CharArraySet set;

  private WordSet(CharArraySet set) {
    this.set = CharArraySet.unmodifiableSet(set);
  }

  /** The given words. */
  public static WordSet of(String... words) {
    CharArraySet s = new CharArraySet(words.length * 2, false);
    s.addAll(Arrays.asList(words));
    return new WordSet(s);
  }

  /** The words of {@code spaced}, a list of words separated by spaces. */
  public static WordSet spaced(String spaced) {
    CharArraySet s = new CharArraySet(64, false);
    for (String w : spaced.split(" ")) {
      if (!w.isEmpty()) {
        s.add(w);
      }
    }
    return new WordSet(s);
  }

  /** Whether token {@code i} of {@code tokens} is in the set. */
  public boolean contains(Tokens tokens, int i) {
    return set.contains(tokens.view().buffer(), tokens.start(i), tokens.length(i));
  }

  /**
   * Whether {@code word} is in the set.
   *
   * @throws IllegalArgumentException if {@code word} starts with a space: the set holds single
   *     words, and a lookup written for a space-separated string ({@code " " + w + " "}) would
   *     otherwise be silently false
   */
  public boolean contains(CharSequence word) {
    if (word.length() > 0 && word.charAt(0) == ' ') {
      throw new IllegalArgumentException("look up the word itself, not \" \" + word + \" \"");
    }
    return set.contains(word);
  }

  @Override
  public String toString() {
    return "WordSet{size=" + set.size() + "}";
  }
}
