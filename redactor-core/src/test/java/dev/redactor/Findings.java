package dev.redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test helpers: what a verdict found, as the original text of each finding. */
public final class Findings {
  private Findings() {}

  /** The original text of every finding of {@code category}, in order. */
  public static List<String> texts(String text, Verdict v, Category category) {
    List<String> out = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (f.category() == category) {
        out.add(text.substring(f.start(), f.end()));
      }
    }
    return out;
  }

  /** The decision and every finding with its text and span, for assertion messages. */
  public static String describe(String text, Verdict v) {
    StringBuilder sb = new StringBuilder(v.decision().toString());
    for (Finding f : v.findings()) {
      sb.append(String.format(Locale.ROOT, " [%s \"%s\" %s]", f.category(),
          text.substring(f.start(), f.end()), f.span()));
    }
    return sb.toString();
  }
}
