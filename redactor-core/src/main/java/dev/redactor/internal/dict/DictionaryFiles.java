package dev.redactor.internal.dict;

import dev.redactor.PolicySyntaxException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads dictionary lists in the format of {@code dictionaries/README.md}: a {@code #} header with
 * {@code key: value} lines, then one {@code term<TAB>tags<TAB>ambiguity} entry per line. Errors
 * name the list and the line; terms are never quoted in them.
 */
public final class DictionaryFiles {
  /** Classpath directory of the bundled lists. */
  public static final String RESOURCE_DIR = "dev/redactor/dictionaries/";

  private DictionaryFiles() {}

  /** A parsed list: its header and entries. */
  public record ListFile(String name, Map<String, String> header, ListKind kind, String language,
      List<Entry> entries) {}

  /** The names, kinds and languages in the bundled {@code index.txt}. */
  public static List<String[]> bundledIndex() {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = reader(open("index.txt"), "index.txt")) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 3) {
          throw new PolicySyntaxException(RESOURCE_DIR + "index.txt", n, 0, null,
              "expected file<TAB>KIND<TAB>language");
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dictionary index", e);
    }
    return out;
  }

  /** Reads a bundled list by file name. */
  public static ListFile bundled(String fileName) {
    return read(fileName, reader(open(fileName), fileName));
  }

  private static InputStream open(String fileName) {
    InputStream in = DictionaryFiles.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + fileName);
    if (in == null) {
      throw new PolicySyntaxException(RESOURCE_DIR + fileName, 0, 0, null,
          "dictionary list not found on the classpath (is redactor-dictionaries present?)");
    }
    return in;
  }

  private static BufferedReader reader(InputStream in, String name) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  /**
   * Parses a list. {@code source} names it in errors.
   *
   * @throws PolicySyntaxException naming the source and line of the first malformed line
   */
  public static ListFile read(String source, Reader in) {
    Map<String, String> header = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    ListKind kind = null;
    String language = "any";
    int n = 0;
    try (BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in)) {
      String line;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.startsWith("#")) {
          int colon = line.indexOf(':');
          if (colon > 1) {
            header.put(line.substring(1, colon).trim().toLowerCase(Locale.ROOT),
                line.substring(colon + 1).trim());
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        if (kind == null) {
          String k = header.get("category");
          if (k == null) {
            throw new PolicySyntaxException(source, n, 0, null,
                "missing '# category:' header before the first entry");
          }
          try {
            kind = ListKind.parse(k);
          } catch (IllegalArgumentException e) {
            throw new PolicySyntaxException(source, 0, 0, null,
                "unknown category in header; expected NAME, SPECIALTY, CONDITION, PROCEDURE,"
                    + " MEDICATION, ALLOW or WORD");
          }
          language = header.getOrDefault("language", "any");
        }
        entries.add(parseEntry(source, n, line, kind, language));
      }
    } catch (IOException e) {
      throw new PolicySyntaxException(source, n + 1, 0, null, "cannot read (not UTF-8?)");
    }
    if (kind == null) {
      String k = header.get("category");
      kind = k == null ? ListKind.CONDITION : ListKind.parse(k);
    }
    return new ListFile(source, header, kind, language, entries);
  }

  /** Parses one {@code term<TAB>tags<TAB>ambiguity} line (tags and ambiguity may be omitted). */
  static Entry parseEntry(String source, int line, String text, ListKind kind, String language) {
    String[] cols = text.split("\t", -1);
    if (cols.length > 3) {
      throw new PolicySyntaxException(source, line, 0, null,
          "expected term<TAB>tags<TAB>ambiguity, found " + cols.length + " columns");
    }
    String term = cols[0].trim();
    if (term.isEmpty()) {
      throw new PolicySyntaxException(source, line, 1, null, "empty term");
    }
    long tags = 0;
    if (cols.length > 1 && !cols[1].isBlank() && !cols[1].trim().equals("-")) {
      int col = term.length() + 2;
      for (String t : cols[1].split(",")) {
        Tag tag = Tag.byName(t.trim());
        if (tag == null) {
          throw new PolicySyntaxException(source, line, col, null,
              "unknown tag (length " + t.trim().length() + "); see dictionaries/README.md");
        }
        tags |= tag.bit();
      }
    }
    float ambiguity = 0f;
    if (cols.length > 2 && !cols[2].isBlank()) {
      try {
        ambiguity = Float.parseFloat(cols[2].trim());
      } catch (NumberFormatException e) {
        ambiguity = -1;
      }
      if (!(ambiguity >= 0f && ambiguity <= 1f)) {
        throw new PolicySyntaxException(source, line, 0, null, "ambiguity must be a number from 0 to 1");
      }
    }
    return new Entry(term, kind, tags, ambiguity, language);
  }
}
