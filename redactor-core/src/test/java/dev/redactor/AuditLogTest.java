package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  private static final byte[] KEY = "test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T23:00:00Z"), ZoneOffset.UTC);
  private static final List<String> MESSAGES = List.of(
      "Your appointment with Dr. Smith is tomorrow at 2pm.",
      "Hi Maria, your chemo is Monday at 9am.",
      "Your HbA1c is 7.2, indicating poorly-controlled diabetes.",
      "We have your cell as 617-555-0142. Reply YES to confirm.",
      "Your colonoscopy prep starts Sunday.");

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void writeLog() {
    file = dir.resolve("audit.jsonl");
    try (AuditLog log = AuditLog.open(file, KEY, CLOCK)) {
      Redactor r = Redactor.builder().auditLog(log).build();
      for (String m : MESSAGES) {
        r.check(m);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<String> lines() throws IOException {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private AuditLog.Report verifyAfter(List<String> lines) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
    return AuditLog.verify(file, KEY, null);
  }

  @Test
  void verify_untouchedLog_isIntact_andRecordsEveryDecision() throws IOException {
    AuditLog.Report report = AuditLog.verify(file, KEY, null);
    assertTrue(report.intact(), report.problems()::toString);
    assertEquals(MESSAGES.size(), report.records());
    List<String> lines = lines();
    assertTrue(lines.get(0).startsWith("{\"seq\":1,\"time\":\"2026-11-25T23:00:00Z\","
        + "\"policy\":\"default\",\"policyVersion\":"), lines.get(0));
    assertTrue(lines.get(1).contains("\"verdict\":\"REWRITE\""));
    assertTrue(lines.get(1).contains("\"category\":\"NAME\""));
    assertTrue(lines.get(2).contains("\"verdict\":\"BLOCK\""));
    assertTrue(lines.get(0).contains("\"verdict\":\"ALLOW\""));
  }

  @Test
  void verify_editedLine_isFound() throws IOException {
    List<String> lines = lines();
    lines.set(2, lines.get(2).replace("\"verdict\":\"BLOCK\"", "\"verdict\":\"ALLOW\""));
    AuditLog.Report report = verifyAfter(lines);
    assertEquals(List.of("line 3: hash does not match its content (edited, or another key)"),
        report.problems());
  }

  @Test
  void verify_removedLine_isFound() throws IOException {
    List<String> lines = lines();
    lines.remove(1);
    AuditLog.Report report = verifyAfter(lines);
    assertFalse(report.intact());
    assertTrue(report.problems().get(0).startsWith("line 2: not linked"), report::toString);
  }

  @Test
  void verify_reorderedLines_areFound() throws IOException {
    List<String> lines = lines();
    Collections.swap(lines, 1, 3);
    AuditLog.Report report = verifyAfter(lines);
    assertFalse(report.intact());
    assertTrue(report.problems().get(0).startsWith("line 2: "), report::toString);
  }

  @Test
  void verify_insertedCopyOfALine_isFound() throws IOException {
    List<String> lines = lines();
    lines.add(2, lines.get(1));
    assertFalse(verifyAfter(lines).intact());
  }

  @Test
  void verify_garbageLine_isFoundByLineNumber() throws IOException {
    List<String> lines = lines();
    lines.add(1, "{\"seq\": 2}");
    assertTrue(verifyAfter(lines).problems().contains("line 2: not an audit record"));
  }

  @Test
  void verify_truncatedTail_isFoundOnlyWithTheExpectedHead() throws IOException {
    String head = AuditLog.verify(file, KEY, null).head();
    List<String> lines = lines();
    lines.remove(lines.size() - 1);
    assertTrue(verifyAfter(lines).intact()); // a shorter chain is still a chain
    AuditLog.Report report = AuditLog.verify(file, KEY, head);
    assertEquals(1, report.problems().size());
    assertTrue(report.problems().get(0).startsWith("end of file"));
  }

  @Test
  void verify_withAnotherKey_failsOnEveryLine() {
    byte[] other = "another-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    assertEquals(MESSAGES.size(), AuditLog.verify(file, other, null).problems().size());
  }

  @Test
  void open_existingLog_continuesTheChain() throws IOException {
    try (AuditLog log = AuditLog.open(file, KEY, CLOCK)) {
      Redactor.builder().auditLog(log).build().check("See you Monday.");
      assertEquals(MESSAGES.size() + 1, log.size());
    }
    AuditLog.Report report = AuditLog.verify(file, KEY, null);
    assertTrue(report.intact(), report.problems()::toString);
    assertEquals(MESSAGES.size() + 1, report.records());
  }

  @Test
  void record_messageHashIsKeyed_andTheSameForTheSameText() throws IOException {
    List<String> hashes = new ArrayList<>();
    for (String line : lines()) {
      int at = line.indexOf("\"message\":\"hmac-sha256:");
      hashes.add(line.substring(at, at + 23 + 64));
    }
    assertEquals(MESSAGES.size(), hashes.stream().distinct().count());
    java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
    AuditLog log = AuditLog.to(again, KEY, CLOCK);
    Redactor.builder().auditLog(log).build().check(MESSAGES.get(1));
    assertTrue(again.toString(StandardCharsets.UTF_8).contains(hashes.get(1)));
  }

  @Test
  void record_containsNoMessageText() throws IOException {
    String log = Files.readString(file, StandardCharsets.UTF_8);
    for (String secret : List.of("Maria", "chemo", "7.2", "diabetes", "617-555-0142", "555",
        "colonoscopy", "Smith")) {
      assertFalse(log.contains(secret), secret);
    }
  }

  @Test
  void check_whenTheLogCannotBeWritten_failsClosed() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    Redactor r = Redactor.builder().auditLog(AuditLog.to(broken, KEY, CLOCK)).build();
    Verdict v = r.check("Your appointment with Dr. Smith is tomorrow at 2pm.");
    assertEquals(Decision.BLOCK, v.decision());
    assertTrue(v.failedClosed());
    assertTrue(v.explanation().contains("audit log"));
  }

  @Test
  void keys_shorterThan16Bytes_areRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> AuditLog.to(OutputStream.nullOutputStream(), new byte[15], CLOCK));
  }
}
