package dev.redactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bar on the project's development corpus, kept by the build: `redactor eval
 * corpus/dev.jsonl` exits 0 (no false ALLOW, no rewrite leak) with verdict accuracy of at least
 * 0.95. The corpus is synthetic and labelled by hand (corpus/README.md).
 */
class DevCorpusEvalTest {

  private static Path corpus() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("corpus/dev.jsonl"))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "corpus/dev.jsonl not found above the module directory");
    return dir.resolve("corpus/dev.jsonl");
  }

  @Test
  void devCorpus_hasNoFalseAllowNoLeak_andAccuracyOfAtLeast95Percent() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"eval", "--format", "json", corpus().toString()},
        new PrintWriter(out), new PrintWriter(err));
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertEquals(0, report.get("falseAllow").size(),
        () -> "false ALLOWs: " + report.get("falseAllow"));
    assertEquals(0, report.get("rewriteLeaks").asInt());
    assertTrue(report.get("verdictAccuracy").asDouble() >= 0.95,
        () -> "verdict accuracy " + report.get("verdictAccuracy"));
    assertTrue(report.get("messages").asInt() >= 500);
    assertEquals(0, exit, err::toString);
  }
}
