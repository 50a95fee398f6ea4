package dev.redactor.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redactor.Channel;
import dev.redactor.Decision;
import dev.redactor.LimitExceededException;
import dev.redactor.Message;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code redactor scan}: JSON Lines in, JSON Lines out, in order, one output line per input line.
 * A bad line gets {@code {"id": ..., "error": "..."}} and the scan goes on. Memory stays bounded by
 * the line cap whatever the input size.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Reads JSON Lines on standard input, one message per line:",
      "  {\"id\": \"...\", \"text\": \"...\", \"purpose\": \"...\", \"channel\": \"...\"}",
      "and writes one verdict line per input line, in order:",
      "  {\"id\": \"...\", \"verdict\": \"ALLOW|REWRITE|BLOCK\", \"findings\": [...],"
          + " \"rewritten\": \"...\"}",
      "A malformed line yields {\"id\": ..., \"error\": \"...\"} and processing continues.",
      "Exit code 0 if every message is ALLOW, 1 if any needs REWRITE or BLOCK, 2 if any line"
          + " was in error."
    })
final class ScanCommand implements Callable<Integer> {
  /** Bytes per input line beyond the message text itself: id, field names, escapes. */
  private static final int LINE_OVERHEAD = 64 * 1024;

  @Mixin PolicyOptions policy;

  @Mixin AuditOptions audit;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      description = "Longest input line accepted, in bytes (default: 4 × --max-length + 64 KiB).")
  Integer maxLineBytes;

  private InputStream in = System.in;
  private OutputStream out = System.out;

  /** For tests: scan from and to the given streams. */
  ScanCommand streams(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
    return this;
  }

  @Override
  public Integer call() throws IOException {
    try (dev.redactor.AuditLog log = audit.open()) {
      return scan(policy.redactor(log));
    }
  }

  private int scan(Redactor redactor) throws IOException {
    int maxText = redactor.limits().maxMessageLength();
    long defaultCap = (long) maxText * 4 + LINE_OVERHEAD;
    int cap = maxLineBytes != null ? maxLineBytes : (int) Math.min(Integer.MAX_VALUE - 16, defaultCap);
    if (cap < 16) {
      throw new InputException("--max-line-bytes must be at least 16 (was " + cap + ")");
    }
    JsonFactory factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(cap)
                    .maxNumberLength(64)
                    .build())
            .build();
    ObjectMapper mapper =
        new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    LineReader lines = new LineReader(in, cap);
    boolean anyError = false;
    boolean anyFinding = false;
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    try (JsonGenerator g = factory.createGenerator(buffered, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      long lineNo = 0;
      LineReader.Status status;
      while ((status = lines.next()) != LineReader.Status.EOF) {
        lineNo++;
        Object id = null;
        try {
          if (status == LineReader.Status.TOO_LONG) {
            throw new InputException(
                "line " + lineNo + ": " + lines.fullLength() + " bytes is longer than the maximum "
                    + cap + " (--max-line-bytes)");
          }
          String json = Utf8.decode(lines.bytes(), lines.length(), "line " + lineNo);
          if (json.isBlank()) {
            throw new InputException("line " + lineNo + ": empty line; expected a JSON object");
          }
          JsonNode node = parse(mapper, json, lineNo);
          id = id(node, lineNo);
          Message message = message(node, lineNo);
          Verdict v;
          try {
            v = redactor.check(message);
          } catch (LimitExceededException e) {
            throw new InputException("line " + lineNo + ": " + e.getMessage());
          }
          VerdictJson.write(g, id, true, v);
          anyFinding |= v.decision() != Decision.ALLOW;
        } catch (InputException e) {
          VerdictJson.writeError(g, id, e.getMessage());
          anyError = true;
        }
        g.flush();
        buffered.write('\n');
        if (in.available() == 0) {
          buffered.flush();
        }
        lines.trim();
      }
    }
    buffered.flush();
    return anyError ? Main.ERROR : anyFinding ? Main.FINDINGS : Main.OK;
  }

  private static JsonNode parse(ObjectMapper mapper, String json, long lineNo) {
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || !node.isObject()) {
        throw new InputException("line " + lineNo + ": expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String what = e.getClass().getSimpleName().contains("EOF")
          ? "unexpected end of input"
          : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
              ? "duplicate field"
              : e.getOriginalMessage() != null && e.getOriginalMessage().contains("exceeds")
                  ? "a value exceeds a size or nesting limit"
                  : "malformed JSON";
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new InputException("line " + lineNo + ": " + what + (col > 0 ? " at column " + col : ""));
    }
  }

  private static Object id(JsonNode node, long lineNo) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw new InputException("line " + lineNo + ": field 'id' is missing");
    }
    if (id.isTextual()) {
      return id.textValue();
    }
    if (id.isIntegralNumber()) {
      return id.numberValue();
    }
    throw new InputException("line " + lineNo + ": field 'id' must be a string or an integer");
  }

  private static Message message(JsonNode node, long lineNo) {
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new InputException("line " + lineNo + ": field 'text' is missing");
    }
    if (!text.isTextual()) {
      throw new InputException("line " + lineNo + ": field 'text' must be a string");
    }
    Purpose purpose = null;
    JsonNode p = node.get("purpose");
    if (p != null && !p.isNull()) {
      if (!p.isTextual()) {
        throw new InputException("line " + lineNo + ": field 'purpose' must be a string");
      }
      try {
        purpose = Purpose.parse(p.textValue());
      } catch (IllegalArgumentException e) {
        throw new InputException("line " + lineNo + ": field 'purpose': " + e.getMessage());
      }
    }
    Channel channel = null;
    JsonNode c = node.get("channel");
    if (c != null && !c.isNull()) {
      if (!c.isTextual()) {
        throw new InputException("line " + lineNo + ": field 'channel' must be a string");
      }
      try {
        channel = Channel.parse(c.textValue());
      } catch (IllegalArgumentException e) {
        throw new InputException("line " + lineNo + ": field 'channel': " + e.getMessage());
      }
    }
    return Message.of(text.textValue(), purpose, channel);
  }
}
