package dev.redactor.lint;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns whole-file templates, HTML and Markdown into the text a recipient would read, with the
 * file offset of every character: template-engine comments, HTML comments, tags, scripts and
 * styles are dropped (a tag becomes a space or a line break, so words on either side stay
 * apart); character references are decoded; link targets ({@code href}) are kept as text, since
 * a personalized link is itself a finding.
 */
final class Markup {
  private Markup() {}

  /** A template-engine file: everything but its comments. */
  static Template wholeFile(String s) {
    Template.Builder b = new Template.Builder(s.length());
    int i = 0;
    while (i < s.length()) {
      int skip = commentEnd(s, i);
      if (skip > i) {
        b.add(' ', i, skip);
        i = skip;
      } else {
        b.add(s.charAt(i), i, i + 1);
        i++;
      }
    }
    return b.build(null, s.length());
  }

  /** An HTML document or fragment: its text content and link targets. */
  static Template html(String s) {
    return markup(s, true);
  }

  /** Markdown: the text with any inline HTML treated as in {@link #html}. */
  static Template markdown(String s) {
    return markup(s, false);
  }

  private static Template markup(String s, boolean html) {
    Template.Builder b = new Template.Builder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      int skip = commentEnd(s, i);
      if (skip > i) {
        b.add(' ', i, skip);
        i = skip;
        continue;
      }
      char c = s.charAt(i);
      if (c == '<' && s.startsWith("<<", i)) {
        int close = s.indexOf(">>", i + 2);
        int end = close < 0 ? i + 2 : close + 2;
        for (int k = i; k < end; k++) {
          b.add(s.charAt(k), k, k + 1);
        }
        i = end;
        continue;
      }
      if (c == '<' && i + 1 < n && isTagStart(s.charAt(i + 1))) {
        int end = tagEnd(s, i);
        if (end > i) {
          String name = tagName(s, i);
          b.add(BLOCK_TAGS.contains(name) ? '\n' : ' ', i, end);
          href(s, i, end, b);
          if ((name.equals("script") || name.equals("style")) && s.charAt(i + 1) != '/') {
            int close = s.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
            end = close < 0 ? n : tagEnd(s, close);
            if (end <= close) {
              end = n;
            }
          }
          i = end;
          continue;
        }
      }
      if (c == '&') {
        int semi = s.indexOf(';', i + 1);
        if (semi > i + 1 && semi - i <= 10) {
          int cp = entity(s.substring(i + 1, semi));
          if (cp >= 0) {
            for (char ch : Character.toChars(cp)) {
              b.add(ch, i, semi + 1);
            }
            i = semi + 1;
            continue;
          }
        }
      }
      if (html && (c == '\n' || c == '\r' || c == '\t')) {
        b.add(' ', i, i + 1); // white space in HTML is a space; block tags make the breaks
        i++;
        continue;
      }
      b.add(c, i, i + 1);
      i++;
    }
    return b.build(null, n);
  }

  /**
   * End of a comment starting at {@code i} (HTML, Mustache/Handlebars, Jinja/Twig, FreeMarker,
   * Velocity), or {@code i} if none starts there. An unclosed comment runs to the end.
   */
  static int commentEnd(String s, int i) {
    for (String[] pair : COMMENTS) {
      if (s.startsWith(pair[0], i)) {
        int close = s.indexOf(pair[1], i + pair[0].length());
        return close < 0 ? s.length() : close + pair[1].length();
      }
    }
    return i;
  }

  /** Comment delimiters, longest opener first where one is a prefix of another. */
  private static final String[][] COMMENTS = {
    {"<!--", "-->"}, {"{{!--", "--}}"}, {"{{!", "}}"}, {"{#", "#}"}, {"<#--", "-->"},
    {"#*", "*#"}, {"{{/*", "*/}}"}, {"{% comment %}", "{% endcomment %}"},
  };

  private static boolean isTagStart(char c) {
    return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  /** End of the tag at {@code i} (past its {@code >}), honouring quoted attributes; or i. */
  private static int tagEnd(String s, int i) {
    char quote = 0;
    for (int k = i + 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      } else if (c == '<' && k > i + 1) {
        return i; // "a < b <c": not a tag
      }
    }
    return i;
  }

  private static String tagName(String s, int i) {
    int k = i + 1;
    if (k < s.length() && s.charAt(k) == '/') {
      k++;
    }
    int start = k;
    while (k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
      k++;
    }
    return s.substring(start, k).toLowerCase(Locale.ROOT);
  }

  /** Adds the value of an {@code href} attribute in the tag {@code [i, end)}, space-separated. */
  private static void href(String s, int i, int end, Template.Builder b) {
    String tag = s.substring(i, end).toLowerCase(Locale.ROOT);
    int h = tag.indexOf("href=");
    if (h < 0) {
      return;
    }
    int v = i + h + 5;
    if (v >= end) {
      return;
    }
    char q = s.charAt(v);
    int from = q == '"' || q == '\'' ? v + 1 : v;
    int to = from;
    while (to < end - 1 && (q == '"' || q == '\'' ? s.charAt(to) != q
        : !Character.isWhitespace(s.charAt(to)) && s.charAt(to) != '>')) {
      to++;
    }
    for (int k = from; k < to; k++) {
      b.add(s.charAt(k), k, k + 1);
    }
    b.add(' ', to, to);
  }

  /** The code point of a character reference body ({@code amp}, {@code #233}, {@code #xE9}). */
  private static int entity(String body) {
    if (body.startsWith("#")) {
      try {
        int cp = body.startsWith("#x") || body.startsWith("#X")
            ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? cp : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    Integer cp = ENTITIES.get(body);
    return cp == null ? -1 : cp;
  }

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "li", "ul", "ol", "tr",
      "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
      "footer", "blockquote", "hr", "title", "body", "html", "head", "main", "nav", "pre");

  /** The named references e-mail templates use (Latin-1 letters, punctuation, spaces). */
  private static final Map<String, Integer> ENTITIES = Map.ofEntries(
      Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
      Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xA0),
      Map.entry("copy", 0xA9), Map.entry("reg", 0xAE), Map.entry("trade", 0x2122),
      Map.entry("hellip", 0x2026), Map.entry("mdash", 0x2014), Map.entry("ndash", 0x2013),
      Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("ldquo", 0x201C),
      Map.entry("rdquo", 0x201D), Map.entry("bull", 0x2022), Map.entry("middot", 0xB7),
      Map.entry("shy", 0xAD), Map.entry("zwnj", 0x200C), Map.entry("zwj", 0x200D),
      Map.entry("aacute", 0xE1), Map.entry("eacute", 0xE9), Map.entry("iacute", 0xED),
      Map.entry("oacute", 0xF3), Map.entry("uacute", 0xFA), Map.entry("ntilde", 0xF1),
      Map.entry("uuml", 0xFC), Map.entry("Aacute", 0xC1), Map.entry("Eacute", 0xC9),
      Map.entry("Iacute", 0xCD), Map.entry("Oacute", 0xD3), Map.entry("Uacute", 0xDA),
      Map.entry("Ntilde", 0xD1), Map.entry("Uuml", 0xDC), Map.entry("ouml", 0xF6),
      Map.entry("auml", 0xE4), Map.entry("szlig", 0xDF), Map.entry("ccedil", 0xE7),
      Map.entry("egrave", 0xE8), Map.entry("agrave", 0xE0), Map.entry("iexcl", 0xA1),
      Map.entry("iquest", 0xBF), Map.entry("ordf", 0xAA), Map.entry("ordm", 0xBA),
      Map.entry("deg", 0xB0));
}
