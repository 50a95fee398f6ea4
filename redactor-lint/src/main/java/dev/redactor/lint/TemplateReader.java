package dev.redactor.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the templates of one file in one {@link TemplateFormat}. Stateless and thread-safe. */
final class TemplateReader {
  /** JSON and YAML catalogs nest a few levels; anything deeper is an error, not a stack overflow. */
  static final int MAX_NESTING = 200;

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
      .build();
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
      .build();

  private TemplateReader() {}

  /**
   * The templates of {@code file}.
   *
   * @throws LintException if the file does not parse, naming line and column
   */
  static List<Template> read(SourceFile file, TemplateFormat format) {
    return switch (format) {
      case TEXT -> lines(file);
      case PROPERTIES -> properties(file);
      case JSON -> tree(file, JSON, "JSON");
      case YAML -> tree(file, YAML, "YAML");
      case CSV -> csv(file);
      case WHOLE_FILE -> List.of(Markup.wholeFile(file.content()));
      case HTML -> List.of(Markup.html(file.content()));
      case MARKDOWN -> List.of(Markup.markdown(file.content()));
    };
  }

  // ---- plain text -----------------------------------------------------------------------------

  private static List<Template> lines(SourceFile file) {
    List<Template> out = new ArrayList<>();
    String s = file.content();
    for (int line = 1; line <= file.lineCount(); line++) {
      int start = file.lineStart(line);
      String text = file.lineText(line);
      String t = text.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      out.add(Template.slice(null, s, start, start + text.length()));
    }
    return out;
  }

  // ---- Java properties ------------------------------------------------------------------------

