package dev.redactor;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Redactor#check(Message)}: only {@link LimitExceededException} may escape, nothing
 * fails closed (a failed-closed verdict is an internal error, a bug), findings are in bounds and
 * never split a surrogate pair, and a rewrite checks as ALLOW. Run with {@code -Pfuzz} (see
 * redactor-core/pom.xml).
 */
class CheckFuzzer {
  private static final Redactor REDACTOR = Redactor.standard();
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final Channel[] CHANNELS = Channel.values();

  @FuzzTest
  void check_anyMessage_givesAConsistentVerdict(FuzzedDataProvider data) {
    int p = data.consumeInt(-1, PURPOSES.length - 1);
    int c = data.consumeInt(-1, CHANNELS.length - 1);
    String text = data.consumeRemainingAsString();
    Message m = Message.of(text, p < 0 ? null : PURPOSES[p], c < 0 ? null : CHANNELS[c]);
    Verdict v;
    try {
      v = REDACTOR.check(m);
    } catch (LimitExceededException e) {
      return;
    }
    if (v.failedClosed()) {
      // the verdict hides the cause (it may quote the text); run the stages again to surface it
      dev.redactor.internal.analysis.Analysis a = dev.redactor.internal.analysis.Analysis.of(text,
          REDACTOR.limits(), dev.redactor.internal.dict.Dictionaries.of(
              dev.redactor.internal.dict.Lexicons.standard()));
      try {
        dev.redactor.internal.detect.IdentifierDetectors.detect(a,
            dev.redactor.internal.detect.IdentifierDetectors.ALL);
      } catch (RuntimeException e) {
        // fuzz input is random, not PHI: name it so the finding can become a unit test
        throw new AssertionError("failed closed on " + escaped(text), e);
      }
      throw new AssertionError("failed closed: " + v.explanation());
    }
    for (Finding f : v.findings()) {
      if (f.start() < 0 || f.end() > text.length() || f.start() >= f.end()
          || splits(text, f.start()) || splits(text, f.end())) {
        throw new AssertionError("bad span " + f);
      }
    }
    if (v.rewritten().isPresent()) {
      Verdict again = REDACTOR.check(m.withText(v.rewritten().get()));
      if (again.decision() != Decision.ALLOW) {
        throw new AssertionError("rewrite checks as " + again);
      }
    }
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? String.valueOf(c)
          : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    }
    return sb.append('"').toString();
  }

  private static boolean splits(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }
}
