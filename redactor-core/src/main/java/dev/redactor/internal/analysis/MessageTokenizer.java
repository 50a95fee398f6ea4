package dev.redactor.internal.analysis;

import dev.redactor.LimitExceededException;
import dev.redactor.Limits;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.text.NormalizedText;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Splits a terms view into tokens with Lucene's {@link StandardTokenizer} (Unicode text
 * segmentation, UAX #29). The view is already case-folded and normalized, so no filters run.
 *
 * <p>Lucene's {@link Analyzer} keeps one tokenizer per thread and reuses it for every message
 * (its default reuse strategy), so tokenizing allocates no tokenizer state per call. Thread-safe.
 */
public final class MessageTokenizer {
  private static final int MAX_TOKEN_LENGTH = 255;

  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer tokenizer = new StandardTokenizer();
          tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
          return new TokenStreamComponents(tokenizer);
        }
      };

  private MessageTokenizer() {}

  /**
   * The tokens of {@code view}.
   *
   * @throws LimitExceededException if there are more tokens than {@code limits} allow
   */
  public static Tokens tokenize(NormalizedText view, Limits limits) {
    return tokenize(view, limits, null);
  }

  /**
   * The tokens of {@code view}, their arrays in {@code workspace} (null: arrays of their own).
   *
   * @throws LimitExceededException if there are more tokens than {@code limits} allow
   */
  public static Tokens tokenize(NormalizedText view, Limits limits,
      @Nullable Workspace workspace) {
    Tokens tokens = new Tokens(view, workspace);
    try (TokenStream ts =
        ANALYZER.tokenStream("text", new CharArrayReader(view.buffer(), 0, view.length()))) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int max = limits.maxTokens();
      while (ts.incrementToken()) {
        if (tokens.size() >= max) {
          limits.checkTokenCount(tokens.size() + 1);
        }
        tokens.add(offset.startOffset(), offset.endOffset(), typeOf(type.type()));
      }
      ts.end();
    } catch (IOException e) {
      // A CharArrayReader does not fail; keep the cause, which holds no message text.
      throw new UncheckedIOException("tokenizer failed", e);
    }
    return tokens;
  }

  private static byte typeOf(String luceneType) {
    switch (luceneType) {
      case "<NUM>":
        return Tokens.NUMBER;
      case "<EMOJI>":
        return Tokens.EMOJI;
      case "<ALPHANUM>":
        return Tokens.WORD;
      default:
        return Tokens.OTHER;
    }
  }
}
