package dev.redactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void allow_exitsZero() {
    CliRun r = run("check", "Your appointment with Dr. Smith is tomorrow at 2pm.");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("ALLOW"));
  }

  @Test
  void rewrite_printsTheRewriteAndExitsOne() {
    CliRun r = run("check", "We have your cell as 617-555-0142. Reply YES to confirm.");
    assertEquals(1, r.exit());
    assertTrue(r.out().startsWith("REWRITE"));
    assertTrue(r.out().contains("rewritten: We have your cell. Reply YES to confirm."));
    assertTrue(r.out().contains("21..33"));
    assertFalse(r.out().contains("617-555-0142"), "no excerpts unless asked");
  }

  @Test
  void excerpts_areOptIn() {
    CliRun r = run("check", "--excerpts", "We have your cell as 617-555-0142.");
    assertTrue(r.out().contains("\"617-555-0142\""));
  }

  @Test
  void json_format() throws Exception {
    CliRun r = run("check", "--format", "json", "--purpose", "reminder", "--channel", "sms",
        "SSN 123-45-6789");
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertEquals("BLOCK", n.get("verdict").asText());
    assertEquals("SSN", n.get("findings").get(0).get("category").asText());
    assertEquals(1, r.exit());
  }

  @Test
  void portalChannel_changesTheAnswer() {
    assertEquals(1, run("check", "Your MRN is 00482913.").exit());
    assertEquals(0, run("check", "--channel", "portal", "Your MRN is 00482913.").exit());
  }

  @Test
  void usageErrors_exitTwoWithOneClearLine() {
    CliRun bad = run("check", "--purpose", "newsletter", "hi");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("expected one of"));
    assertFalse(bad.err().contains("Exception"));
    assertEquals(2, run("check", "--format", "xml", "hi").exit());
    assertEquals(2, run("check").exit());
    assertEquals(2, run().exit());
    assertEquals(2, run("frobnicate").exit());
  }

  @Test
  void unknownPolicy_isAPolicyError() {
    CliRun r = run("check", "--policy", "nope", "hi");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("redactor: error: policy: unknown policy pack"));
  }

  @Test
  void overLimit_isAnInputErrorWithoutText() {
    CliRun r = run("check", "--max-length", "5", "secret diagnosis here");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("exceeds the maximum 5"));
    assertFalse(r.err().contains("secret"));
  }
}
