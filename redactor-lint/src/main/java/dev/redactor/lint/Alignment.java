package dev.redactor.lint;

import org.jspecify.annotations.Nullable;

/**
 * Maps the characters of a decoded string value back to the file it was read from, through the
 * escapes, quotes and line folding of its syntax. The value is walked in order; each character is
 * matched to the next raw character that produces it (a literal, an escape sequence, a line break
 * folded into a space), skipping what produces nothing (quotes, indentation, line continuations).
 * If a character cannot be matched within a short window (a syntax this class does not know), it
 * is mapped to where the walk stands, so a finding is never placed outside its value.
 */
final class Alignment {
  /** How backslashes behave in the raw text. */
  enum Escapes {
    /** Backslashes are literal (YAML plain, single-quoted and block scalars, CSV). */
    NONE,
    /** JSON: {@code \" \\ \/ \b \f \n \r \t \}{@code uXXXX}. */
    JSON,
    /** YAML double-quoted: JSON's plus {@code \x41 \U0001F600 \0 \a \e \_ \N \L \P}, line continuation. */
    YAML,
    /** Java properties: {@code \t \n \r \f \}{@code uXXXX}, any other escaped char stands for itself, line continuation. */
    PROPERTIES
  }

  private static final int WINDOW = 64;

  private Alignment() {}

  /** The template {@code value} with where each character is written in {@code raw}. */
  static Template align(@Nullable String key, String raw, int from, String value,
      Escapes escapes) {
    Template.Builder out = new Template.Builder(value.length());
    int p = from;
    int n = raw.length();
    for (int j = 0; j < value.length(); j++) {
      char v = value.charAt(j);
      int found = -1;
      int step = 1;
      boolean pair = false;
      int limit = Math.min(n, p + WINDOW);
      for (int k = p; k < limit; ) {
        char r = raw.charAt(k);
        if (r == '\\' && escapes != Escapes.NONE && k + 1 < n) {
          int len = escapeLength(raw, k, escapes);
          int decoded = decode(raw, k, len, escapes);
          if (decoded == v || decoded > 0xFFFF && Character.highSurrogate(decoded) == v) {
            found = k;
            step = len;
            pair = decoded > 0xFFFF && j + 1 < value.length();
            break;
          }
          k += len;
          continue;
        }
        if (r == v || v == ' ' && (r == '\n' || r == '\r')) {
          found = k;
          break;
        }
        k++;
      }
      if (found < 0) {
        int at = Math.min(p, n);
        out.add(v, at, at);
        continue;
      }
      out.add(v, found, found + step);
      if (pair) {
        out.add(value.charAt(++j), found, found + step); // the low surrogate, same escape
      }
      p = found + step;
    }
    return out.build(key, Math.min(p, n));
  }

  /** Length of the escape sequence at {@code k} (which holds a backslash). */
  private static int escapeLength(String raw, int k, Escapes escapes) {
    char c = raw.charAt(k + 1);
    if (c == 'u') {
      return 6;
    }
    if (escapes == Escapes.YAML && c == 'x') {
      return 4;
    }
    if (escapes == Escapes.YAML && c == 'U') {
      return 10;
    }
    return 2;
  }

  /** The code point an escape stands for, or -1 when it produces nothing. */
  private static int decode(String raw, int k, int len, Escapes escapes) {
    char c = raw.charAt(k + 1);
    if (len > 2) {
      if (k + len > raw.length()) {
        return -1;
      }
      try {
        return Integer.parseInt(raw, k + 2, k + len, 16);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'b':
        return escapes == Escapes.PROPERTIES ? 'b' : '\b';
      case '\n':
      case '\r':
        return -1; // line continuation
      case '0':
        return escapes == Escapes.YAML ? 0 : '0';
      case '_':
        return escapes == Escapes.YAML ? 0xA0 : '_';
      case 'N':
        return escapes == Escapes.YAML ? 0x85 : 'N';
      case 'L':
        return escapes == Escapes.YAML ? 0x2028 : 'L';
      case 'P':
        return escapes == Escapes.YAML ? 0x2029 : 'P';
      case 'e':
        return escapes == Escapes.YAML ? 0x1B : 'e';
      case 'a':
        return escapes == Escapes.YAML ? 0x07 : 'a';
      default:
        return c;
    }
  }
}
