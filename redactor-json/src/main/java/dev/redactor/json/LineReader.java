package dev.redactor.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads newline-terminated lines of bytes with a cap on the line length, so that memory stays
 * bounded whatever the input: a line over the cap is skipped to its end and reported as too long.
 * Not thread-safe.
 */
public final class LineReader {
  /** What {@link #next()} found. */
  public enum Status {
    LINE,
    TOO_LONG,
    EOF
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1024];
  private int lineLen;
  private long lineLength;

  public LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Reads the next line (without its terminator; a trailing CR is dropped). */
  public Status next() throws IOException {
    lineLen = 0;
    lineLength = 0;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          if (!any) {
            return Status.EOF;
          }
          return finish();
        }
      }
      any = true;
      int start = chunkPos;
      while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
        chunkPos++;
      }
      append(start, chunkPos);
      if (chunkPos < chunkLen) {
        chunkPos++; // the newline
        return finish();
      }
    }
  }

  private Status finish() {
    if (lineLength > maxBytes) {
      return Status.TOO_LONG;
    }
    if (lineLen > 0 && line[lineLen - 1] == '\r') {
      lineLen--;
    }
    return Status.LINE;
  }

  private void append(int from, int to) {
    int n = to - from;
    lineLength += n;
    if (lineLength > maxBytes) {
      return; // keep reading to the end of the line, but do not store it
    }
    if (lineLen + n > line.length) {
      // never beyond the cap: lineLen + n <= maxBytes here
      line = Arrays.copyOf(line,
          (int) Math.min(maxBytes, Math.max(2L * line.length, lineLen + n)));
    }
    System.arraycopy(chunk, from, line, lineLen, n);
    lineLen += n;
  }

  /** The bytes of the current line; valid until the next call. */
  public byte[] bytes() {
    return line;
  }

  /** Length of the current line in bytes. */
  public int length() {
    return lineLen;
  }

  /** Length in bytes of the current line as read, also when it was too long to keep. */
  public long fullLength() {
    return lineLength;
  }

  /** Size of the line buffer in bytes: never more than the cap (for tests). */
  int capacity() {
    return line.length;
  }

  /** Shrinks the buffer after a long line, so one big message does not hold memory. */
  public void trim() {
    if (line.length > 1 << 20) {
      line = new byte[1024];
    }
  }
}
