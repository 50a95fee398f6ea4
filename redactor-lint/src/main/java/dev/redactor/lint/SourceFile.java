package dev.redactor.lint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One file being linted: its path as reported, its text (UTF-8, without a byte-order mark) and a
 * line index that turns offsets into 1-based lines and columns (UTF-16 units, as SARIF's default
 * {@code utf16CodeUnits} column kind).
 */
public final class SourceFile {
  private final String displayPath;
  private final String content;
  private final int[] lineStarts;

  SourceFile(String displayPath, String content) {
    this.displayPath = displayPath;
    this.content = content;
    this.lineStarts = lineStarts(content);
  }

  /**
   * Reads {@code path} as strict UTF-8.
   *
   * @throws LintException if it cannot be read or is not UTF-8 (naming the byte offset)
   */
  static SourceFile read(Path path, String displayPath, long maxBytes) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new LintException(displayPath, 0, 0, "file is " + size
            + " bytes, over the limit of " + maxBytes + " (--max-file-bytes)");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new LintException(displayPath, 0, 0, "cannot read the file ("
          + e.getClass().getSimpleName() + ")");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      text = decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      throw new LintException(displayPath, 0, 0, "not valid UTF-8 (at byte " + in.position()
          + ")");
    } catch (CharacterCodingException e) {
      throw new LintException(displayPath, 0, 0, "not valid UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceFile(displayPath, text);
  }

  /** A file made from a string (tests, standard input). */
  static SourceFile of(String displayPath, String content) {
    return new SourceFile(displayPath, content);
  }

  /** The path as reported: relative to the working directory where possible, with {@code /}. */
  public String displayPath() {
    return displayPath;
  }

  /** The text. */
  public String content() {
    return content;
  }

  /** The 1-based line of {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column of {@code offset} in UTF-16 units. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** The offset where 1-based {@code line} starts. */
  int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
  }

  /** The number of lines. */
  int lineCount() {
    return lineStarts.length;
  }

  /** The text of 1-based {@code line}, without its line break. */
  String lineText(int line) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] : content.length();
    while (end > start && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
      end--;
    }
    return content.substring(start, end);
  }

  /**
   * The offset of a position given as 1-based line and code-point column (as YAML parsers count).
   */
  int offsetOfCodePointColumn(int line, int column) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] : content.length();
    int k = start;
    for (int c = 1; c < column && k < end; c++) {
      k += Character.charCount(content.codePointAt(k));
    }
    return Math.min(k, content.length());
  }

  private static int[] lineStarts(String s) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean br = c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n');
      if (br) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  @Override
  public String toString() {
    return "SourceFile{" + displayPath + ", " + content.length() + " chars}";
  }
}
