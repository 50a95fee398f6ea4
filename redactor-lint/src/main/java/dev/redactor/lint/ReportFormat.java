package dev.redactor.lint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.redactor.Action;
import dev.redactor.RuleInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link LintReport}: {@code text} (compiler style, one finding per line:
 * {@code path:line:col: action rule-id: message [CATEGORY]}), {@code json} (the whole report) or
 * {@code sarif} (SARIF 2.1.0, as GitHub code scanning accepts it). No format quotes template
 * text.
 */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  /**
   * GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...::message}): the
   * findings appear as annotations on the pull request without code scanning.
   */
  GITHUB;

  /** The SARIF schema this writer follows. */
  public static final String SARIF_SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The format named {@code name} ({@code text}, {@code json}, {@code sarif}). */
  public static ReportFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format (expected text, json, sarif or github)");
    }
  }

  /**
   * Writes {@code report}, whose failing threshold is {@code threshold}, for the rules of
   * {@code linter}; {@code toolVersion} names the Redactor version in SARIF.
   */
  public void write(LintReport report, Linter linter, Action threshold, String toolVersion,
      OutputStream out) throws IOException {
    switch (this) {
      case TEXT -> text(report, threshold, out);
      case JSON -> json(report, threshold, out);
      case SARIF -> sarif(report, linter, threshold, toolVersion, out);
      case GITHUB -> github(report, threshold, out);
    }
  }

  /** The one-line summary printed after the findings. */
  public static String summary(LintReport report, Action threshold) {
    int suppressed = 0;
    int baselined = 0;
    for (LintFinding f : report.findings()) {
      if (f.suppressed()) {
        suppressed++;
      } else if (report.isBaselined(f)) {
        baselined++;
      }
    }
    int failing = report.failing(threshold).size();
    StringBuilder sb = new StringBuilder("redactor lint: ")
        .append(report.fileCount()).append(plural(report.fileCount(), " file", " files"))
        .append(", ").append(report.templateCount())
        .append(plural(report.templateCount(), " template", " templates")).append("; ")
        .append(failing).append(plural(failing, " finding", " findings"))
        .append(" at or above ").append(name(threshold));
    int below = report.active().size() - failing;
    if (below > 0) {
      sb.append(", ").append(below).append(" below");
    }
    if (suppressed > 0) {
      sb.append(", ").append(suppressed).append(" suppressed");
    }
    if (baselined > 0) {
      sb.append(", ").append(baselined).append(" in the baseline");
    }
    if (report.staleBaselineEntries() > 0) {
      sb.append(", ").append(report.staleBaselineEntries())
          .append(" baseline ").append(plural(report.staleBaselineEntries(), "entry", "entries"))
          .append(" no longer found");
    }
    if (!report.errors().isEmpty()) {
      sb.append("; ").append(report.errors().size())
          .append(plural(report.errors().size(), " file", " files")).append(" could not be linted");
    }
    return sb.toString();
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }

  /** The lower-case name of an action, as {@code --fail-on} takes it. */
  static String name(Action a) {
    return a.name().toLowerCase(Locale.ROOT);
  }

  // ---- text -----------------------------------------------------------------------------------

  private static void text(LintReport report, Action threshold, OutputStream out) {
    PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out,
        java.nio.charset.StandardCharsets.UTF_8));
    for (LintException e : report.errors()) {
      w.println(e.getMessage().replaceFirst(": ", ": error: "));
    }
    for (LintFinding f : report.active()) {
      w.print(f.path() + ":" + f.line() + ":" + f.column() + ": " + name(f.action()) + " "
          + f.ruleId() + ": " + f.message());
      if (f.category() != null) {
        w.print(" [" + f.category() + "]");
      }
      if (f.key() != null) {
        w.print(" (in " + f.key() + ")");
      }
      w.println();
    }
    w.println(summary(report, threshold));
    w.flush();
  }

  // ---- GitHub workflow commands ---------------------------------------------------------------

  private static void github(LintReport report, Action threshold, OutputStream out) {
    PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out,
        java.nio.charset.StandardCharsets.UTF_8));
    for (LintException e : report.errors()) {
      w.println("::error file=" + property(e.path()) + (e.line() > 0 ? ",line=" + e.line() : "")
          + ",title=redactor lint::" + data(e.problem()));
    }
    for (LintFinding f : report.active()) {
      String level = f.action().compareTo(threshold) >= 0 ? "error"
          : f.action() == Action.WARN ? "notice" : "warning";
      w.println("::" + level + " file=" + property(f.path()) + ",line=" + f.line() + ",col="
          + f.column() + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn() + ",title="
          + property(f.ruleId()) + "::" + data(f.message()
              + (f.category() == null ? "" : " [" + f.category() + "]")));
    }
    w.println(summary(report, threshold));
    w.flush();
  }

  /** Escapes a workflow-command message. */
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a workflow-command property value. */
  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  // ---- json -----------------------------------------------------------------------------------

  private static void json(LintReport report, Action threshold, OutputStream out)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("files", report.fileCount());
      g.writeNumberField("templates", report.templateCount());
      g.writeStringField("failOn", name(threshold));
      g.writeNumberField("exitCode", report.exitCode(threshold));
      g.writeArrayFieldStart("findings");
      for (LintFinding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        if (f.key() != null) {
          g.writeStringField("key", f.key());
        }
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("action", f.action().name());
        if (f.category() != null) {
          g.writeStringField("category", f.category().name());
        }
        g.writeStringField("message", f.message());
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeBooleanField("failing", !f.suppressed() && !report.isBaselined(f)
            && f.action().compareTo(threshold) >= 0);
        if (f.suppressed()) {
          g.writeObjectFieldStart("suppressed");
          g.writeNumberField("line", f.suppression().line());
          g.writeStringField("reason", f.suppression().reason());
          g.writeEndObject();
        }
        if (report.isBaselined(f)) {
          g.writeBooleanField("baselined", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (LintException e : report.errors()) {
        g.writeStartObject();
        g.writeStringField("path", e.path());
        g.writeNumberField("line", e.line());
        g.writeNumberField("column", e.column());
        g.writeStringField("message", e.problem());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  // ---- SARIF 2.1.0 ----------------------------------------------------------------------------

  private static void sarif(LintReport report, Linter linter, Action threshold,
      String toolVersion, OutputStream out) throws IOException {
    List<RuleInfo> rules = linter.rules();
    Map<String, Integer> index = new HashMap<>();
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    for (RuleInfo r : rules) {
      if (!byId.containsKey(r.id())) {
        index.put(r.id(), byId.size());
        byId.put(r.id(), r);
      }
    }
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SARIF_SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();

      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "Redactor");
      g.writeStringField("semanticVersion", semver(toolVersion));
      g.writeArrayFieldStart("rules");
      for (RuleInfo r : byId.values()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", ruleName(r.id()));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", r.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", r.summary() + " (policy action: " + name(r.action()) + ").");
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help(r));
        g.writeStringField("markdown", "**" + r.id() + "** — " + help(r));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.action(), threshold));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("phi");
        g.writeString("privacy");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject(); // driver
      g.writeEndObject(); // tool

      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", report.errors().isEmpty());
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (LintException e : report.errors()) {
        g.writeStartObject();
        g.writeStringField("level", "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", e.problem());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physicalLocation(g, e.path(), e.line(), e.column(), e.line(), e.column());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();

      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      for (LintFinding f : report.findings()) {
        if (report.isBaselined(f)) {
          continue; // accepted: not a result GitHub should raise again
        }
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        Integer ri = index.get(f.ruleId());
        if (ri != null) {
          g.writeNumberField("ruleIndex", ri);
        }
        g.writeStringField("level", level(f.action(), threshold));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message()
            + (f.category() == null ? "" : " [" + f.category() + "]"));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physicalLocation(g, f.path(), f.line(), f.column(), f.endLine(), f.endColumn());
        if (f.key() != null) {
          g.writeArrayFieldStart("logicalLocations");
          g.writeStartObject();
          g.writeStringField("fullyQualifiedName", f.key());
          g.writeStringField("kind", "member");
          g.writeEndObject();
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("redactorFingerprint/v1", f.fingerprint());
        g.writeEndObject();
        if (f.suppressed()) {
          g.writeArrayFieldStart("suppressions");
          g.writeStartObject();
          g.writeStringField("kind", "inSource");
          g.writeStringField("status", "accepted");
          g.writeStringField("justification", f.suppression().reason());
          g.writeEndObject();
          g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("action", f.action().name());
        if (f.category() != null) {
          g.writeStringField("category", f.category().name());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeEndObject(); // run
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void physicalLocation(JsonGenerator g, String path, int line, int column,
      int endLine, int endColumn) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(path));
    if (!path.startsWith("/")) {
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
    if (line > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", line);
      if (column > 0) {
        g.writeNumberField("startColumn", column);
      }
      if (endLine >= line) {
        g.writeNumberField("endLine", endLine);
        if (endColumn > 0 && (endLine > line || endColumn > column)) {
          g.writeNumberField("endColumn", endColumn);
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A relative path as a URI reference: spaces and reserved characters percent-encoded. */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~/".indexOf(c) >= 0;
      if (plain) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return path.startsWith("/") ? "file://" + sb : sb.toString();
  }

  /** SARIF level: failing findings are errors; below the threshold, rewrites warn, the rest note. */
  private static String level(Action action, Action threshold) {
    if (action.compareTo(threshold) >= 0) {
      return "error";
    }
    return action == Action.REWRITE || action == Action.BLOCK ? "warning" : "note";
  }

  private static String help(RuleInfo r) {
    return r.summary() + ". Fix the template so that it no longer says this, or, if it is"
        + " acceptable, suppress it with a comment '# redactor:ignore " + r.id()
        + " -- reason' above the template, or accept it in the baseline (--write-baseline).";
  }

  /** A PascalCase name from a rule id ({@code default.patient-name} → DefaultPatientName). */
  private static String ruleName(String id) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : id.toCharArray()) {
      if (c == '.' || c == '-' || c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  private static String semver(String v) {
    return v.matches("\\d+\\.\\d+\\.\\d+.*") ? v : "0.0.0-" + v.replaceAll("[^0-9A-Za-z-]", "");
  }
}
