package dev.redactor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every source format: which templates are read, under which key, and that every word of a
 * template points at the place in the file where that word is written, through escapes.
 */
class TemplateReaderTest {

  private static List<Template> read(String content, TemplateFormat format) {
    return TemplateReader.read(SourceFile.of("t", content), format);
  }

  /**
   * Asserts that {@code word}, found in the template, maps to where {@code rawWord} is written in
   * the file (its {@code nth} occurrence), character by character when both are spelt alike.
   */
  private static void assertMapped(Template t, String content, String word, String rawWord) {
    int at = t.text().indexOf(word);
    assertTrue(at >= 0, () -> "template lacks the word: " + word);
    int raw = content.indexOf(rawWord);
    assertTrue(raw >= 0, "file lacks the raw word");
    assertEquals(raw, t.fileOffset(at), () -> "start of " + word);
    assertEquals(raw + rawWord.length(), t.fileEnd(at, at + word.length()), () -> "end of " + word);
    if (word.equals(rawWord)) {
      for (int i = 0; i < word.length(); i++) {
        assertEquals(content.charAt(raw + i), t.text().charAt(t.text().indexOf(word) + i));
        assertEquals(raw + i, t.fileOffset(at + i));
      }
    }
  }

  @Test
  void textOneTemplatePerLineWithoutCommentsOrBlanks() {
    String c = "# header\n\nFirst reminder.\r\n   # indented comment\nSecond reminder.";
    List<Template> ts = read(c, TemplateFormat.TEXT);
    assertEquals(List.of("First reminder.", "Second reminder."),
        ts.stream().map(Template::text).toList());
    assertMapped(ts.get(1), c, "Second", "Second");
  }

  @Test
  void propertiesDecodeEscapesAndFollowContinuations() {
    String c = "! comment\n# another\n"
        + "greeting = Hola Jos\\u00e9, su cita\n"
        + "long.one: Your visit is \\\n"
        + "    on Monday with\\tcare\n"
        + "key\\ with\\ spaces Reminder text\n"
        + "empty=\n";
    List<Template> ts = read(c, TemplateFormat.PROPERTIES);
    assertEquals(3, ts.size());
    assertEquals("greeting", ts.get(0).key());
    assertEquals("Hola José, su cita", ts.get(0).text());
    assertMapped(ts.get(0), c, "José", "Jos\\u00e9");
    assertEquals("Your visit is on Monday with\tcare", ts.get(1).text());
    assertMapped(ts.get(1), c, "Monday", "Monday");
    assertEquals("key with spaces", ts.get(2).key());
    assertEquals("Reminder text", ts.get(2).text());
  }

  @Test
  void propertiesMalformedUnicodeEscapeNamesLineAndColumn() {
    LintException e = assertThrows(LintException.class,
        () -> read("a=ok\nb=bad \\u00zz escape\n", TemplateFormat.PROPERTIES));
    assertEquals(2, e.line());
    assertEquals(7, e.column());
  }

  @Test
  void jsonEveryStringLeafWithItsPointerThroughEscapes() {
    String c = "{\n  \"sms\": {\"a\": \"Say \\\"hi\\\" to Jos\\u00e9 today\", \"n\": 3},\n"
        + "  \"list\": [\"One\", \"12:30\", \"Two\\nlines here\"]\n}";
    List<Template> ts = read(c, TemplateFormat.JSON);
    assertEquals(List.of("/sms/a", "/list/0", "/list/2"), ts.stream().map(Template::key).toList());
    assertEquals("Say \"hi\" to José today", ts.get(0).text());
    assertMapped(ts.get(0), c, "José", "Jos\\u00e9");
    assertMapped(ts.get(0), c, "today", "today");
    assertMapped(ts.get(2), c, "lines", "lines");
  }

  @Test
  void jsonSyntaxErrorHasLineAndColumnButNoText() {
    LintException e = assertThrows(LintException.class,
        () -> read("{\n  \"a\": \"fine\",\n  \"b\": chemotherapy\n}", TemplateFormat.JSON));
    assertEquals(3, e.line());
    assertTrue(e.column() > 0);
    assertFalse(e.getMessage().contains("chemotherapy"), e.getMessage());
  }

