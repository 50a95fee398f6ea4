package dev.redactor.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding with errors that name the byte offset, never the bytes. */
public final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code bytes[0, length)}.
   *
   * @throws JsonInputException naming {@code where} and the byte offset of the first invalid sequence
   */
  public static String decode(byte[] bytes, int length, String where) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw new JsonInputException(where + ": invalid UTF-8 at byte offset " + in.position());
    }
    r = d.flush(out);
    if (r.isError()) {
      throw new JsonInputException(where + ": invalid UTF-8 at the end");
    }
    out.flip();
    String s = out.toString();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return s;
  }
}
