package dev.redactor.internal.analysis;

import dev.redactor.LimitExceededException;
import dev.redactor.Limits;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.text.NormalizedText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizerImpl;
import org.jspecify.annotations.Nullable;

/**
 * Splits a terms view into tokens with Lucene's standard tokenizer (Unicode text segmentation,
 * UAX #29). The view is already case-folded and normalized, so no filters run.
 *
 * <p>The tokenizer's scanner ({@link StandardTokenizerImpl}, the JFlex automaton inside {@link
 * StandardTokenizer}) is driven directly, one per thread, reading offsets and types as {@link
 * StandardTokenizer#incrementToken} does, without the token stream around it: its set-up per
 * message (the analyzer's reuse lookup, attribute lookups) and per token (clearing attributes,
 * copying each token's chars into a term attribute nobody reads) were 5% of an SMS check. A run
 * longer than {@value #MAX_TOKEN_LENGTH} chars comes out in pieces of at most that length, the
 * scanner's buffer size, as {@link StandardTokenizer#setMaxTokenLength} documents. {@code
 * TokenizerProperties} checks the tokens against the token stream's. Thread-safe.
 */
public final class MessageTokenizer {
  private static final int MAX_TOKEN_LENGTH = 255;

  private static final ThreadLocal<StandardTokenizerImpl> SCANNER =
      ThreadLocal.withInitial(MessageTokenizer::newScanner);

  /** What an idle scanner points at; never read. */
  private static final Reader NO_TEXT = Reader.nullReader();

  private static StandardTokenizerImpl newScanner() {
    StandardTokenizerImpl scanner = new StandardTokenizerImpl(NO_TEXT);
    scanner.setBufferSize(MAX_TOKEN_LENGTH);
    return scanner;
  }

  private MessageTokenizer() {}

  /**
   * The tokens of {@code view}.
   *
   * @throws LimitExceededException if there are more tokens than {@code limits} allow
   */
  public static Tokens tokenize(NormalizedText view, Limits limits) {
    return tokenize(view, limits, Workspace.unpooled());
  }

  /**
   * The tokens of {@code view}, their arrays in {@code workspace}.
   *
   * @throws LimitExceededException if there are more tokens than {@code limits} allow
   */
  public static Tokens tokenize(NormalizedText view, Limits limits, Workspace workspace) {
    Tokens tokens = new Tokens(view, workspace);
    CharsReader reader = READER.get().of(view.buffer(), view.length());
    StandardTokenizerImpl scanner = SCANNER.get();
    scanner.yyreset(reader);
    try {
      int max = limits.maxTokens();
      for (int type = scanner.getNextToken(); type != StandardTokenizerImpl.YYEOF;
          type = scanner.getNextToken()) {
        int length = scanner.yylength();
        if (length > MAX_TOKEN_LENGTH) {
          continue; // StandardTokenizer's own guard (the buffer size already bounds tokens)
        }
        if (tokens.size() >= max) {
          limits.checkTokenCount(tokens.size() + 1);
        }
        int start = scanner.yychar();
        tokens.add(start, start + length, typeOf(type));
      }
    } catch (IOException e) {
      // The reader does not fail; keep the cause, which holds no message text.
      throw new UncheckedIOException("tokenizer failed", e);
    } finally {
      reader.close(); // drops the view
      scanner.yyreset(NO_TEXT);
    }
    return tokens;
  }

  /*
   * One reader per thread, pointed at each view in turn: a CharArrayReader per message was about
   * 2% of the bytes of an SMS check. Closed after each view, which drops it.
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

  private static byte typeOf(int scannerType) {
    switch (scannerType) {
      case StandardTokenizer.ALPHANUM:
        return Tokens.WORD;
      case StandardTokenizer.NUM:
        return Tokens.NUMBER;
      case StandardTokenizer.EMOJI:
        return Tokens.EMOJI;
      default:
        return Tokens.OTHER;
    }
  }
}