  @Test
  void jsonTooDeepIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(5000) + "\"x\"" + "]".repeat(5000);
    LintException e = assertThrows(LintException.class, () -> read(deep, TemplateFormat.JSON));
    assertTrue(e.problem().startsWith("malformed JSON"), e.problem());
  }

  @Test
  void yamlScalarsOfEveryStyle() {
    String c = "plain: Your visit is Monday\n"
        + "double: \"Hola Jos\\u00e9, \\\"bienvenido\\\"\"\n"
        + "single: 'It''s Tuesday'\n"
        + "literal: |\n  Line one here\n  Line two there\n"
        + "folded: >\n  Folded first\n  folded second\n"
        + "list:\n  - Item alpha\n  - 42\n";
    List<Template> ts = read(c, TemplateFormat.YAML);
    assertEquals(List.of("/plain", "/double", "/single", "/literal", "/folded", "/list/0"),
        ts.stream().map(Template::key).toList());
    assertMapped(ts.get(0), c, "Monday", "Monday");
    assertEquals("Hola José, \"bienvenido\"", ts.get(1).text());
    assertMapped(ts.get(1), c, "José", "Jos\\u00e9");
    assertMapped(ts.get(1), c, "bienvenido", "bienvenido");
    assertEquals("It's Tuesday", ts.get(2).text());
    assertMapped(ts.get(2), c, "Tuesday", "Tuesday");
    assertMapped(ts.get(3), c, "two", "two");
    assertEquals("Folded first folded second\n", ts.get(4).text());
    assertMapped(ts.get(4), c, "second", "second");
    assertMapped(ts.get(5), c, "alpha", "alpha");
  }

  @Test
  void yamlAfterAstralCharactersCountsUtf16() {
    // The parser counts columns in code points; offsets must still be UTF-16 indices.
    String c = "a: \"\uD83D\uDE00 hi \uD83D\uDE00\"\nb: \uD83D\uDE00 see you Monday\n";
    List<Template> ts = read(c, TemplateFormat.YAML);
    assertMapped(ts.get(1), c, "Monday", "Monday");
  }

  @Test
  void yamlSyntaxErrorHasLine() {
    LintException e = assertThrows(LintException.class,
        () -> read("a: ok\nb: [unclosed\nc: x\n", TemplateFormat.YAML));
    assertTrue(e.line() >= 2, e.getMessage());
  }

  @Test
  void csvHeaderNamesColumnsAndQuotedCellsMapThroughDoubledQuotes() {
    String c = "id,body,notes\r\n"
        + "1,\"Say \"\"hi\"\" on Monday\",x1\r\n"
        + "2,\"Two\nlines Friday\",\r\n"
        + "3,Plain cell Tuesday,";
    List<Template> ts = read(c, TemplateFormat.CSV);
    List<String> keys = ts.stream().map(Template::key).toList();
    assertEquals(List.of("body (row 2)", "notes (row 2)", "body (row 3)", "body (row 4)"), keys);
    assertEquals("Say \"hi\" on Monday", ts.get(0).text());
    assertMapped(ts.get(0), c, "Monday", "Monday");
    assertMapped(ts.get(2), c, "Friday", "Friday");
    assertMapped(ts.get(3), c, "Tuesday", "Tuesday");
  }

  @Test
  void csvUnclosedQuoteIsAnError() {
    LintException e = assertThrows(LintException.class,
        () -> read("a,b\n1,\"never closed\n", TemplateFormat.CSV));
    assertEquals(2, e.line());
  }

  @Test
  void wholeFileTemplatesDropEngineComments() {
    String c = "{{! staff note: chemo }}{# jinja note #}<#-- ftl note -->Your visit is Monday.";
    Template t = read(c, TemplateFormat.WHOLE_FILE).get(0);
    assertFalse(t.text().contains("chemo"));
    assertFalse(t.text().contains("note"));
    assertMapped(t, c, "Monday", "Monday");
  }

  @Test
  void htmlTextContentEntitiesAndLinkTargets() {
    String c = "<html><head><style>p{color:red}</style><script>var dx='x';</script></head>"
        + "<body><!-- chemo note --><p>Caf&eacute; hours: Dr.&nbsp;Lee sees you "
        + "<b>Monday</b>.</p><a href=\"https://example.org/p?mrn=1234\">portal</a></body></html>";
    Template t = read(c, TemplateFormat.HTML).get(0);
    assertFalse(t.text().contains("color"));
    assertFalse(t.text().contains("var dx"));
    assertFalse(t.text().contains("chemo"));
    // references are left for the engine's normalization, which reads them with exact offsets
    assertTrue(t.text().contains("Caf&eacute; hours: Dr.&nbsp;Lee sees you"), t.text());
    assertMapped(t, c, "Caf&eacute;", "Caf&eacute;");
    assertMapped(t, c, "Monday", "Monday");
    assertMapped(t, c, "https://example.org/p?mrn=1234", "https://example.org/p?mrn=1234");
    assertMapped(t, c, "portal", ">portal<".substring(1, 7));
  }

  @Test
  void markdownKeepsTextAndMailMergeFields() {
    String c = "# Hello <<first_name>>\n\nYour visit is **Monday**. <span>See</span> you.";
    Template t = read(c, TemplateFormat.MARKDOWN).get(0);
    assertTrue(t.text().contains("<<first_name>>"), t.text());
    assertFalse(t.text().contains("span"));
    assertMapped(t, c, "<<first_name>>", "<<first_name>>");
    assertMapped(t, c, "See", "See");
  }

  @Test
  void formatsByFileName() {
    assertEquals(TemplateFormat.HTML, TemplateFormat.forFileName("reminder.html.hbs").get());
    assertEquals(TemplateFormat.MARKDOWN, TemplateFormat.forFileName("a.md.j2").get());
    assertEquals(TemplateFormat.WHOLE_FILE, TemplateFormat.forFileName("sms.mustache").get());
    assertEquals(TemplateFormat.YAML, TemplateFormat.forFileName("CATALOG.YML").get());
    assertTrue(TemplateFormat.forFileName("photo.png").isEmpty());
    assertTrue(TemplateFormat.forFileName("Makefile").isEmpty());
  }
}
