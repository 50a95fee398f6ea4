package dev.redactor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The mechanism that keeps {@code scan}'s memory bounded whatever the input: a line over the cap is
 * read to its end without being stored. Shown here on a generated 256 MiB line (never held in
 * memory by the test either); the 1 GiB stream under {@code -Xmx64m} is a documented manual run
 * (bench/README.md), not part of the build.
 */
class LineReaderTest {

  /** {@code size} bytes of 'a' (no newline), then "\nok\n"; generated on the fly. */
  private static InputStream hugeLineThenOk(long size) {
    return new InputStream() {
      private long pos;
      private final byte[] tail = "\nok\n".getBytes(StandardCharsets.US_ASCII);

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= size + tail.length) {
          return -1;
        }
        int n = 0;
        while (n < len && pos < size + tail.length) {
          b[off + n++] = pos < size ? (byte) 'a' : tail[(int) (pos - size)];
          pos++;
        }
        return n;
      }
    };
  }

  @Test
  void next_lineOverTheCap_isSkippedToItsEnd_withoutGrowingTheBuffer() throws IOException {
    int cap = 1 << 20;
    long size = 256L << 20;
    LineReader r = new LineReader(hugeLineThenOk(size), cap);
    assertEquals(LineReader.Status.TOO_LONG, r.next());
    assertEquals(size, r.fullLength());
    assertTrue(r.capacity() <= cap, "buffer grew to " + r.capacity() + " bytes");
    r.trim();
    assertEquals(LineReader.Status.LINE, r.next());
    assertEquals("ok", new String(r.bytes(), 0, r.length(), StandardCharsets.US_ASCII));
    assertEquals(LineReader.Status.EOF, r.next());
  }

  @Test
  void next_lineJustUnderTheCap_isKept_andTheBufferStaysWithinTheCap() throws IOException {
    int cap = 3_000_000; // not a power of two: doubling must not overshoot it
    LineReader r = new LineReader(hugeLineThenOk(cap), cap);
    assertEquals(LineReader.Status.LINE, r.next());
    assertEquals(cap, r.length());
    assertTrue(r.capacity() <= cap, "buffer grew to " + r.capacity() + " bytes");
  }
}
