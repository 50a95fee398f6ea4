package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** toString() of every value type and every exception message is free of message text. */
class NoTextLeakTest {
  private static final String SECRET_PHONE = "617-555-0142";
  private static final String TEXT =
      "We have your cell as " + SECRET_PHONE + ", SSN 123-45-6789, MRN 00482913.";

  private static void assertClean(String s) {
    for (String secret : List.of(SECRET_PHONE, "6789", "00482913", "cell")) {
      assertFalse(s.contains(secret), () -> "leaked '" + secret + "' in: " + s);
    }
  }

  @Test
  void valueTypes() {
    Verdict v = Redactor.standard().check(TEXT);
    assertClean(v.toString());
    assertClean(v.explanation());
    for (Finding f : v.findings()) {
      assertClean(f.toString());
      assertClean(f.span().toString());
      assertClean(f.explanation());
    }
    assertClean(Message.of(TEXT, Purpose.REMINDER, Channel.SMS).toString());
    assertClean(Redactor.standard().redact(TEXT).toString());
  }

  @Test
  void rewriteVerdict_toStringHidesTheRewrite() {
    Verdict v = Redactor.standard().check("We have your cell as " + SECRET_PHONE + ". Thanks!");
    assertClean(v.toString());
    assertFalse(v.toString().contains("Thanks"));
  }

  @Test
  void exceptions() {
    Verdict v = Redactor.standard().check(TEXT);
    assertClean(new MessageBlockedException(v).getMessage());
    try {
      Redactor.builder().limits(Limits.builder().maxMessageLength(5).build()).build().check(TEXT);
    } catch (LimitExceededException e) {
      assertClean(e.getMessage());
    }
  }
}
