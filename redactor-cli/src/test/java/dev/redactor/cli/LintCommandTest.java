package dev.redactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redactor lint} as CI runs it: exit codes, formats, baselines, settings, bad input. */
class LintCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void cleanFindingsAndErrorExitCodes() throws IOException {
    write("t/ok.txt", "Your appointment is {{appt_date}} at {{appt_time}}.\n");
    CliRun clean = run("lint", "--no-config", dir.resolve("t").toString());
    assertEquals(0, clean.exit(), clean.out() + clean.err());
    assertTrue(clean.out().contains("0 findings at or above rewrite"), clean.out());

    write("t/bad.txt", "Hi {{first_name}}, your {{visit_type}} is Monday.\n");
    CliRun dirty = run("lint", "--no-config", dir.resolve("t").toString());
    assertEquals(1, dirty.exit());
    assertTrue(dirty.out().contains("bad.txt:1:4: rewrite default.patient-name: "), dirty.out());

    assertEquals(0, run("lint", "--no-config", "--fail-on", "block",
        dir.resolve("t").toString()).exit());

    write("t/broken.yaml", "a: [unclosed\n");
    CliRun broken = run("lint", "--no-config", dir.resolve("t").toString());
    assertEquals(2, broken.exit());
    assertTrue(broken.out().contains("broken.yaml:"), broken.out());
    assertTrue(broken.out().contains("bad.txt:1:4"), "the other files are still linted");
  }

  @Test
  void usageAndPolicyErrorsExitTwoWithOneLine() throws IOException {
    write("t/a.txt", "Hi!\n");
    CliRun failOn = run("lint", "--no-config", "--fail-on", "sometimes", dir.toString());
    assertEquals(2, failOn.exit());
    assertEquals("redactor: error: --fail-on must be warn, rewrite or block",
        failOn.err().strip());
    CliRun format = run("lint", "--no-config", "--format", "xml", dir.toString());
    assertEquals(2, format.exit());
    Path policy = write("p.yaml", "id: broken\nrules:\n  - id: x\n    when: {category: NOPE}\n"
        + "    action: block\n");
    CliRun badPolicy = run("lint", "--no-config", "--policy", policy.toString(), dir.toString());
    assertEquals(2, badPolicy.exit());
    assertTrue(badPolicy.err().contains("p.yaml"), badPolicy.err());
    assertEquals(1, badPolicy.err().strip().lines().count(), badPolicy.err());
    CliRun missingBaseline = run("lint", "--no-config", "--baseline",
        dir.resolve("nope.json").toString(), dir.toString());
    assertEquals(2, missingBaseline.exit());
    assertTrue(missingBaseline.err().contains("baseline file not found"));
  }

  @Test
  void sarifToAFileWithTheSummaryOnStderr() throws IOException {
    write("t/a.json", "{\"sms\": \"Hi {{first_name}}!\"}");
    Path out = dir.resolve("out.sarif");
    CliRun r = run("lint", "--no-config", "--format", "sarif", "-o", out.toString(),
        dir.resolve("t").toString());
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("redactor lint: 1 file, 1 template; 1 finding"), r.err());
    JsonNode log = new ObjectMapper().readTree(out.toFile());
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals("/sms", log.at("/runs/0/results/0/locations/0/logicalLocations/0"
        + "/fullyQualifiedName").asText());
  }

  @Test
  void writeBaselineThenOnlyNewFindingsFail() throws IOException {
    Path t = write("t/a.txt", "Hi {{first_name}}!\n");
    Path baseline = dir.resolve("baseline.json");
    CliRun w = run("lint", "--no-config", "--write-baseline", baseline.toString(),
        dir.resolve("t").toString());
    assertEquals(0, w.exit(), w.err());
    assertTrue(Files.readString(baseline).contains("default.patient-name"));
    assertEquals(0, run("lint", "--no-config", "--baseline", baseline.toString(),
        dir.resolve("t").toString()).exit());
    Files.writeString(t, "Hi {{first_name}}!\nYour {{med_name}} is ready.\n");
    CliRun grown = run("lint", "--no-config", "--baseline", baseline.toString(),
        dir.resolve("t").toString());
    assertEquals(1, grown.exit());
    assertTrue(grown.out().contains("a.txt:2:6: rewrite default.medication"), grown.out());
    assertFalse(grown.out().contains("a.txt:1:"), "the accepted finding is not reported");
  }

  @Test
  void settingsFileAtTheRepositoryRootIsPickedUp() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(".redactor.yaml", "fail-on: block\nexclude: [\"drafts/**\"]\n");
    write("templates/a.txt", "Your {{visit_type}} is Monday.\n");
    write("templates/drafts/b.txt", "Your HbA1c is {{a1c_value}}.\n");
    CliRun r = run("lint", dir.resolve("templates").toString());
    assertEquals(0, r.exit(), "rewrite findings pass when fail-on is block: " + r.out());
    assertTrue(r.out().contains("a.txt:1:6: rewrite"), r.out());
    assertFalse(r.out().contains("b.txt"), "excluded by the settings");
    // the command line wins over the file
    assertEquals(1, run("lint", "--fail-on", "rewrite", dir.resolve("templates").toString())
        .exit());
  }

  @Test
  void unknownSettingIsAnErrorWithItsLine() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(".redactor.yaml", "policy: default\nfail_on: block\n");
    write("t/a.txt", "Hi!\n");
    CliRun r = run("lint", dir.resolve("t").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(".redactor.yaml:2:"), r.err());
    assertTrue(r.err().contains("unknown setting"), r.err());
  }

  @Test
  void errorsNeverQuoteTemplates() throws IOException {
    write("t/a.json", "{\"a\": \"Zebulon has chemotherapy\" \"b\"}");
    CliRun r = run("lint", "--no-config", dir.resolve("t").toString());
    assertEquals(2, r.exit());
    assertFalse((r.out() + r.err()).contains("Zebulon"), r.out() + r.err());
  }
}
