package dev.redactor.lint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accepted findings, by fingerprint, so that only new ones fail a build. Written by
 * {@code redactor lint --write-baseline FILE}, read by {@code --baseline FILE}:
 *
 * <pre>
 * {"version": 1, "findings": [{"fingerprint": "3f2a...", "rule": "default.patient-name",
 *   "path": "templates/sms.txt", "line": 4}]}
 * </pre>
 *
 * <p>Only the fingerprint matters; rule, path and line are there for the reviewer of the file.
 */
public final class Baseline {
  private static final JsonFactory JSON = new JsonFactory();

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = Set.copyOf(fingerprints);
  }

  /** An empty baseline. */
  public static Baseline empty() {
    return new Baseline(Set.of());
  }

  /** Whether {@code fingerprint} is accepted. */
  public boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  /** The accepted fingerprints. */
  public Set<String> fingerprints() {
    return fingerprints;
  }

  /**
   * Reads a baseline file.
   *
   * @throws LintException if it is missing or malformed
   */
  public static Baseline read(Path file) {
    String shown = file.toString();
    Set<String> fps = new TreeSet<>();
    try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new LintException(shown, 1, 1, "malformed baseline: expected a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("findings") && t == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String field = p.currentName();
              JsonToken v = p.nextToken();
              if (field.equals("fingerprint") && v == JsonToken.VALUE_STRING) {
                fps.add(p.getText());
              } else {
                p.skipChildren();
              }
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (NoSuchFileException e) {
      throw new LintException(shown, 0, 0, "baseline file not found");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new LintException(shown, line, 0, "malformed baseline (not JSON)");
    } catch (IOException e) {
      throw new LintException(shown, 0, 0, "cannot read the baseline ("
          + e.getClass().getSimpleName() + ")");
    }
    return new Baseline(fps);
  }

  /** Writes the findings of {@code report} that are not suppressed inline as a baseline. */
  public static void write(LintReport report, OutputStream out) throws IOException {
    List<LintFinding> accepted = new ArrayList<>();
    for (LintFinding f : report.findings()) {
      if (!f.suppressed()) {
        accepted.add(f);
      }
    }
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeArrayFieldStart("findings");
      for (LintFinding f : accepted) {
        g.writeStartObject();
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("path", f.path());
        g.writeNumberField("line", f.line());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
