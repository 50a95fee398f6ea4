package dev.redactor.internal.analysis;

import dev.redactor.LimitExceededException;
import dev.redactor.Limits;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.text.NormalizedText;
import java.io.IOException;
import java.io.Reader;
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
    CharsReader reader = READER.get().of(view.buffer(), view.length());
    try (TokenStream ts = ANALYZER.tokenStream("text", reader)) {
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
      // The reader does not fail; keep the cause, which holds no message text.
      throw new UncheckedIOException("tokenizer failed", e);
    }
    return tokens;
  }

  /*
   * One reader per thread, pointed at each view in turn: a CharArrayReader per message was about
   * 2% of the bytes of an SMS check. The tokenizer closes it at the end of the stream, which
   * drops the view.
   */
  private static final ThreadLocal<CharsReader> READER = ThreadLocal.withInitial(CharsReader::new);

  /** A reader of a char array's prefix that can be pointed at another one; not thread-safe. */
  static final class CharsReader extends Reader {
    private char @Nullable [] chars;
    private int length;
    private int pos;

    CharsReader of(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
      this.pos = 0;
      return this;
    }

    @Override
    public int read(char[] dest, int off, int len) throws IOException {
      char[] c = chars;
      if (c == null) {
        throw new IOException("reader closed");
      }
      if (len == 0) {
        return 0;
      }
      if (pos >= length) {
        return -1;
      }
      int n = Math.min(len, length - pos);
      System.arraycopy(c, pos, dest, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      chars = null;
    }
  }

  private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
  private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];
  private static final String ALPHANUM =
      StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

  private static byte typeOf(String luceneType) {
    // The tokenizer sets its own constants: compared by identity first, without a string switch
    // (its hash and equals per token).
    if (luceneType == ALPHANUM) {
      return Tokens.WORD;
    }
    if (luceneType == NUM) {
      return Tokens.NUMBER;
    }
    if (luceneType == EMOJI) {
      return Tokens.EMOJI;
    }
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
