package dev.redactor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.redactor.Action;
import dev.redactor.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF output validates against the OASIS SARIF 2.1.0 schema and means what it says. */
class SarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;
  private static Linter linter;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true).build();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
    }
    linter = Linter.builder(Redactor.standard()).build();
  }

  private static JsonNode sarif(LintReport report, Action threshold) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.SARIF.write(report, linter, threshold, "0.1.0-SNAPSHOT", out);
    JsonNode node = JSON.readTree(out.toString(StandardCharsets.UTF_8));
    Set<ValidationMessage> errors = schema.validate(node);
    assertEquals(Set.of(), errors, "SARIF does not validate against the 2.1.0 schema");
    return node;
  }

  @Test
  void theSchemaRejectsWhatIsNotSarif() throws IOException {
    // the validator is live: a log without the required version fails
    JsonNode bad = JSON.readTree("{\"runs\": [{\"tool\": {\"driver\": {}}}]}");
    assertFalse(schema.validate(bad).isEmpty());
  }

  @Test
  void findingsSuppressionsAndErrorsValidate() throws IOException {
    Files.writeString(dir.resolve("sms file.txt"),
        "Hi {{first_name}}, your {{visit_type}} is Monday.\n"
            + "# redactor:ignore default.patient-name -- consented\n"
            + "Hi {{first_name}}!\n"
            + "Thanks for choosing {{practice_name}}.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("broken.json"), "{\"a\": ", StandardCharsets.UTF_8);
    LintReport report = Linter.builder(Redactor.standard()).baseDirectory(dir).build()
        .lint(List.of(dir));
    JsonNode log = sarif(report, Action.REWRITE);

    assertEquals("2.1.0", log.get("version").asText());
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");
    Set<String> ruleIds = new HashSet<>();
    rules.forEach(r -> ruleIds.add(r.get("id").asText()));
    assertTrue(ruleIds.contains("default.patient-name"));
    assertTrue(ruleIds.contains("lint.suppression-reason"));
    rules.forEach(r -> assertFalse(r.at("/help/text").asText().isEmpty()));

    JsonNode results = run.get("results");
    assertEquals(4, results.size());
    for (JsonNode r : results) {
      // ruleIndex points at the rule with the same id
      assertEquals(r.get("ruleId").asText(),
          rules.get(r.get("ruleIndex").asInt()).get("id").asText());
      assertEquals(32, r.at("/partialFingerprints/redactorFingerprint~1v1").asText().length());
      JsonNode loc = r.at("/locations/0/physicalLocation");
      assertEquals("sms%20file.txt", loc.at("/artifactLocation/uri").asText());
      assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
    }
    JsonNode first = results.get(0);
    assertEquals("default.patient-name", first.get("ruleId").asText());
    assertEquals("error", first.get("level").asText());
    assertEquals(1, first.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(4, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(18, first.at("/locations/0/physicalLocation/region/endColumn").asInt());

    JsonNode suppressed = results.get(2);
    assertEquals(3, suppressed.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals("inSource", suppressed.at("/suppressions/0/kind").asText());
    assertEquals("consented", suppressed.at("/suppressions/0/justification").asText());

    JsonNode practice = results.get(3);
    assertEquals("note", practice.get("level").asText(), "a warning below the threshold");

    JsonNode invocation = run.at("/invocations/0");
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    assertEquals("broken.json", invocation.at(
        "/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri")
        .asText());
  }

  @Test
  void baselinedFindingsAreLeftOutAndACleanRunValidates() throws IOException {
    LintReport report = linter.lint("t.txt", "Hi {{first_name}}!\n", TemplateFormat.TEXT);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Baseline.write(report, b);
    Path file = dir.resolve("baseline.json");
    Files.write(file, b.toByteArray());
    JsonNode log = sarif(report.withBaseline(Baseline.read(file)), Action.REWRITE);
    assertEquals(0, log.at("/runs/0/results").size());
    assertTrue(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean());
  }

  @Test
  void levelsFollowTheThreshold() throws IOException {
    LintReport report = linter.lint("t.txt", "Your {{visit_type}} is Monday.\n",
        TemplateFormat.TEXT);
    assertEquals("error", sarif(report, Action.REWRITE).at("/runs/0/results/0/level").asText());
    assertEquals("warning", sarif(report, Action.BLOCK).at("/runs/0/results/0/level").asText());
  }
}
