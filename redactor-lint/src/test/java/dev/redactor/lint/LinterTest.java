package dev.redactor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinterTest {
  private static Redactor redactor;
  private static Linter linter;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    redactor = Redactor.standard();
    linter = Linter.builder(redactor).build();
  }

  private static LintReport lintText(String content) {
    return linter.lint("t.txt", content, TemplateFormat.TEXT);
  }

  private static List<String> rules(LintReport r) {
    return r.active().stream().map(LintFinding::ruleId).toList();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** Every placeholder syntax the issue names, in a salutation: each is a NAME finding. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", value = {
    "Hi {{name}}, your visit is Monday. => 4",
    "Hi {{ patient.first_name }}, your visit is Monday. => 4",
    "Hi {name}, your visit is Monday. => 4",
    "Hi ${name}, your visit is Monday. => 4",
    "Hi {0}, your visit is Monday. => 4",
    "Hi {name, select, other {friend}}, your visit is Monday. => 4",
    "Hi %s, your visit is Monday. => 4",
    "Hi %1$s, your visit is Monday. => 4",
    "Hi [NameF], your visit is Monday. => 4",
    "Hi <<first_name>>, your visit is Monday. => 4",
    "Hi *|FNAME|*, your visit is Monday. => 4",
    "Hi %FIRST_NAME%, your visit is Monday. => 4",
  })
  void everyPlaceholderSyntaxInsertingANameIsANameFinding(String template, int column) {
    LintReport r = lintText(template);
    List<LintFinding> names = r.active().stream()
        .filter(f -> f.category() == Category.NAME).toList();
    assertEquals(1, names.size(), () -> r.findings().toString());
    assertEquals("default.patient-name", names.get(0).ruleId());
    assertEquals(Action.REWRITE, names.get(0).action());
    assertEquals(1, names.get(0).line());
    assertEquals(column, names.get(0).column());
    assertEquals(1, r.exitCode(Action.REWRITE));
  }

  @Test
  void placeholdersAreClassifiedByWhatTheyInsert() {
    String first = "Your {{appointment.reason}} with Dr. {{provider_last_name}} is on"
        + " [ApptDate] at {{practice_name}}.";
    LintReport r = lintText(first + "\nReminder: your [ProcedureDescription] is tomorrow.\n");
    int practice = first.indexOf("{{practice_name}}") + 1;
    List<String> found = r.active().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.category() + " " + f.action())
        .collect(Collectors.toList());
    assertEquals(List.of("1:6 PROCEDURE REWRITE", "1:" + practice + " PLACEHOLDER WARN",
        "2:16 PROCEDURE REWRITE"), found);
    // the practice name is a warning: it passes the default threshold...
    LintReport practiceOnly = lintText("Thanks for choosing {{practice_name}}!");
    assertEquals(0, practiceOnly.exitCode(Action.REWRITE));
    // ...and fails a stricter one
    assertEquals(1, practiceOnly.exitCode(Action.WARN));
  }

  @Test
  void cleanTemplatesExitZero() {
    LintReport r = lintText("# comment\nYour appointment is {{appt_date}} at {{appt_time}}.\n"
        + "Call us at {{clinic_phone}} to reschedule.\n");
    assertEquals(List.of(), r.active());
    assertEquals(2, r.templateCount());
    assertEquals(0, r.exitCode(Action.REWRITE));
    assertEquals(0, r.exitCode(Action.WARN));
  }

  @Test
  void failOnThresholds() {
    LintReport r = lintText("Your HbA1c came back at {{a1c_value}}.\nYour {{visit_type}} is"
        + " Monday.\n");
    assertTrue(rules(r).contains("default.result"));
    assertEquals(1, r.exitCode(Action.BLOCK));
    LintReport rewriteOnly = lintText("Your {{visit_type}} is Monday.\n");
    assertEquals(1, rewriteOnly.exitCode(Action.REWRITE));
    assertEquals(0, rewriteOnly.exitCode(Action.BLOCK));
  }

  @Test
  void aTemplateThatCannotBeRewrittenIsReportedAsBlocked() {
    // Everything in it is removable, so nothing worth sending remains: the verdict is BLOCK
    // though no single finding blocks; lint says so, so that --fail-on block still fails.
    LintReport r = lintText("{{first_name}} {{last_name}}\n");
    assertTrue(rules(r).contains("lint.blocked"), rules(r)::toString);
    assertEquals(1, r.exitCode(Action.BLOCK));
  }

  @Test
  void suppressionWithReasonSuppressesOnlyTheNamedRuleOnTheNextTemplate() {
    LintReport r = lintText(
        "# redactor:ignore default.patient-name -- consented to named reminders\n"
            + "Hi {{first_name}}, your {{visit_type}} is Monday.\n"
            + "Hi {{first_name}}, see you Monday.\n");
    List<LintFinding> all = r.findings();
    LintFinding suppressed = all.stream().filter(LintFinding::suppressed).findFirst().orElseThrow();
    assertEquals(2, suppressed.line());
    assertEquals("default.patient-name", suppressed.ruleId());
    assertEquals("consented to named reminders", suppressed.suppression().reason());
    // the procedure on the same line and the name on the next line are not suppressed
    assertEquals(List.of("2:default.procedure", "3:default.patient-name"),
        r.active().stream().map(f -> f.line() + ":" + f.ruleId()).toList());
  }

  @Test
  void suppressionWithoutReasonSuppressesNothingAndIsItselfAFinding() {
    LintReport r = lintText("# redactor:ignore default.patient-name\nHi {{first_name}}!\n");
    assertEquals(List.of("lint.suppression-reason", "default.patient-name"), rules(r));
    assertEquals(1, r.exitCode(Action.BLOCK));
  }

  @Test
  void suppressionNamingAnUnknownRuleOrSuppressingNothingIsReported() {
    LintReport r = lintText("# redactor:ignore default.name-in-reminder -- old rule id\n"
        + "Hi {{first_name}}!\n"
        + "# redactor:ignore default.result -- nothing to suppress here\n"
        + "See you Monday.\n");
    assertEquals(List.of("lint.suppression-unknown-rule", "default.patient-name",
        "lint.suppression-unused"), rules(r));
  }

  @Test
  void suppressionPatternsAndYamlTrailingComments() {
    LintReport r = linter.lint("c.yaml",
        "a: \"Hi {{first_name}}, your {{visit_type}} is Monday\"  # redactor:ignore default.* -- demo\n"
            + "b: \"Hi {{first_name}}\"\n",
        TemplateFormat.YAML);
    assertEquals(2, r.findings().stream().filter(LintFinding::suppressed).count());
    assertEquals(List.of("default.patient-name"), rules(r));
  }

  @Test
  void suppressionInAWholeFileTemplateCoversTheFile() {
    LintReport r = linter.lint("e.html", "<!-- redactor:ignore default.patient-name -- named"
        + " e-mails are consented -->\n<p>Dear {{first_name}},</p>\n<p>See you {{appt_date}}.</p>",
        TemplateFormat.HTML);
    assertEquals(List.of(), r.active());
    assertEquals(1, r.findings().size());
    assertTrue(r.findings().get(0).suppressed());
    assertEquals(2, r.findings().get(0).line());
    assertEquals(9, r.findings().get(0).column());
  }

  @Test
  void walksDirectoriesByFormatSkippingHiddenAndBuildDirectories() throws IOException {
    write("templates/sms.txt", "Hi {{first_name}}!\n");
    write("templates/catalog.json", "{\"a\": \"Your {{visit_type}} is Monday\"}");
    write("templates/notes.bin", "Hi {{first_name}}!\n");
    write("templates/.hidden/x.txt", "Hi {{first_name}}!\n");
    write("templates/target/x.txt", "Hi {{first_name}}!\n");
    write("templates/node_modules/x.txt", "Hi {{first_name}}!\n");
    LintReport r = Linter.builder(redactor).baseDirectory(dir).build()
        .lint(List.of(dir.resolve("templates")));
    assertEquals(2, r.fileCount());
    assertEquals(List.of("templates/catalog.json", "templates/sms.txt"),
        r.active().stream().map(LintFinding::path).distinct().toList());
    assertEquals("/a", r.active().get(0).key());
  }

  @Test
  void includesExcludesAndExplicitFiles() throws IOException {
    write("t/a.txt", "Hi {{first_name}}!\n");
    write("t/drafts/b.txt", "Hi {{first_name}}!\n");
    write("t/c.yaml", "x: Hi {{first_name}}!\n");
    write("t/notes.tmpl.bak", "Hi {{first_name}}!\n");
    Linter onlyText = Linter.builder(redactor).baseDirectory(dir).include("**/*.txt")
        .exclude("drafts/**").build();
    LintReport r = onlyText.lint(List.of(dir.resolve("t")));
    assertEquals(List.of("t/a.txt"), r.active().stream().map(LintFinding::path).toList());
    // a file named directly is linted even with an unknown extension (as plain text)
    LintReport direct = onlyText.lint(List.of(dir.resolve("t/notes.tmpl.bak")));
    assertEquals(1, direct.active().size());
  }

  @Test
  void aBrokenFileIsAnErrorAndTheOthersAreStillLinted() throws IOException {
    write("a.json", "{\"a\": \"Hi {{first_name}}\",, }");
    write("b.txt", "Hi {{first_name}}!\n");
    Files.write(dir.resolve("c.txt"), new byte[] {'H', 'i', ' ', (byte) 0xC3, (byte) 0x28});
    LintReport r = Linter.builder(redactor).baseDirectory(dir).build()
        .lint(List.of(dir, dir.resolve("missing.txt")));
    assertEquals(List.of("a.json", "c.txt", "missing.txt"),
        r.errors().stream().map(LintException::path).toList());
    assertEquals(1, r.errors().get(0).line());
    assertTrue(r.errors().get(1).problem().contains("not valid UTF-8 (at byte 3)"),
        r.errors().get(1).problem());
    assertEquals("no such file or directory", r.errors().get(2).problem());
    assertEquals(List.of("b.txt"), r.active().stream().map(LintFinding::path).toList());
    assertEquals(2, r.exitCode(Action.REWRITE));
  }

  @Test
  void anOversizedTemplateIsAnError() {
    Redactor small = Redactor.builder().limits(dev.redactor.Limits.builder().maxMessageLength(20)
        .build()).build();
    LintReport r = Linter.builder(small).build().lint("t.txt",
        "Short and fine.\nThis template is rather longer than twenty characters.\n",
        TemplateFormat.TEXT);
    assertEquals(1, r.errors().size());
    assertEquals(2, r.errors().get(0).line());
    assertTrue(r.errors().get(0).problem().contains("over the limit of 20"));
  }

  @Test
  void fingerprintsSurviveLineMovesAndChangeWithTheTemplate() {
    String template = "Hi {{first_name}}, your {{visit_type}} is Monday.";
    LintReport before = lintText(template + "\n");
    LintReport moved = lintText("# a new comment\n\nOther line is fine.\n" + template + "\n");
    LintReport edited = lintText("Hi {{first_name}}, your {{visit_type}} is Tuesday.\n");
    List<String> fp = before.active().stream().map(LintFinding::fingerprint).toList();
    assertEquals(2, fp.size());
    assertNotEquals(fp.get(0), fp.get(1));
    assertEquals(fp, moved.active().stream().map(LintFinding::fingerprint).toList());
    assertNotEquals(fp, edited.active().stream().map(LintFinding::fingerprint).toList());
    // two identical templates in one file are two findings, with two fingerprints
    LintReport twice = lintText("Hi {{first_name}}!\nHi {{first_name}}!\n");
    assertEquals(2, twice.active().stream().map(LintFinding::fingerprint).distinct().count());
  }

  @Test
  void baselineRoundTripOnlyNewFindingsFail() throws IOException {
    LintReport first = lintText("Hi {{first_name}}!\nYour {{visit_type}} is Monday.\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Baseline.write(first, out);
    Path file = write("baseline.json", out.toString(StandardCharsets.UTF_8));
    Baseline baseline = Baseline.read(file);
    assertEquals(2, baseline.fingerprints().size());

    LintReport same = lintText("# moved\nHi {{first_name}}!\nYour {{visit_type}} is Monday.\n")
        .withBaseline(baseline);
    assertEquals(List.of(), same.active());
    assertEquals(0, same.exitCode(Action.REWRITE));

    LintReport grown = lintText("Hi {{first_name}}!\nYour {{visit_type}} is Monday.\n"
        + "Your {{med_name}} is ready.\n").withBaseline(baseline);
    assertEquals(List.of("default.medication"), rules(grown));
    assertEquals(1, grown.exitCode(Action.REWRITE));

    LintReport fixed = lintText("Hi there!\nYour {{visit_type}} is Monday.\n")
        .withBaseline(baseline);
    assertEquals(1, fixed.staleBaselineEntries());
    assertTrue(ReportFormat.summary(fixed, Action.REWRITE)
        .contains("1 baseline entry no longer found"));
  }

  @Test
  void malformedBaselineIsAClearError() throws IOException {
    Path bad = write("b.json", "[not a baseline");
    LintException e = org.junit.jupiter.api.Assertions.assertThrows(LintException.class,
        () -> Baseline.read(bad));
    assertTrue(e.problem().startsWith("malformed baseline"), e.problem());
    assertNotNull(e.path());
  }

  @Test
  void reportsNeverQuoteTheTemplate() throws IOException {
    String secret = "Zebulon Quartermaine";
    LintReport r = lintText("Dear " + secret + ", your chemotherapy starts Monday.\n");
    assertFalse(r.active().isEmpty());
    for (ReportFormat f : ReportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      f.write(r, linter, Action.REWRITE, "test", out);
      String text = out.toString(StandardCharsets.UTF_8);
      assertFalse(text.contains("Zebulon") || text.contains("chemotherapy"), f + ": " + text);
    }
    for (LintFinding x : r.findings()) {
      assertFalse(x.toString().contains("Zebulon"));
      assertNull(x.suppression());
    }
  }

  @Test
  void textFormatIsCompilerStyle() throws IOException {
    LintReport r = lintText("Fine line.\nHi {{first_name}}!\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.TEXT.write(r, linter, Action.REWRITE, "test", out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[0].startsWith("t.txt:2:4: rewrite default.patient-name: "), lines[0]);
    assertTrue(lines[0].endsWith("[NAME]"), lines[0]);
    assertEquals("redactor lint: 1 file, 2 templates; 1 finding at or above rewrite", lines[1]);
  }

  @Test
  void githubFormatAnnotatesTheLine() throws IOException {
    LintReport r = linter.lint("dir/a,b.txt", "Fine line.\nHi {{first_name}}!\n",
        TemplateFormat.TEXT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.GITHUB.write(r, linter, Action.REWRITE, "test", out);
    String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("::error file=dir/a%2Cb.txt,line=2,col=4,endLine=2,endColumn=18,"
        + "title=default.patient-name::"), first);
    assertTrue(first.endsWith("[NAME]"), first);
  }

  @Test
  void aTermHiddenBehindCharacterReferencesIsFoundWhereItIsWritten() {
    String html = "<p>Your ch&#101;mo is on {{appt_date}}.</p>";
    LintReport r = linter.lint("e.html", html, TemplateFormat.HTML);
    List<LintFinding> found = r.active();
    assertEquals(List.of("default.procedure"), rules(r));
    assertEquals(html.indexOf("ch&#101;mo") + 1, found.get(0).column());
    assertEquals(html.indexOf("ch&#101;mo") + "ch&#101;mo".length() + 1, found.get(0).endColumn());
  }

  @Test
  void findingsSayTheRulesOwnSentenceWithoutTheCheckVerdict() {
    String yaml = "id: practice\nextends: default\n"
        + "dictionaries:\n  add:\n    PROCEDURE:\n      - {term: session}\nrules:\n"
        + "  - id: practice.no-session\n"
        + "    summary: Session names therapy\n"
        + "    when: {term: [session]}\n"
        + "    action: block\n"
        + "    explanation: Say appointment instead of session\n";
    Redactor practice = Redactor.builder().policy("practice.yaml", new java.io.StringReader(yaml))
        .build();
    LintReport r = Linter.builder(practice).build().lint("t.txt",
        "Your session is {{appt_date}}.\nHi {{first_name}}!\n", TemplateFormat.TEXT);
    assertEquals(List.of("Say appointment instead of session.",
        "A patient's or family member's name is not needed."),
        r.active().stream().map(LintFinding::message).toList());
  }
}