  /** Java properties, read as {@link java.util.Properties#load(java.io.Reader)} does. */
  private static List<Template> properties(SourceFile file) {
    List<Template> out = new ArrayList<>();
    String s = file.content();
    int n = s.length();
    int i = 0;
    while (i < n) {
      // start of a natural line
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        i++;
        continue;
      }
      if (c == '#' || c == '!') {
        i = endOfLine(s, i);
        continue;
      }
      StringBuilder key = new StringBuilder();
      i = readProperty(file, i, key, null);
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
        i++;
      }
      if (i < n && (s.charAt(i) == '=' || s.charAt(i) == ':')) {
        i++;
      }
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
        i++;
      }
      Template.Builder value = new Template.Builder(32);
      i = readProperty(file, i, null, value);
      if (hasLetter(value.text())) {
        out.add(value.build(key.toString(), i));
      }
    }
    return out;
  }

  /**
   * Reads a key (up to an unescaped separator) or a value (up to the end of the logical line),
   * decoding escapes and following line continuations; returns where it stopped.
   */
  private static int readProperty(SourceFile file, int i, @Nullable StringBuilder key,
      Template.@Nullable Builder value) {
    boolean isKey = key != null;
    String s = file.content();
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
      if (isKey && (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f')) {
        return i;
      }
      if (c != '\\') {
        append(key, value, c, i, i + 1);
        i++;
        continue;
      }
      if (i + 1 >= n) {
        return n;
      }
      char e = s.charAt(i + 1);
      if (e == '\n' || e == '\r') {
        // line continuation: skip the break and the next line's leading white space
        i += 2;
        if (e == '\r' && i < n && s.charAt(i) == '\n') {
          i++;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
          i++;
        }
        continue;
      }
      int len = 2;
      char decoded;
      switch (e) {
        case 't' -> decoded = '\t';
        case 'n' -> decoded = '\n';
        case 'r' -> decoded = '\r';
        case 'f' -> decoded = '\f';
        case 'u' -> {
          int hex = i + 6 <= n ? parseHex(s, i + 2, i + 6) : -1;
          if (hex < 0) {
            throw new LintException(file.displayPath(), file.line(i), file.column(i),
                "malformed properties: a \\u escape needs four hex digits");
          }
          decoded = (char) hex;
          len = 6;
        }
        default -> decoded = e;
      }
      append(key, value, decoded, i, i + len);
      i += len;
    }
    return i;
  }

  private static void append(@Nullable StringBuilder key, Template.@Nullable Builder value,
      char c, int start, int end) {
    if (key != null) {
      key.append(c);
    } else if (value != null) {
      value.add(c, start, end);
    }
  }

  private static int endOfLine(String s, int i) {
    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  // ---- JSON and YAML ----------------------------------------------------------------------------

  private static List<Template> tree(SourceFile file, JsonFactory factory, String what) {
    List<Template> out = new ArrayList<>();
    String s = file.content();
    boolean yaml = factory instanceof YAMLFactory;
    try (JsonParser p = factory.createParser(s)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.VALUE_STRING) {
          continue;
        }
        String value = p.getText();
        if (!hasLetter(value)) {
          continue;
        }
        JsonLocation loc = p.currentTokenLocation();
        String key = p.getParsingContext().pathAsPointer().toString();
        int at = yaml
            ? file.offsetOfCodePointColumn(loc.getLineNr(), loc.getColumnNr())
            : (int) loc.getCharOffset();
        String k = key.isEmpty() ? "/" : key;
        out.add(yaml ? yamlTemplate(k, s, at, value)
            : Alignment.align(k, s, at + 1, value, Alignment.Escapes.JSON));
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new LintException(file.displayPath(), loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "malformed " + what + ": " + problem(e));
    } catch (IOException | RuntimeException e) {
      throw new LintException(file.displayPath(), 0, 0, "malformed " + what + " ("
          + e.getClass().getSimpleName() + ")");
    }
    return out;
  }

  /** A YAML scalar starting at {@code at}, aligned by its style. */
  private static Template yamlTemplate(String key, String s, int at, String value) {
    char c = at < s.length() ? s.charAt(at) : ' ';
    return switch (c) {
      case '"' -> Alignment.align(key, s, at + 1, value, Alignment.Escapes.YAML);
      case '\'' -> Alignment.align(key, s, at + 1, value, Alignment.Escapes.NONE);
      case '|', '>' -> Alignment.align(key, s, endOfLine(s, at), value, Alignment.Escapes.NONE);
      default -> Alignment.align(key, s, Math.min(at, s.length()), value,
          Alignment.Escapes.NONE);
    };
  }

  /**
   * The parser's own description of a syntax error, without the excerpt of the source Jackson
   * appends (which could quote a template).
   */
  private static String problem(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int cut = m.indexOf('\n');
    m = cut >= 0 ? m.substring(0, cut) : m;
    // Jackson quotes offending tokens ("Unrecognized token 'abc'"): keep the kind, drop the token.
    int quote = m.indexOf('\'');
    if (quote >= 0) {
      m = m.substring(0, quote).strip();
    }
    return m.length() > 160 ? m.substring(0, 160) : m;
  }

  // ---- CSV ------------------------------------------------------------------------------------

  /** RFC 4180 CSV; the first row is the header. */
  private static List<Template> csv(SourceFile file) {
    String s = file.content();
    int n = s.length();
    List<Template> out = new ArrayList<>();
    List<String> header = new ArrayList<>();
    int row = 0;
    int col = 0;
    int i = 0;
    while (i <= n) {
      Template.Builder cell = new Template.Builder(32);
      int cellLine = file.line(Math.min(i, Math.max(0, n - 1)));
      if (i < n && s.charAt(i) == '"') {
        int q = i + 1;
        while (true) {
          if (q >= n) {
            throw new LintException(file.displayPath(), cellLine, file.column(i),
                "malformed CSV: a quoted field is never closed");
          }
          char c = s.charAt(q);
          if (c == '"') {
            if (q + 1 < n && s.charAt(q + 1) == '"') {
              cell.add('"', q, q + 2);
              q += 2;
              continue;
            }
            q++;
            break;
          }
          cell.add(c, q, q + 1);
          q++;
        }
        i = q;
        if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          throw new LintException(file.displayPath(), file.line(i), file.column(i),
              "malformed CSV: text after a closing quote");
        }
      } else {
        int start = i;
        while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
        for (int k = start; k < i; k++) {
          cell.add(s.charAt(k), k, k + 1);
        }
      }
      String text = cell.text();
      if (row == 0) {
        header.add(text.strip());
      } else if (hasLetter(text)) {
        String name = col < header.size() && !header.get(col).isEmpty() ? header.get(col)
            : "column " + (col + 1);
        out.add(cell.build(name + " (row " + (row + 1) + ")", i));
      }
      if (i >= n) {
        break;
      }
      char sep = s.charAt(i);
      i++;
      if (sep == ',') {
        col++;
      } else {
        if (sep == '\r' && i < n && s.charAt(i) == '\n') {
          i++;
        }
        row++;
        col = 0;
        if (i >= n) {
          break;
        }
      }
    }
    return out;
  }

  private static int parseHex(String s, int from, int to) {
    try {
      return Integer.parseInt(s, from, to, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static boolean hasLetter(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
