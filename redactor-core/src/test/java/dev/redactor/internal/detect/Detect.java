package dev.redactor.internal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Limits;
import dev.redactor.internal.analysis.Analysis;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: run the identifier detectors and look at what they found. */
final class Detect {
  private Detect() {}

  static List<Detection> all(String text) {
    return IdentifierDetectors.detect(Analysis.of(text, Limits.defaults()));
  }

  /** The texts of the detections of {@code category} in {@code text}. */
  static List<String> found(String text, Category category) {
    List<String> out = new ArrayList<>();
    for (Detection d : all(text)) {
      if (d.category == category) {
        out.add(text.substring(d.start, d.end));
      }
    }
    return out;
  }

  /** The single detection of {@code category}, asserting there is exactly one. */
  static Detection one(String text, Category category) {
    List<Detection> ds = new ArrayList<>();
    for (Detection d : all(text)) {
      if (d.category == category) {
        ds.add(d);
      }
    }
    assertEquals(1, ds.size(), () -> "expected one " + category + " in: " + text + " got " + ds);
    return ds.get(0);
  }

  static void assertFound(String text, Category category, String expected) {
    List<String> f = found(text, category);
    assertTrue(f.contains(expected), () -> "expected " + category + " '" + expected + "' in: "
        + text + " but found " + f + " / all " + all(text));
  }

  static void assertNone(String text, Category category) {
    List<String> f = found(text, category);
    assertTrue(f.isEmpty(), () -> "expected no " + category + " in: " + text + " but found " + f);
  }

  static void assertNothing(String text) {
    List<Detection> ds = all(text);
    assertTrue(ds.isEmpty(), () -> "expected no detection in: " + text + " but found " + ds);
  }
}
