package dev.redactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Result(int exit, List<JsonNode> lines) {}

  private static Result scan(InputStream in, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new ScanCommand().streams(in, out));
    int exit = cl.execute(args);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }
    return new Result(exit, lines);
  }

  private static Result scan(String input, String... args) throws IOException {
    return scan(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
  }

  @Test
  void oneLinePerInput_inOrder_withVerdicts() throws IOException {
    Result r = scan(
        "{\"id\":\"a\",\"text\":\"Your appointment is tomorrow at 2pm.\"}\n"
            + "{\"id\":\"b\",\"text\":\"We have your cell as 617-555-0142.\",\"purpose\":\"reminder\"}\n"
            + "{\"id\":3,\"text\":\"SSN 123-45-6789\",\"channel\":\"sms\"}\n");
    assertEquals(3, r.lines().size());
    assertEquals("a", r.lines().get(0).get("id").asText());
    assertEquals("ALLOW", r.lines().get(0).get("verdict").asText());
    assertEquals("REWRITE", r.lines().get(1).get("verdict").asText());
    assertEquals("We have your cell.", r.lines().get(1).get("rewritten").asText());
    JsonNode f = r.lines().get(1).get("findings").get(0);
    assertEquals(21, f.get("start").asInt());
    assertEquals(33, f.get("end").asInt());
    assertEquals("PHONE", f.get("category").asText());
    assertEquals("default.patient-contact", f.get("rule").asText());
    assertEquals("REWRITE", f.get("action").asText());
    assertEquals(3, r.lines().get(2).get("id").asInt());
    assertEquals("BLOCK", r.lines().get(2).get("verdict").asText());
    assertFalse(r.lines().get(0).has("rewritten"));
    assertEquals(Main.FINDINGS, r.exit());
  }

  @Test
  void allAllowed_exitsZero() throws IOException {
    assertEquals(Main.OK, scan("{\"id\":\"a\",\"text\":\"See you Monday.\"}\n").exit());
  }

  @Test
  void badLines_getAnErrorObject_andTheScanGoesOn() throws IOException {
    Result r = scan(
        "not json\n"
            + "{\"id\":\"x\"}\n"
            + "{\"id\":\"y\",\"text\":5}\n"
            + "{\"id\":\"z\",\"text\":\"hi\",\"purpose\":\"newsletter\"}\n"
            + "\n"
            + "{\"id\":\"d\",\"text\":\"safe\",\"text\":\"SSN 123-45-6789\"}\n"
            + "[1,2]\n"
            + "{\"id\":{\"a\":1},\"text\":\"hi\"}\n"
            + "{\"id\":\"t\",\"text\":\"hi\"} trailing\n"
            + "{\"id\":\"ok\",\"text\":\"See you Monday.\"}\n");
    assertEquals(10, r.lines().size());
    for (int i = 0; i < 9; i++) {
      assertTrue(r.lines().get(i).has("error"), "line " + (i + 1));
      assertTrue(r.lines().get(i).get("error").asText().startsWith("line " + (i + 1) + ": "));
    }
    assertEquals("x", r.lines().get(1).get("id").asText());
    assertTrue(r.lines().get(1).get("error").asText().contains("'text' is missing"));
    assertTrue(r.lines().get(3).get("error").asText().contains("portal-notice"));
    assertTrue(r.lines().get(5).get("error").asText().contains("duplicate field"));
    assertEquals("ALLOW", r.lines().get(9).get("verdict").asText());
    assertEquals(Main.ERROR, r.exit());
  }

  @Test
  void errors_neverQuoteTheInput() throws IOException {
    Result r = scan("{\"id\":\"a\",\"text\":\"SSN 123-45-6789\" oops}\n");
    String err = r.lines().get(0).get("error").asText();
    assertFalse(err.contains("6789"));
    assertFalse(err.contains("oops"));
  }

  @Test
  void invalidUtf8_namesTheByteOffset() throws IOException {
    byte[] good = "{\"id\":\"a\",\"text\":\"hi\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(bad);
    in.write(good);
    Result r = scan(new ByteArrayInputStream(in.toByteArray()));
    assertEquals("line 1: invalid UTF-8 at byte offset 7", r.lines().get(0).get("error").asText());
    assertEquals("ALLOW", r.lines().get(1).get("verdict").asText());
  }

  @Test
  void loneSurrogateEscapes_areCheckedNotCrashed() throws IOException {
    Result r = scan("{\"id\":\"a\",\"text\":\"x\\ud800y SSN 123-45-6789\"}\n");
    assertEquals("BLOCK", r.lines().get(0).get("verdict").asText());
  }

  @Test
  void overlongLine_isReportedAndSkipped() throws IOException {
    String big = "{\"id\":\"big\",\"text\":\"" + "a".repeat(5000) + "\"}\n";
    Result r = scan(big + "{\"id\":\"next\",\"text\":\"ok\"}\n", "--max-line-bytes", "1000");
    assertTrue(r.lines().get(0).get("error").asText().contains("--max-line-bytes"));
    assertEquals("next", r.lines().get(1).get("id").asText());
  }

  @Test
  void overlongText_isReportedWithTheLimit() throws IOException {
    Result r = scan("{\"id\":\"a\",\"text\":\"" + "a".repeat(50) + "\"}\n", "--max-length", "20");
    assertEquals(
        "line 1: message length 50 exceeds the maximum 20 (set by Limits.Builder.maxMessageLength)",
        r.lines().get(0).get("error").asText());
  }

  @Test
  void hugeStream_isStreamedLineByLine_withNoErrors() throws IOException {
    int n = 100_000;
    Random rnd = new Random(7);
    String[] templates = {
      "Your appointment with Dr. Smith is tomorrow at %dpm.",
      "We have your cell as 617-555-01%02d. Reply YES to confirm.",
      "Rx #77881%02d is ready for pickup.",
      "Call us at (617) 555-01%02d with questions.",
      "DOB 03/14/19%02d on file",
      "Hola, su cita es el %d de mayo a las 3pm."
    };
    InputStream in = new InputStream() {
      private byte[] line = new byte[0];
      private int pos;
      private int produced;

      @Override
      public int read() {
        if (pos == line.length) {
          if (produced == n) {
            return -1;
          }
          String t = String.format(java.util.Locale.ROOT,
              templates[rnd.nextInt(templates.length)], 1 + rnd.nextInt(28));
          line = ("{\"id\":\"m" + produced + "\",\"text\":\"" + t + "\"}\n")
              .getBytes(StandardCharsets.UTF_8);
          pos = 0;
          produced++;
        }
        return line[pos++] & 0xff;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = new CommandLine(new ScanCommand().streams(in, out)).execute();
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(n, lines.length);
    for (int i = 0; i < n; i += 997) {
      JsonNode node = JSON.readTree(lines[i]);
      assertEquals("m" + i, node.get("id").asText());
      assertFalse(node.has("error"));
    }
    for (String l : lines) {
      assertFalse(l.contains("\"error\""));
    }
    assertEquals(Main.FINDINGS, exit);
  }

  @Test
  void hostileLines_getOneErrorEach_withoutTheirContent_andTheScanGoesOn() throws IOException {
    String deep = "{\"id\":\"deep\",\"text\":\"SSN 123-45-6789\",\"x\":"
        + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    String bigNumber = "{\"id\":\"num\",\"text\":\"SSN 123-45-6789\",\"n\":"
        + "9".repeat(5_000) + "}";
    String rawControl = "{\"id\":\"ctl\",\"text\":\"SSN\u0001 123-45-6789\"}";
    String tenMegabytes = "{\"id\":\"big\",\"text\":\"" + "chemo ".repeat((10 << 20) / 6)
        + "\"}";
    Result r = scan(deep + "\n" + bigNumber + "\n" + rawControl + "\n" + tenMegabytes + "\n"
        + "{\"id\":\"ok\",\"text\":\"See you Monday.\"}\n");
    assertEquals(5, r.lines().size());
    for (int i = 0; i < 4; i++) {
      String err = r.lines().get(i).get("error").asText();
      assertTrue(err.startsWith("line " + (i + 1) + ": "), err);
      assertFalse(err.contains("6789") || err.contains("chemo") || err.contains("999"), err);
    }
    assertTrue(r.lines().get(3).get("error").asText().contains("--max-line-bytes"));
    assertEquals("ALLOW", r.lines().get(4).get("verdict").asText());
    assertEquals(Main.ERROR, r.exit());
  }

  @Test
  void escapedNulAndControlCharacters_areCheckedNotRejected() throws IOException {
    Result r = scan("{\"id\":\"a\",\"text\":\"SSN 123\\u0000-45-6789\"}\n"
        + "{\"id\":\"b\",\"text\":\"Your ch\\u0007emo\\u001b is Monday.\"}\n"
        + "{\"id\":\"c\",\"text\":\"\"}\n"
        + "{\"id\":\"d\",\"text\":\" \\t\\n \"}\n");
    assertEquals("BLOCK", r.lines().get(0).get("verdict").asText());
    assertEquals("REWRITE", r.lines().get(1).get("verdict").asText());
    assertEquals("ALLOW", r.lines().get(2).get("verdict").asText());
    assertEquals("ALLOW", r.lines().get(3).get("verdict").asText());
  }

  @Test
  void byteOrderMarkAndCrLf_areHandled() throws IOException {
    Result r = scan("\uFEFF{\"id\":\"a\",\"text\":\"Your chemo is Monday.\"}\r\n"
        + "{\"id\":\"b\",\"text\":\"See you Monday.\"}\r\n");
    assertEquals(2, r.lines().size());
    assertFalse(r.lines().get(1).has("error"));
    // a BOM is either read past or reported for that line only; never the end of the scan
    assertTrue(r.lines().get(0).has("error") || r.lines().get(0).has("verdict"));
  }
}
