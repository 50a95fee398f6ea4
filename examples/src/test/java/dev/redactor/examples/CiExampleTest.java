package dev.redactor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through of examples/ci/README.md, as a new user does it: lint the sample repository,
 * read the findings, fix the template the README shows, lint again and pass.
 */
class CiExampleTest {
  private static final Path SAMPLE = Path.of("ci");
  private static final String LEAKING =
      "Hi {{first_name}}, your colonoscopy prep starts {{prep_date}}. Call {{clinic_phone}} with"
          + " questions.";
  private static final String FIXED =
      "Your appointment instructions are in the portal. Please start them on {{prep_date}} and"
          + " call {{clinic_phone}} with questions.";

  private record Run(int exit, String out, String err) {}

  @TempDir Path tmp;
  private Path repo;

  @BeforeEach
  void cloneSample() throws IOException {
    repo = tmp.resolve("message-templates");
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = repo.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Files.createDirectories(repo.resolve(".git")); // a repository root, as in a real clone
  }

  private static Run lint(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("lint"), Stream.of(args)).toArray(String[]::new);
    int exit = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void readmeWalkThrough() throws IOException {
    String readme = Files.readString(SAMPLE.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(LEAKING) && readme.contains(FIXED),
        "the README shows the template and its fix");

    Run first = lint(repo.toString());
    assertEquals(1, first.exit(), first.out() + first.err());
    List<String> findings = first.out().lines().filter(l -> l.contains(": rewrite ")).toList();
    assertEquals(2, findings.size(), first.out());
    assertTrue(findings.get(0).contains("templates/sms/reminders.txt:5:4: rewrite"
        + " default.patient-name:"), findings.get(0));
    assertTrue(findings.get(1).contains("templates/sms/reminders.txt:5:25: rewrite"
        + " default.procedure:"), findings.get(1));
    String summary = "redactor lint: 9 files, 26 templates; 2 findings at or above rewrite,"
        + " 1 suppressed";
    assertTrue(first.out().contains(summary), first.out());
    assertTrue(readme.contains(summary), "the README shows the summary the tool prints");
    assertFalse(first.out().contains("colonoscopy"), "findings never quote the template");

    Path reminders = repo.resolve("templates/sms/reminders.txt");
    String text = Files.readString(reminders, StandardCharsets.UTF_8);
    assertEquals(LEAKING, text.lines().toList().get(4));
    Files.writeString(reminders, text.replace(LEAKING, FIXED), StandardCharsets.UTF_8);

    Run second = lint(repo.toString());
    assertEquals(0, second.exit(), second.out());
    assertTrue(second.out().contains("0 findings at or above rewrite, 1 suppressed"),
        second.out());
  }

  @Test
  void baselineAcceptsTodaysFindings() throws IOException {
    Path baseline = repo.resolve(".redactor-baseline.json");
    assertEquals(0, lint("--write-baseline", baseline.toString(), repo.toString()).exit());
    // named in .redactor.yaml, so a plain run uses it
    Run r = lint(repo.toString());
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("2 in the baseline"), r.out());
  }

  @Test
  void sarifForCodeScanning() throws IOException {
    Path sarif = tmp.resolve("lint.sarif");
    Run r = lint("--format", "sarif", "--output", sarif.toString(), repo.toString());
    assertEquals(1, r.exit());
    String log = Files.readString(sarif, StandardCharsets.UTF_8);
    assertTrue(log.contains("\"version\" : \"2.1.0\""));
    assertTrue(log.contains("templates/sms/reminders.txt\""), log);
    assertTrue(log.contains("\"startLine\" : 5"), log);
  }
}
