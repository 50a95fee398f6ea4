package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The scanner finds exactly the strings a search for each one would find. */
class LiteralScannerTest {

  private static BitSet naive(List<String> strings, int firstId, String text) {
    BitSet out = new BitSet();
    for (int k = 0; k < strings.size(); k++) {
      if (text.contains(strings.get(k))) {
        out.set(firstId + k);
      }
    }
    return out;
  }

  @Property(tries = 500)
  void findsWhatIndexOfFinds(
      @ForAll @Size(min = 1, max = 40) List<@NotEmpty @StringLength(max = 6) @CharRange(from = 'a',
          to = 'd') String> strings,
      @ForAll @StringLength(max = 80) @CharRange(from = 'a', to = 'e') String text) {
    BitSet found = new BitSet();
    new LiteralScanner(strings, 5, false).scan(text, found);
    // a string given twice reports its first id only
    BitSet expected = naive(strings, 5, text);
    for (int k = 0; k < strings.size(); k++) {
      if (strings.indexOf(strings.get(k)) != k) {
        expected.clear(5 + k);
      }
    }
    assertEquals(expected, found);
  }

  @Property(tries = 300)
  void foldsTheTextWhenAsked(
      @ForAll @Size(min = 1, max = 20) List<@NotEmpty @StringLength(max = 5) @CharRange(from = 'j',
          to = 'm') String> strings,
      @ForAll @StringLength(max = 60) @CharRange(from = 'J', to = 'm') String text) {
    List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(strings));
    BitSet found = new BitSet();
    new LiteralScanner(distinct, 0, true).scan(text, found);
    StringBuilder folded = new StringBuilder();
    for (char c : text.toCharArray()) {
      folded.append(RegexLiterals.fold(c));
    }
    assertEquals(naive(distinct, 0, folded.toString()), found);
  }

  @Test
  void overlappingAndNestedStrings() {
    List<String> s = List.of("he", "she", "his", "hers", "ushers");
    BitSet found = new BitSet();
    new LiteralScanner(s, 0, false).scan("ushers", found);
    BitSet expected = new BitSet();
    expected.set(0); // he
    expected.set(1); // she
    expected.set(3); // hers
    expected.set(4); // ushers
    assertEquals(expected, found);
  }

  @Test
  void theKelvinSignAndLongSFoldOntoAscii() {
    BitSet found = new BitSet();
    new LiteralScanner(List.of("kiss", "sky"), 0, true).scan("\u212AI\u017FS and \u017FKY", found);
    assertEquals(2, found.cardinality());
  }

  @Test
  void anEmptyStringIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new LiteralScanner(List.of("ab", ""), 0, false));
  }
}
