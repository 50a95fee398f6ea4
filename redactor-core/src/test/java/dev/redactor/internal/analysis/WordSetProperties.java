package dev.redactor.internal.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Limits;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link WordSet#containsAny}: a window of tokens, clipped to the message, asked as one. */
class WordSetProperties {

  private static final WordSet VERBS = WordSet.of("check", "mida", "log");

  @Example
  void findsAWordOnlyInsideTheWindow() {
    Tokens t = Analysis.of("Please check your sugar every morning", Limits.defaults()).tokens();
    assertTrue(VERBS.containsAny(t, 0, 2)); // "Please check"
    assertFalse(VERBS.containsAny(t, 2, t.size())); // "your sugar every morning"
    assertFalse(VERBS.containsAny(t, 0, 1)); // the end is exclusive
    assertFalse(VERBS.containsAny(t, 1, 1)); // an empty window
  }

  @Example
  void clipsAWindowThatRunsPastEitherEnd() {
    Tokens t = Analysis.of("Mida su presión. Log it", Limits.defaults()).tokens();
    assertTrue(VERBS.containsAny(t, -3, 1)); // "Mida", from before the start
    assertTrue(VERBS.containsAny(t, t.size() - 2, t.size() + 5)); // "Log", past the end
    assertFalse(VERBS.containsAny(t, t.size(), t.size() + 3));
    assertFalse(VERBS.containsAny(t, -5, 0));
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of("check", "mida", "log", "your", "sugar", "su", "presion", "daily", "3")
        .list().ofMinSize(0).ofMaxSize(12);
  }

  @Property
  void agreesWithAskingEachTokenInTheWindow(@ForAll("words") List<String> words,
      @ForAll @IntRange(min = -4, max = 16) int from, @ForAll @IntRange(min = -4, max = 16) int to) {
    Tokens t = Analysis.of(String.join(" ", words), Limits.defaults()).tokens();
    boolean any = false;
    for (int k = from; k < to; k++) {
      any |= k >= 0 && k < t.size() && VERBS.contains(t, k);
    }
    assertEquals(any, VERBS.containsAny(t, from, to));
  }
}
