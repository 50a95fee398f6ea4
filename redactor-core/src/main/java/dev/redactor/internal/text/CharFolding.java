package dev.redactor.internal.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * Folds one code point to its matching form: what the engine compares instead of the character a
 * sender typed. The fold is a function of the code point alone, so a view built from it maps back
 * to the original exactly, and folding is idempotent (every output is a fixed point).
 *
 * <ol>
 *   <li>Default-ignorable code points (zero-width space, joiner and non-joiner, soft hyphen, word
 *       joiner, bidi controls, variation selectors, tag characters), other control characters
 *       except TAB/LF/CR, and combining marks fold to nothing.
 *   <li>Decimal digits of any script fold to ASCII digits.
 *   <li>Dash and quote look-alikes fold to {@code -}, {@code '} and {@code "}.
 *   <li>Everything else goes through NFKC case folding (fullwidth and mathematical letters become
 *       ASCII, {@code ß} becomes {@code ss}), then loses its diacritics (NFD, drop marks, NFC).
 *   <li>If that does not give ASCII, a letter whose Unicode confusable skeleton (UTS #39, via
 *       ICU's {@link SpoofChecker}) is a single ASCII letter or digit folds to it: Cyrillic
 *       {@code а}, Greek {@code ο}, Cyrillic {@code М}. Skeletons map capital I look-alikes to
 *       {@code l}; those fold to {@code i}, which is what a reader sees.
 * </ol>
 *
 * <p>Results for the Basic Multilingual Plane are cached in a table filled lazily; races are
 * benign because every thread computes the same immutable string.
 */
final class CharFolding {
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final String EMPTY = "";

  private static final String[] BMP = new String[0x10000];

  static {
    for (int c = 0; c < 0x80; c++) {
      BMP[c] = foldAscii((char) c);
    }
  }

  private CharFolding() {}

  /** The matching form of {@code cp}; empty when the code point is dropped. */
  static String fold(int cp) {
    if (cp < 0x10000) {
      String s = BMP[cp];
      if (s == null) {
        s = compute(cp);
        BMP[cp] = s;
      }
      return s;
    }
    return compute(cp);
  }

  /** Whether {@code cp} is dropped from the matching form (zero-width, control, mark). */
  static boolean isDropped(int cp) {
    return fold(cp).isEmpty();
  }

  private static String foldAscii(char c) {
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + ('a' - 'A')));
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return EMPTY;
    }
    if (c == 0x7f) {
      return EMPTY;
    }
    return String.valueOf(c).intern();
  }

  /*
   * compute() folds once; folding the output again must change nothing (idempotence), which a
   * single pass does not guarantee when NFKC or a skeleton yields another non-ASCII character with
   * a fold of its own. Iterating to a fixed point (at most a few rounds) makes it so by
   * construction.
   */
  private static String compute(int cp) {
    String r = computeOnce(cp);
    for (int round = 0; round < 4 && !isAscii(r); round++) {
      StringBuilder next = new StringBuilder(r.length());
      for (int i = 0; i < r.length(); ) {
        int c = r.codePointAt(i);
        next.append(c == cp ? new String(Character.toChars(c)) : computeOnce(c));
        i += Character.charCount(c);
      }
      String n = next.toString();
      if (n.equals(r)) {
        break;
      }
      r = n;
    }
    return r;
  }

  private static String computeOnce(int cp) {
    if (cp < 0x80) {
      return foldAscii((char) cp);
    }
    if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
      return EMPTY;
    }
    int type = UCharacter.getType(cp);
    switch (type) {
      case UCharacterCategory.CONTROL:
      case UCharacterCategory.FORMAT:
      case UCharacterCategory.NON_SPACING_MARK:
      case UCharacterCategory.ENCLOSING_MARK:
      case UCharacterCategory.UNASSIGNED:
      case UCharacterCategory.SURROGATE:
        return EMPTY;
      case UCharacterCategory.DECIMAL_DIGIT_NUMBER:
        int d = UCharacter.digit(cp, 10);
        if (d >= 0) {
          return String.valueOf((char) ('0' + d));
        }
        break;
      default:
        break;
    }
    String punct = punctuation(cp);
    if (punct != null) {
      return punct;
    }
    String s = stripMarks(NFKC_CF.normalize(new String(Character.toChars(cp))));
    if (isAscii(s) || !UCharacter.isLetter(cp)) {
      return s;
    }
    String skeleton = Confusables.skeleton(cp);
    if (skeleton != null) {
      return skeleton;
    }
    return s;
  }

  private static String stripMarks(String s) {
    String d = NFD.normalize(s);
    StringBuilder sb = null;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      int n = Character.charCount(cp);
      int type = UCharacter.getType(cp);
      boolean mark =
          type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK;
      if (mark && sb == null) {
        sb = new StringBuilder(d.length());
        sb.append(d, 0, i);
      } else if (!mark && sb != null) {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    return sb == null ? s : NFC.normalize(sb);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String punctuation(int cp) {
    switch (cp) {
      case 0x2010: // hyphen
      case 0x2011: // non-breaking hyphen
      case 0x2012: // figure dash
      case 0x2013: // en dash
      case 0x2014: // em dash
      case 0x2015: // horizontal bar
      case 0x2212: // minus sign
      case 0xFE58: // small em dash
      case 0xFE63: // small hyphen-minus
      case 0xFF0D: // fullwidth hyphen-minus
        return "-";
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x02BC:
      case 0x02B9:
      case 0xFF07:
      case 0x00B4:
        return "'";
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
      case 0xFF02:
        return "\"";
      default:
        return null;
    }
  }

  /** Single-letter confusable skeletons, from ICU's UTS #39 data. */
  private static final class Confusables {
    private static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();

    static String skeleton(int cp) {
      String sk = CHECKER.getSkeleton(new String(Character.toChars(cp)));
      if (sk.length() != 1) {
        return null;
      }
      char c = sk.charAt(0);
      if (c == 'l' && UCharacter.isUUppercase(cp)) {
        return "i";
      }
      if (c >= 'A' && c <= 'Z') {
        return String.valueOf((char) (c + ('a' - 'A')));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        return String.valueOf(c);
      }
      return null;
    }
  }
}
