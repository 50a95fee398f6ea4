package dev.redactor.internal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Context.Phrases} finds a phrase exactly when a search for each phrase would. */
class ContextPhrasesTest {
  private static final String ALPHABET = " aby'ou";

  @Test
  void agreesWithASearchForEachPhrase() {
    Random r = new Random(7);
    for (int list = 0; list < 200; list++) {
      String[] phrases = new String[1 + r.nextInt(12)];
      for (int k = 0; k < phrases.length; k++) {
        phrases[k] = random(r, r.nextInt(5)); // lengths 0 to 4: empty and one-char ones too
      }
      Context.Phrases indexed = new Context.Phrases(phrases);
      for (int t = 0; t < 200; t++) {
        String window = random(r, r.nextInt(30));
        boolean naive = false;
        for (String p : phrases) {
          naive |= window.contains(p);
        }
        assertEquals(naive, indexed.in(window.toCharArray(), window.length()),
            () -> "window '" + window + "' phrases " + String.join("|", phrases));
      }
    }
  }

  private static String random(Random r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
