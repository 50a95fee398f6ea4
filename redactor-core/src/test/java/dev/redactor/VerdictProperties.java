package dev.redactor;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of every verdict, over messages stitched from clinical words, names, identifiers,
 * fillers, emoji, invisible characters and lone surrogates: the same message always gets the same
 * verdict (also from another engine instance); findings are sorted, inside the text and never
 * split a surrogate pair; nothing fails closed; a rewrite checks as ALLOW.
 */
class VerdictProperties {
  private static final Redactor SHARED = Redactor.standard();
  private static final Redactor OTHER = Redactor.builder().build();

  private static final String[] PIECES = {
    "Your", "your", "appointment", "is", "Monday", "at", "9am", "with", "Dr.", "Patel", "Hi",
    "Maria,", "chemo", "ch3mo", "c h e m o", "colonoscopy", "mammogram", "HIV", "test", "PrEP",
    "sertraline", "refill", "ready", "for", "pickup", "diabetes", "came", "back", "positive",
    "A1c", "7.2", "SSN", "123-45-6789", "617-555-0142", "call", "us", "We", "have", "cell", "as",
    "MRN", "00482913", "DOB", "03/14/1962", "https://example.org/x?id=42", "a@b.com", "92-year-old",
    "cita", "quimioterapia", "el", "lunes", ".", ",", "!", "\n", "\uD83D\uDE00", "\u200B", "\u00AD",
    "\u202E", "\uD800", "\uDC00", "&#99;hemo", "ch%65mo", "\u0441hemo", "ＣＨＥＭＯ", "", "  "
  };

  @Provide
  Arbitrary<String> messages() {
    return Arbitraries.of(PIECES).list().ofMaxSize(25).map(parts -> {
      StringBuilder sb = new StringBuilder();
      for (String p : parts) {
        sb.append(p).append(p.isEmpty() || p.equals("\u200B") ? "" : " ");
      }
      return sb.toString();
    });
  }

  @Property(tries = 300)
  boolean check_isDeterministic_acrossCallsAndInstances(@ForAll("messages") String text) {
    Verdict v = SHARED.check(text);
    Statistics.label("decision").collect(v.decision());
    return v.equals(SHARED.check(text)) && v.equals(OTHER.check(text));
  }

  @Property(tries = 300)
  boolean findings_areSortedInBoundsAndNeverSplitASurrogatePair(@ForAll("messages") String text) {
    List<Finding> fs = SHARED.check(text).findings();
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      if (f.start() < 0 || f.start() >= f.end() || f.end() > text.length()) {
        return false;
      }
      if (splits(text, f.start()) || splits(text, f.end())) {
        return false;
      }
      if (i > 0 && fs.get(i - 1).span().compareTo(f.span()) > 0) {
        return false;
      }
      if (f.span().cpStart() != text.codePointCount(0, f.start())
          || f.span().cpEnd() != text.codePointCount(0, f.end())) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 300)
  boolean check_neverFailsClosed_andARewriteChecksAsAllow(@ForAll("messages") String text) {
    Verdict v = SHARED.check(text);
    if (v.failedClosed()) {
      return false;
    }
    return v.rewritten().map(r -> SHARED.check(r).decision() == Decision.ALLOW).orElse(true);
  }

  private static boolean splits(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }
}
