package dev.redactor.internal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Limits;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.dict.Lexicons;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Detectors that look back over the message (practice names against the dictionary matches, an
 * organization's shortened name against the organizations seen) find the same things at the end
 * of a long document as near its start: they look where they must, not only nearby.
 */
class LongDocumentDetectionTest {
  private static final String PARAGRAPH =
      "Your visit at Harbor Behavioral Health is on Monday. Cedar Valley Family Practice thanks"
          + " you, and the Cedar Valley team will call. Results from Summit Cancer Center are in"
          + " the portal. Gracias por visitar Urgencias 24 Horas San Jorge.\n";

  private static final int REPEATS = 400;

  @Test
  void everyRepeatOfAParagraphGetsTheSameDetections() {
    String doc = PARAGRAPH.repeat(REPEATS);
    Limits limits = Limits.builder().maxTokens(1 << 20).maxMessageLength(1 << 22).build();
    List<Detection> all = IdentifierDetectors.detect(Analysis.of(doc, limits, Lexicons.standard()));
    int len = PARAGRAPH.length();
    List<List<String>> byRepeat = new ArrayList<>();
    for (int r = 0; r < REPEATS; r++) {
      byRepeat.add(new ArrayList<>());
    }
    for (Detection d : all) {
      int r = d.start / len;
      byRepeat.get(r).add((d.start - r * len) + "-" + (d.end - r * len) + " " + d.category + " "
          + d.kind);
    }
    List<String> second = byRepeat.get(1);
    for (int r = 2; r < REPEATS; r++) {
      assertEquals(second, byRepeat.get(r), "repeat " + r);
    }
    for (String name : List.of("Harbor Behavioral Health", "Summit Cancer Center",
        "Urgencias 24 Horas San Jorge")) {
      int at = PARAGRAPH.indexOf(name);
      String span = at + "-" + (at + name.length()) + " " + Category.SPECIALTY + " practice-name";
      assertTrue(byRepeat.get(REPEATS - 1).contains(span),
          () -> "no practice name at " + span + " in the last repeat: " + byRepeat.get(REPEATS - 1));
    }
  }
}
