package dev.redactor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.redactor.Finding;
import dev.redactor.Verdict;
import java.io.IOException;

/**
 * Writes verdicts in the JSON shape of the {@code scan} contract: {@code {"id", "verdict",
 * "findings": [{"start", "end", "cpStart", "cpEnd", "category", "rule", "action", "confidence",
 * "explanation"}], "rewritten", "explanation"}}. {@code rewritten} is present only for REWRITE.
 */
public final class VerdictJson {
  private VerdictJson() {}

  /** Writes one verdict object; {@code id} is written when not null (a String or a Number). */
  public static void write(JsonGenerator g, Object id, boolean withId, Verdict v) throws IOException {
    g.writeStartObject();
    if (withId) {
      writeId(g, id);
    }
    g.writeStringField("verdict", v.decision().name());
    g.writeArrayFieldStart("findings");
    for (Finding f : v.findings()) {
      g.writeStartObject();
      g.writeNumberField("start", f.start());
      g.writeNumberField("end", f.end());
      g.writeNumberField("cpStart", f.span().cpStart());
      g.writeNumberField("cpEnd", f.span().cpEnd());
      g.writeStringField("category", f.category().name());
      g.writeStringField("rule", f.ruleId());
      g.writeStringField("action", f.action().name());
      g.writeNumberField("confidence", Math.round(f.confidence() * 100) / 100.0);
      g.writeStringField("explanation", f.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (v.rewritten().isPresent()) {
      g.writeStringField("rewritten", v.rewritten().get());
    }
    g.writeStringField("explanation", v.explanation());
    if (v.failedClosed()) {
      g.writeBooleanField("failedClosed", true);
    }
    g.writeEndObject();
  }

  /** Writes {@code {"id": ..., "error": "..."}}. */
  public static void writeError(JsonGenerator g, Object id, String error) throws IOException {
    g.writeStartObject();
    writeId(g, id);
    g.writeStringField("error", error);
    g.writeEndObject();
  }

  private static void writeId(JsonGenerator g, Object id) throws IOException {
    g.writeFieldName("id");
    if (id == null) {
      g.writeNull();
    } else if (id instanceof Number) {
      g.writeNumber(id.toString());
    } else {
      g.writeString(id.toString());
    }
  }
}
