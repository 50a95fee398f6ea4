package dev.redactor.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Recognizes an HTML character reference or a URL percent-escape at the end of a folded buffer
 * ({@code &#99;}, {@code &#x65;}, {@code &eacute;}, {@code &shy;}, {@code %65}), so the base view
 * can read what a browser, a mail client or a templating engine would show instead of what was
 * typed: {@code ch&#101;mo} and {@code ch%65mo} are {@code chemo} on the recipient's screen.
 *
 * <p>The buffer is already folded (lower case), so names and hex digits are matched in lower case.
 * Only complete references are decoded (a named one needs its {@code ;}). Percent-escapes are
 * decoded only when they stand for an ASCII letter or digit, or form a UTF-8 sequence of a
 * non-ASCII character ({@code %E2%80%8B}, a zero-width space): an encoded space or slash inside a
 * web address changes nothing a reader sees as a word, while decoding it would move the address's
 * boundaries.
 *
 * <p>Stateless and thread-safe.
 */
final class Escapes {
  /** Longest reference looked at: {@code &} + 31 name characters + {@code ;}. */
  static final int MAX_REFERENCE = 33;

  /*
   * Named references that can hide a letter or a word break: markup basics, the invisible ones
   * (soft hyphen, zero-width joiner and non-joiner, direction marks), Latin-1 letters with
   * diacritics (they fold to their base letter) and the Greek letters (they fold to Latin
   * look-alikes). Names are lower case because the buffer is case-folded; &Eacute; and &eacute;
   * both arrive as "eacute" and both fold to "e".
   */
  private static final Map<String, Integer> NAMED = Map.ofEntries(
      Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
      Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xA0),
      Map.entry("shy", 0xAD), Map.entry("zwj", 0x200D), Map.entry("zwnj", 0x200C),
      Map.entry("lrm", 0x200E), Map.entry("rlm", 0x200F), Map.entry("hyphen", 0x2010),
      Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014), Map.entry("middot", 0xB7),
      Map.entry("bull", 0x2022), Map.entry("period", (int) '.'), Map.entry("hellip", 0x2026),
      Map.entry("agrave", 0xE0), Map.entry("aacute", 0xE1), Map.entry("acirc", 0xE2),
      Map.entry("atilde", 0xE3), Map.entry("auml", 0xE4), Map.entry("aring", 0xE5),
      Map.entry("aelig", 0xE6), Map.entry("ccedil", 0xE7), Map.entry("egrave", 0xE8),
      Map.entry("eacute", 0xE9), Map.entry("ecirc", 0xEA), Map.entry("euml", 0xEB),
      Map.entry("igrave", 0xEC), Map.entry("iacute", 0xED), Map.entry("icirc", 0xEE),
      Map.entry("iuml", 0xEF), Map.entry("ntilde", 0xF1), Map.entry("ograve", 0xF2),
      Map.entry("oacute", 0xF3), Map.entry("ocirc", 0xF4), Map.entry("otilde", 0xF5),
      Map.entry("ouml", 0xF6), Map.entry("oslash", 0xF8), Map.entry("ugrave", 0xF9),
      Map.entry("uacute", 0xFA), Map.entry("ucirc", 0xFB), Map.entry("uuml", 0xFC),
      Map.entry("yacute", 0xFD), Map.entry("yuml", 0xFF), Map.entry("szlig", 0xDF),
      Map.entry("alpha", 0x3B1), Map.entry("beta", 0x3B2), Map.entry("epsilon", 0x3B5),
      Map.entry("eta", 0x3B7), Map.entry("iota", 0x3B9), Map.entry("kappa", 0x3BA),
      Map.entry("nu", 0x3BD), Map.entry("omicron", 0x3BF), Map.entry("rho", 0x3C1),
      Map.entry("tau", 0x3C4), Map.entry("upsilon", 0x3C5), Map.entry("chi", 0x3C7));

  private Escapes() {}

  /**
   * Whether {@code buf[0, len)} has the tail of the only two shapes {@link #decodeTail} decodes:
   * a {@code ;} (a reference) or {@code %XY} (a percent escape). When not, it finds nothing: a
   * caller that checks first spares a call for every digit and every letter a to f.
   */
  static boolean mayEndAt(char[] buf, int len) {
    return len >= 3 && (buf[len - 1] == ';' || buf[len - 3] == '%');
  }

  /**
   * If {@code buf[0, len)} ends with a complete reference or escape, its decoded code point in the
   * high half and the number of buffer chars it spans in the low half; otherwise -1.
   */
  static long decodeTail(char[] buf, int len) {
    if (!mayEndAt(buf, len)) {
      return -1;
    }
    char last = buf[len - 1];
    if (last == ';') {
      return reference(buf, len);
    }
    if (buf[len - 3] == '%') {
      int hi = Character.digit(buf[len - 2], 16);
      int lo = Character.digit(last, 16);
      if (hi >= 0 && lo >= 0 && isAsciiHex(buf[len - 2]) && isAsciiHex(last)) {
        int c = hi * 16 + lo;
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          return pack(c, 3);
        }
        if (c >= 0x80 && c <= 0xBF) {
          return utf8(buf, len, c);
        }
      }
    }
    return -1;
  }

  /** A percent-encoded UTF-8 sequence ending in continuation byte {@code last}. */
  private static long utf8(char[] buf, int len, int last) {
    byte[] bytes = new byte[4];
    bytes[3] = (byte) last;
    for (int k = 1; k < 4; k++) {
      int p = len - 3 * (k + 1);
      if (p < 0 || buf[p] != '%' || !isAsciiHex(buf[p + 1]) || !isAsciiHex(buf[p + 2])) {
        return -1;
      }
      int b = Character.digit(buf[p + 1], 16) * 16 + Character.digit(buf[p + 2], 16);
      bytes[3 - k] = (byte) b;
      if (b >= 0x80 && b <= 0xBF) {
        continue;
      }
      int need = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
          : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (need != k + 1) {
        return -1;
      }
      try {
        String s = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, 3 - k, k + 1))
            .toString();
        int cp = s.codePointAt(0);
        return s.length() == Character.charCount(cp) ? pack(cp, 3 * (k + 1)) : -1;
      } catch (CharacterCodingException e) {
        return -1;
      }
    }
    return -1;
  }

  private static long reference(char[] buf, int len) {
    int amp = -1;
    for (int i = len - 2; i >= 0 && len - i <= MAX_REFERENCE; i--) {
      char c = buf[i];
      if (c == '&') {
        amp = i;
        break;
      }
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '#')) {
        return -1;
      }
    }
    if (amp < 0 || len - amp < 3) {
      return -1;
    }
    int from = amp + 1;
    int to = len - 1; // the ';'
    int cp;
    if (buf[from] == '#') {
      boolean hex = to - from > 1 && buf[from + 1] == 'x';
      int digits = from + (hex ? 2 : 1);
      if (digits >= to || to - digits > (hex ? 6 : 7)) {
        return -1;
      }
      cp = 0;
      for (int i = digits; i < to; i++) {
        int d = Character.digit(buf[i], hex ? 16 : 10);
        if (d < 0 || !isAsciiHex(buf[i])) {
          return -1;
        }
        cp = cp * (hex ? 16 : 10) + d;
      }
      if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
      }
    } else {
      Integer named = NAMED.get(new String(buf, from, to - from));
      if (named == null) {
        return -1;
      }
      cp = named;
    }
    return pack(cp, len - amp);
  }

  private static boolean isAsciiHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static long pack(int cp, int span) {
    return ((long) cp << 32) | span;
  }

  static int codePointOf(long decoded) {
    return (int) (decoded >>> 32);
  }

  static int spanOf(long decoded) {
    return (int) decoded;
  }
}
