package dev.redactor.lint;

import java.util.Locale;
import java.util.Set;

/**
 * Turns whole-file templates, HTML and Markdown into the text a recipient would read, with the
 * file offset of every character: template-engine comments, HTML comments, tags, scripts and
 * styles are dropped (a tag becomes a space or a line break, so words on either side stay
 * apart); link targets ({@code href}) are kept as text, since a personalized link is itself a
 * finding. Character references ({@code &eacute;}, {@code &#101;}) are left as written: the
 * engine's normalization reads them as the recipient would see them, with offsets into the text
 * as written, so a finding behind {@code ch&#101;mo} still points at the file.
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

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "li", "ul", "ol", "tr",
      "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
      "footer", "blockquote", "hr", "title", "body", "html", "head", "main", "nav", "pre");
}
