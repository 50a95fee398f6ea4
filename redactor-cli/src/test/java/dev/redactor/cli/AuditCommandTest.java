package dev.redactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --audit-log}, {@code scan --audit-log} and {@code audit verify} with its exit codes. */
class AuditCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private Path key() throws IOException {
    Path key = dir.resolve("audit.key");
    Files.writeString(key, "5f1c0a9e8d7b6a5f4e3d2c1b0a998877\n", StandardCharsets.UTF_8);
    return key;
  }

  private Path writeLog(Path key) {
    Path log = dir.resolve("audit.jsonl");
    for (String text : List.of("Your appointment with Dr. Smith is tomorrow at 2pm.",
        "Hi Maria, your chemo is Monday at 9am.", "SSN 123-45-6789")) {
      run("check", "--audit-log", log.toString(), "--audit-key-file", key.toString(), text);
    }
    return log;
  }

  @Test
  void verify_intactLog_exitsZero() throws IOException {
    Path key = key();
    Path log = writeLog(key);
    CliRun r = run("audit", "verify", "--key-file", key.toString(), log.toString());
    assertEquals(Main.OK, r.exit(), r.err());
    assertTrue(r.out().contains("3 records, chain intact"), r.out());
    String log3 = Files.readString(log, StandardCharsets.UTF_8);
    assertFalse(log3.contains("Maria"));
    assertFalse(log3.contains("6789"));
  }

  @Test
  void verify_alteredLog_exitsOneAndNamesTheLine() throws IOException {
    Path key = key();
    Path log = writeLog(key);
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("\"verdict\":\"REWRITE\"", "\"verdict\":\"ALLOW\""));
    Files.write(log, lines, StandardCharsets.UTF_8);
    CliRun r = run("audit", "verify", "--key-file", key.toString(), log.toString());
    assertEquals(Main.FINDINGS, r.exit());
    assertTrue(r.out().contains("line 2: hash does not match"), r.out());
  }

  @Test
  void verify_truncatedLog_withHead_exitsOne() throws IOException {
    Path key = key();
    Path log = writeLog(key);
    CliRun ok = run("audit", "verify", "--key-file", key.toString(), log.toString());
    String head = ok.out().substring(ok.out().lastIndexOf("head ") + 5).trim();
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    Files.write(log, lines.subList(0, 2), StandardCharsets.UTF_8);
    assertEquals(Main.OK, run("audit", "verify", "--key-file", key.toString(),
        log.toString()).exit());
    CliRun r = run("audit", "verify", "--key-file", key.toString(), "--head", head, log.toString());
    assertEquals(Main.FINDINGS, r.exit());
    assertTrue(r.out().contains("end of file"), r.out());
  }

  @Test
  void scan_writesOneRecordPerDecision_andSkipsBadLines() throws IOException {
    Path key = key();
    Path log = dir.resolve("scan.jsonl");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String in = "{\"id\":\"1\",\"text\":\"See you Monday.\"}\nnot json\n"
        + "{\"id\":\"3\",\"text\":\"Your chemo is Monday.\"}\n";
    new picocli.CommandLine(new ScanCommand().streams(
        new java.io.ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out))
        .execute("--audit-log", log.toString(), "--audit-key-file", key.toString());
    assertEquals(2, Files.readAllLines(log, StandardCharsets.UTF_8).size());
    assertEquals(Main.OK, run("audit", "verify", "--key-file", key.toString(),
        log.toString()).exit());
  }

  @Test
  void badInput_exitsTwoWithOneLine() throws IOException {
    Path key = key();
    CliRun missing = run("audit", "verify", "--key-file", key.toString(),
        dir.resolve("nope.jsonl").toString());
    assertEquals(Main.ERROR, missing.exit());
    assertTrue(missing.err().startsWith("redactor: error: audit log not found"), missing.err());
    Path shortKey = dir.resolve("short.key");
    Files.writeString(shortKey, "abc", StandardCharsets.UTF_8);
    Path log = writeLog(key);
    CliRun weak = run("audit", "verify", "--key-file", shortKey.toString(), log.toString());
    assertEquals(Main.ERROR, weak.exit());
    assertTrue(weak.err().contains("3 bytes; at least 16"), weak.err());
    CliRun noKey = run("audit", "verify", log.toString());
    assertEquals(Main.ERROR, noKey.exit());
    CliRun half = run("check", "--audit-log", log.toString(), "hello");
    assertEquals(Main.ERROR, half.exit());
    assertTrue(half.err().contains("--audit-log and --audit-key-file go together"), half.err());
  }
}
