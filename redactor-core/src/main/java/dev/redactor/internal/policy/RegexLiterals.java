package dev.redactor.internal.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The literal strings a regex cannot match without: for {@code (?i)\b(xanax|valium)\b}, one of
 * "xanax" and "valium" is in every text it matches. A policy scans a message once for the
 * literals of all its regexes ({@link RegexPrefilter}) and runs only the regexes whose literal is
 * there, so a policy of many regex rules does not run each of them over every message (the idea of
 * RE2's FilteredRE2, with one set of alternatives per regex).
 *
 * <p>The analysis reads RE2 syntax and is conservative: whatever it does not fully understand
 * (inline flags after the start, {@code \Q}, escapes by code, non-ASCII letters under {@code
 * (?i)}) gives no literals, and a regex without literals is always run. It never has to be
 * complete, only right: every string it returns is in every match, whatever the text.
 */
final class RegexLiterals {
  /** Shorter literals are in too many texts to be worth a look-up. */
  static final int MIN_LENGTH = 3;
  /** Cap on the strings a concatenation multiplies out ("(a|b)(c|d)" is four). */
  private static final int MAX_PRODUCT = 32;
  /** Cap on the alternatives of one regex ("\b(word1|word2|...)\b"). */
  private static final int MAX_ALTERNATIVES = 1024;
  /** Cap on a literal's length: a longer run is looked for by its first part. */
  private static final int MAX_LENGTH = 64;
  /** Groups nested deeper are left alone (the parser recurses once per level). */
  private static final int MAX_NESTING = 50;

  /**
   * One of {@code anyOf} occurs in every match; compared ignoring ASCII case (the text folded by
   * {@link #fold}) when {@code ignoreCase}.
   */
  record Required(List<String> anyOf, boolean ignoreCase) {
    Required {
      anyOf = List.copyOf(anyOf);
    }
  }

  private RegexLiterals() {}

  /**
   * The literals of RE2 {@code pattern}, or null when it has none worth looking for (or uses
   * syntax the analysis leaves alone): such a regex is always run.
   */
  static @Nullable Required of(String pattern) {
    try {
      return new RegexLiterals.Parser(pattern).required();
    } catch (Unsupported e) {
      return null;
    } catch (RuntimeException e) {
      // a pattern RE2/J compiled but this reading trips over: run the regex on every message
      // rather than fail the policy (literals only ever save time)
      return null;
    }
  }

  /**
   * {@code c} as matched under {@code (?i)} by an ASCII literal: ASCII letters to lower case, and
   * the two non-ASCII letters RE2 folds onto ASCII ones (long s onto s, the Kelvin sign onto k);
   * any other char stays as it is and so never equals an ASCII literal.
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c == '\u017F') {
      return 's';
    }
    if (c == '\u212A') {
      return 'k';
    }
    return c;
  }

  /** Thrown inside the parser for syntax it leaves alone. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * What the parser knows of a sub-pattern: {@code exact}, every string it can match (null when
   * not a small finite set), and {@code required}, strings one of which is in every match (null
   * when none is known).
   */
  private record Info(@Nullable Set<String> exact, @Nullable Set<String> required) {
    static final Info UNKNOWN = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);
  }

  /** Recursive descent over RE2 syntax, keeping only what literals need. */
  private static final class Parser {
    private final String p;
    private int i;
    private int nesting;
    private boolean ignoreCase;

    Parser(String pattern) {
      this.p = pattern;
    }

    @Nullable Required required() {
      // leading flags, "(?i)" or "(?is)": they hold for the whole pattern
      while (p.startsWith("(?", i)) {
        int close = p.indexOf(')', i);
        if (close < 0) {
          throw new Unsupported();
        }
        String flags = p.substring(i + 2, close);
        if (flags.isEmpty() || !flags.chars().allMatch(f -> f == 'i' || f == 's' || f == 'm'
            || f == 'U')) {
          break; // a group, or flags turned off: read as a group below (or left alone)
        }
        ignoreCase |= flags.indexOf('i') >= 0;
        i = close + 1;
      }
      Info all = alternation();
      if (i != p.length()) {
        throw new Unsupported(); // an unbalanced ')'
      }
      Set<String> best = all.exact != null ? all.exact : all.required;
      if (best == null || best.isEmpty()) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (String s : best) {
        if (s.length() < MIN_LENGTH) {
          return null;
        }
        if (!containsAnother(best, s)) {
          out.add(s);
        }
      }
      return new Required(out, ignoreCase);
    }

    /** Whether {@code s} contains another string of {@code set}: then that one is enough. */
    private static boolean containsAnother(Set<String> set, String s) {
      for (String o : set) {
        if (o.length() < s.length() && s.contains(o)) {
          return true;
        }
      }
      return false;
    }

    private Info alternation() {
      List<Info> branches = new ArrayList<>();
      branches.add(concatenation());
      while (i < p.length() && p.charAt(i) == '|') {
        i++;
        branches.add(concatenation());
      }
      if (branches.size() == 1) {
        return branches.get(0);
      }
      Set<String> exact = new LinkedHashSet<>();
      Set<String> required = new LinkedHashSet<>();
      for (Info b : branches) {
        if (exact != null) {
          if (b.exact == null) {
            exact = null;
          } else {
            exact.addAll(b.exact);
          }
        }
        Set<String> r = b.exact != null ? b.exact : b.required;
        if (required != null) {
          if (r == null) {
            required = null;
          } else {
            required.addAll(r);
          }
        }
      }
      return new Info(capped(exact), capped(required));
    }

    private Info concatenation() {
      Set<String> product = Set.of(""); // the exact strings of the items so far since a break
      boolean allExact = true;
      Set<String> best = null;
      while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
        Info item = repetition();
        if (item.exact != null) {
          Set<String> joined = product(product, item.exact);
          if (joined != null) {
            product = joined;
            continue;
          }
          allExact = false;
          best = better(best, product);
          product = item.exact;
          continue;
        }
        allExact = false;
        best = better(best, product);
        best = better(best, item.required);
        product = Set.of("");
      }
      best = better(best, product);
      return new Info(allExact ? product : null, best);
    }

    /**
     * Every string of {@code a} followed by every string of {@code b}, or null when there would be
     * too many or too long ones (never cut: a cut string followed by more is in no match).
     */
    private static @Nullable Set<String> product(Set<String> a, Set<String> b) {
      if ((long) a.size() * b.size() > MAX_PRODUCT) {
        return null;
      }
      Set<String> out = new LinkedHashSet<>();
      for (String x : a) {
        for (String y : b) {
          if (x.length() + y.length() > MAX_LENGTH) {
            return null;
          }
          out.add(x + y);
        }
      }
      return out;
    }

    /**
     * The more selective of two sets of alternatives: the one whose shortest string is longer
     * (a short literal is in many texts), then the one with fewer strings.
     */
    private static @Nullable Set<String> better(@Nullable Set<String> a, @Nullable Set<String> b) {
      if (b == null || b.isEmpty()) {
        return a;
      }
      if (a == null || a.isEmpty()) {
        return b;
      }
      int la = shortest(a);
      int lb = shortest(b);
      if (la != lb) {
        return lb > la ? b : a;
      }
      return b.size() < a.size() ? b : a;
    }

    private static int shortest(Set<String> s) {
      int min = Integer.MAX_VALUE;
      for (String x : s) {
        min = Math.min(min, x.length());
      }
      return min;
    }

    private static @Nullable Set<String> capped(@Nullable Set<String> s) {
      return s == null || s.size() > MAX_ALTERNATIVES ? null : s;
    }

    /** An atom and the repetition operators after it. */
    private Info repetition() {
      Info atom = atom();
      while (i < p.length()) {
        char c = p.charAt(i);
        int min;
        if (c == '*' || c == '?') {
          min = 0;
          i++;
        } else if (c == '+') {
          min = 1;
          i++;
        } else if (c == '{') {
          min = braces();
          if (min < 0) {
            return atom; // "{" not starting a repetition: RE2 reads it as a literal next time
          }
        } else {
          return atom;
        }
        if (i < p.length() && p.charAt(i) == '?') {
          i++; // non-greedy
        }
        if (c == '?' && atom.exact != null) {
          Set<String> opt = new LinkedHashSet<>(atom.exact); // "colou?r": with and without it
          opt.add("");
          atom = new Info(capped(opt), null);
        } else if (min == 0) {
          atom = Info.UNKNOWN;
        } else {
          // once or more: each copy is one of its strings, but the next item follows the last
          // copy, so the product stops here
          atom = new Info(null, atom.exact != null ? atom.exact : atom.required);
        }
      }
      return atom;
    }

    /** Reads "{n}", "{n,}" or "{n,m}" and gives n; -1 (reading nothing) for anything else. */
    private int braces() {
      int j = i + 1;
      int start = j;
      while (j < p.length() && Character.isDigit(p.charAt(j))) {
        j++;
      }
      if (j == start) {
        return -1;
      }
      if (j - start > 4) {
        throw new Unsupported(); // over RE2's limit of 1,000: not a pattern that compiled
      }
      int min = Integer.parseInt(p.substring(start, j));
      if (j < p.length() && p.charAt(j) == ',') {
        j++;
        while (j < p.length() && Character.isDigit(p.charAt(j))) {
          j++;
        }
      }
      if (j >= p.length() || p.charAt(j) != '}') {
        return -1;
      }
      i = j + 1;
      return min;
    }

    private Info atom() {
      char c = p.charAt(i);
      switch (c) {
        case '(':
          return group();
        case '[':
          skipClass();
          return Info.UNKNOWN;
        case '.':
          i++;
          return Info.UNKNOWN;
        case '^':
        case '$':
          i++;
          return Info.EMPTY;
        case '\\':
          return escape();
        case '*':
        case '+':
        case '?':
          throw new Unsupported(); // a repetition of nothing: not valid RE2 anyway
        case '{':
          if (braces() >= 0) {
            throw new Unsupported();
          }
          i++;
          return literal('{');
        default:
          if (Character.isSurrogate(c)) {
            // a code point outside the BMP: one atom, as RE2 reads it, but no literal here
            i += Character.isHighSurrogate(c) && i + 1 < p.length()
                && Character.isLowSurrogate(p.charAt(i + 1)) ? 2 : 1;
            return Info.UNKNOWN;
          }
          i++;
          return literal(c);
      }
    }

    private Info literal(char c) {
      if (!ignoreCase) {
        return new Info(Set.of(String.valueOf(c)), null);
      }
      if (c >= 128) {
        return Info.UNKNOWN; // non-ASCII letters fold by Unicode tables: left alone
      }
      return new Info(Set.of(String.valueOf(fold(c))), null);
    }

    private Info group() {
      i++; // '('
      if (++nesting > MAX_NESTING) {
        throw new Unsupported();
      }
      if (p.startsWith("?:", i)) {
        i += 2;
      } else if (p.startsWith("?P<", i) || p.startsWith("?<", i)) {
        int close = p.indexOf('>', i);
        if (close < 0) {
          throw new Unsupported();
        }
        i = close + 1;
      } else if (i < p.length() && p.charAt(i) == '?') {
        // "(?s:...)" keeps the case rule; anything naming i, or turning flags off, is left alone
        int colon = i + 1;
        while (colon < p.length() && "smU".indexOf(p.charAt(colon)) >= 0) {
          colon++;
        }
        if (colon == i + 1 || colon >= p.length() || p.charAt(colon) != ':') {
          throw new Unsupported();
        }
        i = colon + 1;
      }
      Info inner = alternation();
      if (i >= p.length() || p.charAt(i) != ')') {
        throw new Unsupported();
      }
      i++;
      nesting--;
      return inner;
    }

    private Info escape() {
      if (i + 1 >= p.length()) {
        throw new Unsupported();
      }
      char e = p.charAt(i + 1);
      i += 2;
      if (e < 128 && !Character.isLetterOrDigit(e)) {
        return literal(e); // "\." "\\" "\(": the punctuation itself
      }
      switch (e) {
        case 'b':
        case 'B':
        case 'A':
        case 'z':
          return Info.EMPTY;
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
        case 'n':
        case 't':
        case 'r':
        case 'f':
        case 'v':
        case 'a':
          return Info.UNKNOWN;
        case 'p':
        case 'P':
          if (i < p.length() && p.charAt(i) == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
              throw new Unsupported();
            }
            i = close + 1;
          } else {
            i++; // "\pL"
          }
          return Info.UNKNOWN;
        default:
          throw new Unsupported(); // "\Q", "\x41", "\101", and the rest
      }
    }

    /** Skips a bracketed class: "[a-z]", "[^]x]", "[[:alpha:]\]]". */
    private void skipClass() {
      int j = i + 1;
      if (j < p.length() && p.charAt(j) == '^') {
        j++;
      }
      if (j < p.length() && p.charAt(j) == ']') {
        j++; // a ']' first is a member
      }
      while (j < p.length()) {
        char c = p.charAt(j);
        if (c == ']') {
          i = j + 1;
          return;
        }
        if (c == '\\') {
          if (j + 1 < p.length() && (p.charAt(j + 1) == 'p' || p.charAt(j + 1) == 'P'
              || p.charAt(j + 1) == 'x') && j + 2 < p.length() && p.charAt(j + 2) == '{') {
            int close = p.indexOf('}', j);
            if (close < 0) {
              throw new Unsupported();
            }
            j = close + 1;
          } else {
            j += 2;
          }
          continue;
        }
        if (c == '[' && j + 1 < p.length() && p.charAt(j + 1) == ':') {
          int close = p.indexOf(":]", j + 2);
          if (close < 0) {
            throw new Unsupported();
          }
          j = close + 2;
          continue;
        }
        j++;
      }
      throw new Unsupported();
    }
  }
}
