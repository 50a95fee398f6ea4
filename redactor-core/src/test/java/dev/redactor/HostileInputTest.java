package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input at the API and at policy loading: one clear error naming what and where (never the
 * text), or a verdict — never a crash, a hang or an ALLOW for a message that hides something.
 */
class HostileInputTest {
  private static final Redactor REDACTOR = Redactor.standard();

  private static void assertSpansInBoundsAndWhole(String text, Verdict v) {
    for (Finding f : v.findings()) {
      assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), f::toString);
      for (int at : new int[] {f.start(), f.end()}) {
        assertFalse(at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
            && Character.isLowSurrogate(text.charAt(at)), () -> "splits a surrogate pair: " + f);
      }
    }
  }

  @Test
  void check_loneSurrogates_areCheckedNotCrashed() {
    for (String text : new String[] {"\uD800", "\uDC00", "x\uD800y", "Your ch\uD800emo is Monday.",
        "\uDC00Your chemo is Monday at 9am.\uD800", "SSN 123-45-6789 \uDBFF"}) {
      Verdict v = REDACTOR.check(text);
      assertFalse(v.failedClosed(), () -> "failed closed on a lone surrogate: " + v);
      assertSpansInBoundsAndWhole(text, v);
      if (text.contains("emo") || text.contains("SSN")) {
        assertNotEquals(Decision.ALLOW, v.decision(), v::toString);
      }
      v.rewritten().ifPresent(r -> assertEquals(Decision.ALLOW, REDACTOR.check(r).decision()));
    }
  }

  @Test
  void check_everyControlCharacterInsideATerm_isStillFound() {
    for (char c = 0; c < 0xA0; c = c == 0x1F ? 0x7F : (char) (c + 1)) {
      if (c == '\t' || c == '\n' || c == '\r' || c == ' ') {
        continue;
      }
      String text = "Your ch" + c + "emo is Monday at 9am.";
      Verdict v = REDACTOR.check(text);
      assertEquals(Decision.REWRITE, v.decision(), "U+" + Integer.toHexString(c));
      assertEquals(5, v.findings().get(0).start());
      assertEquals(11, v.findings().get(0).end());
    }
  }

  /*
   * One character that folds into two tokens ("½" is "1/2"), widened by a combining mark
   * after it: adjacent tokens share their source, and the text "between" them had a negative
   * length, a StringIndexOutOfBoundsException and a failed-closed BLOCK (found by CheckFuzzer;
   * its input is kept under CheckFuzzerInputs).
   */
  @Test
  void check_characterFoldingIntoTwoTokens_isCheckedNotFailedClosed() {
    for (String text : new String[] {"Your A1c is \u00BD\u05A4 today.", "A1c=\u00BD\u0301",
        "\uF26DA1c\u0013is \u0B8D\u0690\u00BD\u05A4=4", "Your A1c is \u00BD today.",
        "INR \u2154. Call us.", "Dr. Wei\u00DF, your A1c \u00BD",
        "\u0001\u0002i aMria95;hRmR\u0000\u06923 \u202eomeh\nA\n\uf26dA1c\u0013is cumpleanosanos"
            + "\u0b8d\u0690\u00bd\u05a4=4call 617-555-5-007"}) {
      Verdict v = REDACTOR.check(text);
      assertFalse(v.failedClosed(), () -> text + " -> " + v.explanation());
      assertSpansInBoundsAndWhole(text, v);
    }
  }

  /*
   * A drug name, an ideograph and the drug again after an invisible or unpaired character: the
   * token before the second name ends past the first name's span, the text between the tokens
   * is empty, and a check for a hyphen read its first character (found by a random-text fuzz of
   * 300,000 messages; a StringIndexOutOfBoundsException and a failed-closed BLOCK).
   */
  @Test
  void check_drugIdeographDrugAfterAnInvisibleCharacter_isCheckedNotFailedClosed() {
    for (String text : new String[] {"\u200bB12\u4e18B12", "\udc00B12\u8836B12",
        "\ud800B12\u4e18B12", "\udc00 B12\u4e18B12", "\udc00Ozempic\u4e18Ozempic"}) {
      Verdict v = REDACTOR.check(text);
      assertFalse(v.failedClosed(), () -> text + " -> " + v.explanation());
      assertSpansInBoundsAndWhole(text, v);
    }
  }

  /*
   * "below the" ending the text: the cutoff rule read the token after the article, one past the
   * last (an ArrayIndexOutOfBoundsException and a failed-closed BLOCK, found reading the change
   * that added the rule).
   */
  @Test
  void check_aSideOfACutoffEndingTheText_isCheckedNotFailedClosed() {
    for (String text : new String[] {"Your screening score fell below the",
        "Your screening score fell below", "Sus resultados quedaron debajo del"}) {
      Verdict v = REDACTOR.check(text);
      assertFalse(v.failedClosed(), () -> text + " -> " + v.explanation());
      assertSpansInBoundsAndWhole(text, v);
    }
  }

  @Test
  void check_nulInsideAnSsn_stillBlocks() {
    assertEquals(Decision.BLOCK, REDACTOR.check("SSN 123-45\u0000-6789").decision());
    assertEquals(Decision.BLOCK, REDACTOR.check("\u0000\u0000SSN 123-45-6789\u0000").decision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\t", "\u200B", "\u00A0\u3000\u2028", "\u0000", "\uFEFF"})
  void check_emptyWhitespaceOrInvisibleOnly_isAllowedWithoutFindings(String text) {
    Verdict v = REDACTOR.check(text);
    assertEquals(Decision.ALLOW, v.decision());
    assertTrue(v.findings().isEmpty());
    assertFalse(v.failedClosed());
  }

  @Test
  void check_tenMegabyteMessage_isRejectedWithTheLimitAndNoText() {
    String big = "chemo ".repeat(10 * 1024 * 1024 / 6);
    LimitExceededException e = assertThrows(LimitExceededException.class,
        () -> REDACTOR.check(big));
    assertEquals("message length " + big.length() + " exceeds the maximum "
        + Limits.DEFAULT_MAX_MESSAGE_LENGTH + " (set by Limits.Builder.maxMessageLength)",
        e.getMessage());
    assertThrows(LimitExceededException.class, () -> REDACTOR.redact(big));
  }

  @Test
  void check_messageAtALimit_isChecked() {
    String unit = "Your chemo is Monday. ";
    int limit = 20 * unit.length() * 50;
    String text = unit.repeat(limit / unit.length());
    Redactor r = Redactor.builder().limits(Limits.builder().maxMessageLength(limit).build())
        .build();
    Verdict v = r.check(text);
    assertNotEquals(Decision.ALLOW, v.decision());
    assertFalse(v.failedClosed());
    assertSpansInBoundsAndWhole(text, v);
  }

  /** "chemo" is rewritten to the longer "appointment": the rewrite no longer fits the limit. */
  @Test
  void check_rewriteLongerThanTheLimit_blocksInsteadOfThrowing() {
    String text = "Your chemo is Monday. ".repeat(40);
    Redactor r = Redactor.builder()
        .limits(Limits.builder().maxMessageLength(text.length()).build()).build();
    Verdict v = r.check(text);
    assertEquals(Decision.BLOCK, v.decision());
    assertTrue(v.explanation().contains("over the message limits"), v.explanation());
  }

  @Test
  void check_nullText_isRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> REDACTOR.check((String) null));
    assertEquals("text", e.getMessage());
  }

  /*
   * Catastrophic backtracking: "(a+)+$" against "aaaa...a!" takes 2^n steps in a backtracking
   * engine such as java.util.regex (doubling with every extra "a", so minutes already at
   * n = 35; this uses n = 200,000).
   * RE2/J runs it in linear time. The timeout is a hang guard, not a performance assertion.
   */
  @Test
  void policyRegex_catastrophicPattern_runsInLinearTime() {
    Redactor r = Redactor.builder().policy("evil.yaml", new StringReader(
        "id: evil\nextends: default\nrules:\n"
            + "  - {id: evil.nested, summary: nested quantifiers, scope: message, action: warn,"
            + " when: {regex: '(a+)+$'}}\n"
            + "  - {id: evil.alternation, summary: overlapping alternation, scope: message,"
            + " action: warn, when: {regex: '^(a|aa|aaa)*b'}}\n"
            + "  - {id: evil.finding, summary: on every finding, action: warn,"
            + " when: {regex: '(x+x+)+y'}}\n")).build();
    String text = "a".repeat(200_000) + "! Your chemo is Monday.";
    Verdict v = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> r.check(text));
    assertFalse(v.failedClosed());
    assertEquals(Decision.REWRITE, v.decision());
  }

  @Test
  void policy_backreferencesAndLookarounds_areRejectedWhenParsed() {
    for (String regex : new String[] {"(a)\\\\1", "(?=a)", "(?<=a)b", "a{1,100000}"}) {
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> Redactor.builder().policy("p.yaml", new StringReader("id: p\nrules:\n"
              + "  - {id: p.r, summary: s, action: warn, when: {regex: \"" + regex + "\"}}\n"))
              .build(), regex);
      assertTrue(e.getMessage().startsWith("p.yaml:3:"), e.getMessage());
      assertTrue(e.getMessage().contains("rule p.r"), e.getMessage());
    }
  }

  @Test
  void policy_deeplyNestedYaml_isRejectedWithLineAndColumn() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
        () -> Redactor.builder().policy("deep.yaml", new StringReader("id: a\nrules: " + deep))
            .build());
    assertTrue(e.getMessage().startsWith("deep.yaml:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
  }

  @Test
  void policy_hugeYaml_isRejected() {
    StringBuilder sb = new StringBuilder("id: big\nallow:\n");
    while (sb.length() < 9 << 20) {
      sb.append("  - \"Sunshine Family Clinic number ").append(sb.length()).append("\"\n");
    }
    PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
        () -> Redactor.builder().policy("big.yaml", new StringReader(sb.toString())).build());
    assertTrue(e.getMessage().startsWith("big.yaml:"), e.getMessage());
  }

  @Test
  void policy_aliasBomb_isRejectedNotExpanded() {
    StringBuilder sb = new StringBuilder("id: bomb\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 12; i++) {
      sb.append("x").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 9; k++) {
        sb.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    PolicySyntaxException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(PolicySyntaxException.class,
            () -> Redactor.builder().policy("bomb.yaml", new StringReader(sb.toString())).build()));
    assertTrue(e.getMessage().startsWith("bomb.yaml:"), e.getMessage());
  }

  @Test
  void policy_extendsCycles_ofOneAndThreeFiles_areErrors(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("self.yaml"), "id: self\nextends: self.yaml\n",
        java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(dir.resolve("a.yaml"), "id: a\nextends: b.yaml\n",
        java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(dir.resolve("b.yaml"), "id: b\nextends: [default, c.yaml]\n",
        java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(dir.resolve("c.yaml"), "id: c\nextends: a.yaml\n",
        java.nio.charset.StandardCharsets.UTF_8);
    for (String f : new String[] {"self.yaml", "a.yaml"}) {
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> Redactor.builder().policyFile(dir.resolve(f)).build());
      assertTrue(e.getMessage().contains("'extends' forms a cycle"), e.getMessage());
      assertTrue(e.getMessage().contains(":1:"), e.getMessage());
    }
  }

  @Test
  void policy_unknownKeysAtEveryLevel_areErrorsNamingTheKey() {
    String[] docs = {
      "id: a\nrulez: []\n",
      "id: a\nrules:\n  - {id: a.r, summary: s, action: warn, actoin: block}\n",
      "id: a\nrules:\n  - {id: a.r, summary: s, action: warn, when: {categroy: NAME}}\n",
      "id: a\ndictionaries: {ad: {}}\n",
      "id: a\nrules:\n  - {id: a.r, summary: s, action: warn, examples: {allw: [hi]}}\n",
    };
    String[] keys = {"rulez", "actoin", "categroy", "ad", "allw"};
    for (int i = 0; i < docs.length; i++) {
      String doc = docs[i];
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> Redactor.builder().policy("k.yaml", new StringReader(doc)).build());
      assertTrue(e.getMessage().startsWith("k.yaml:"), e.getMessage());
      assertTrue(e.getMessage().contains("'" + keys[i] + "'"), e.getMessage());
    }
  }

  @Test
  void policy_invalidUtf8File_isAnErrorNamingTheFile(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path f = dir.resolve("bad.yaml");
    java.nio.file.Files.write(f, new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
        () -> Redactor.builder().policyFile(f).build());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }
}
