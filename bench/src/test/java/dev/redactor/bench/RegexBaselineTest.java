package dev.redactor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The two regex baselines are one pattern written two ways: the trie-factored alternation the
 * side-by-side benchmark times, and the flat alternation a team writes first. Their ratios to
 * Redactor are only comparable if they find the same matches.
 */
class RegexBaselineTest {

  @Property(tries = 300)
  void factoredAndFlat_findTheSameMatches(@ForAll("terms") List<String> terms,
      @ForAll("texts") String text) {
    assertEquals(RegexBaseline.flat(terms).find(text), RegexBaseline.of(terms).find(text),
        () -> "terms " + terms + ", text \"" + text + "\"");
  }

  @Provide
  Arbitrary<List<String>> terms() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> term = Combinators.combine(word, Arbitraries.of("", " ", "-"), word)
        .as((a, sep, b) -> sep.isEmpty() ? a : a + sep + b);
    return term.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.strings().withChars("abcdAB").ofMinLength(1)
        .ofMaxLength(5);
    Arbitrary<String> sep = Arbitraries.of(" ", "  ", "-", ", ", ". ", "\n");
    return Combinators.combine(piece, sep).as((p, s) -> p + s).list().ofMinSize(1)
        .ofMaxSize(10).map(parts -> String.join("", parts));
  }

  /** Case and spacing are matched as the class comment says: any case, any run of spaces. */
  @Test
  void termsMatchInAnyCase_acrossSpaceRuns_butNotInsideWords() {
    RegexBaseline b = RegexBaseline.of(List.of("root canal", "chemo"));
    String text = "Is the ROOT   canal set?";
    int start = text.indexOf("ROOT");
    assertEquals(List.of(new RegexBaseline.Match(start, start + "ROOT   canal".length(),
        RegexBaseline.Kind.TERM)), b.find(text));
    assertTrue(b.find("chemotherapy").isEmpty(), "matched inside a word");
    assertEquals(1, b.find("chemo-").size());
  }
}
