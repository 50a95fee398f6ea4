package dev.redactor.internal.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled list keeps the format of dictionaries/README.md: the header with provenance,
 * sorted and unique terms, normalized text, known tags, ambiguity from 0 to 1 with two decimals at
 * most, no blank lines.
 */
class DictionaryHygieneTest {
  private static final List<String> HEADER_KEYS =
      List.of("category", "language", "source", "license", "retrieved", "curation",
          "normalization", "columns");

  static Stream<String> lists() {
    return DictionaryFiles.bundledIndex().stream().map(row -> row[0]);
  }

  private static List<String> lines(String file) throws IOException {
    try (InputStream in = DictionaryHygieneTest.class.getClassLoader()
        .getResourceAsStream(DictionaryFiles.RESOURCE_DIR + file)) {
      assertNotNull(in, file + " is listed in index.txt but missing");
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.endsWith("\n"), file + ": last line must end with a newline");
      return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
  }

  @ParameterizedTest
  @MethodSource("lists")
  void header_namesProvenance(String file) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String line : lines(file)) {
      if (!line.startsWith("#")) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 1) {
        String key = line.substring(1, colon).trim();
        String value = line.substring(colon + 1).trim();
        assertFalse(value.isEmpty(), file + ": empty header value for " + key);
        keys.add(key);
      }
    }
    for (String k : HEADER_KEYS) {
      assertTrue(keys.contains(k), file + ": header lacks '# " + k + ":'");
    }
  }

  @ParameterizedTest
  @MethodSource("lists")
  void entries_sortedUniqueNormalized(String file) throws IOException {
    String previous = null;
    boolean inHeader = true;
    int n = 0;
    List<String> problems = new ArrayList<>();
    for (String line : lines(file)) {
      n++;
      if (line.startsWith("#")) {
        if (!inHeader) {
          problems.add("line " + n + ": comment after the header");
        }
        continue;
      }
      inHeader = false;
      if (line.isBlank()) {
        problems.add("line " + n + ": blank line");
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        problems.add("line " + n + ": expected 3 tab-separated columns, found " + cols.length);
        continue;
      }
      String term = cols[0];
      if (!term.equals(term.strip()) || term.contains("  ") || term.isEmpty()) {
        problems.add("line " + n + ": spacing");
      }
      if (!term.equals(term.toLowerCase(Locale.ROOT))) {
        problems.add("line " + n + ": not lower case");
      }
      if (!Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
        problems.add("line " + n + ": not NFC");
      }
      if (previous != null && previous.compareTo(term) >= 0) {
        problems.add("line " + n + ": not sorted or duplicate");
      }
      previous = term;
      if (!cols[1].equals("-")) {
        for (String tag : cols[1].split(",")) {
          if (Tag.byName(tag) == null) {
            problems.add("line " + n + ": unknown tag " + tag);
          }
        }
      }
      if (!cols[2].matches("(0|1)(\\.\\d{1,2})?")) {
        problems.add("line " + n + ": ambiguity must be 0 to 1 with two decimals at most");
      } else if (Float.parseFloat(cols[2]) > 1f) {
        problems.add("line " + n + ": ambiguity above 1");
      }
      if (problems.size() > 20) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      fail(file + ":\n  " + String.join("\n  ", problems));
    }
    assertTrue(n > 9, file + " has no entries");
  }

  @ParameterizedTest
  @MethodSource("lists")
  void indexKindAndLanguage_matchTheHeader(String file) {
    DictionaryFiles.ListFile list = DictionaryFiles.bundled(file);
    String[] row = DictionaryFiles.bundledIndex().stream()
        .filter(r -> r[0].equals(file)).findFirst().orElseThrow();
    assertEquals(ListKind.parse(row[1]), list.kind(), file);
    assertEquals(row[2], list.language(), file);
  }
}
