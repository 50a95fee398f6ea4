package dev.redactor.json;

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
import dev.redactor.Limits;
import dev.redactor.Message;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The JSON Lines scan of the CLI contract, in one place for {@code redactor scan} and the HTTP
 * sidecar: one message object per input line ({@code {"id", "text", "purpose", "channel"}}, id and
 * text required), one verdict object per line out, in order; a line that cannot be read gets
 * {@code {"id": ..., "error": "line N: ..."}} and the scan goes on. Memory stays bounded by the line
 * cap whatever the size of the input.
 *
 * <p>Immutable and thread-safe once built; {@link #scan} and {@link #checkOne} may run concurrently.
 * A check that throws unexpectedly yields a BLOCK verdict with {@code failedClosed} (never ALLOW);
 * errors name the line, column, byte offset or field, never the message text.
 */
public final class JsonLines {
  /** Bytes per input line beyond the message text itself: id, field names, escapes. */
  public static final int LINE_OVERHEAD = 64 * 1024;

  /** Smallest accepted line cap. */
  public static final int MIN_LINE_BYTES = 16;

  /** Told about each message checked and each line rejected (for metrics); must not block. */
  public interface Observer {
    /** A message was checked in {@code nanos} nanoseconds. */
    default void checked(Verdict verdict, long nanos) {}

    /** A line or body was rejected as malformed or over a limit. */
    default void rejected() {}

    /** An observer that ignores everything. */
    Observer NONE = new Observer() {};
  }

  /** What a scan saw: lines read, lines in error, and messages that were not ALLOW. */
  public record Summary(long lines, long errors, long findings) {}

  /**
   * The result of one line or body: the message read and its verdict, or an error. {@code id} is
   * the message id when it could be read (a String or a Number), otherwise null; {@code message}
   * and {@code verdict} are null for an error, {@code error} otherwise. {@code toString()} gives
   * no text.
   */
  public record Outcome(Object id, Message message, Verdict verdict, String error) {
    /** Whether this is an error (no verdict). */
    public boolean isError() {
      return verdict == null;
    }

    @Override
    public String toString() {
      return isError() ? "Outcome[error=" + error + "]" : "Outcome[" + verdict + "]";
    }
  }

  private final Redactor redactor;
  /* What checks a message: redactor::check, or a stand-in in tests of the fail-closed path. */
  private final Function<Message, Verdict> checker;
  private final int maxLineBytes;
  private final JsonFactory factory;
  private final ObjectMapper mapper;

  /**
   * A scanner for {@code redactor}, accepting lines up to {@code maxLineBytes} bytes.
   *
   * @throws IllegalArgumentException when {@code maxLineBytes} is under {@link #MIN_LINE_BYTES}
   */
  public JsonLines(Redactor redactor, int maxLineBytes) {
    this(redactor, redactor::check, maxLineBytes);
  }

  /** As above, with {@code checker} in place of {@code redactor.check}: for tests. */
  JsonLines(Redactor redactor, Function<Message, Verdict> checker, int maxLineBytes) {
    if (maxLineBytes < MIN_LINE_BYTES) {
      throw new IllegalArgumentException(
          "maxLineBytes must be at least " + MIN_LINE_BYTES + " (was " + maxLineBytes + ")");
    }
    this.redactor = redactor;
    this.checker = checker;
    this.maxLineBytes = maxLineBytes;
    this.factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(maxLineBytes)
                    .maxNumberLength(64)
                    .build())
            .build();
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The default line cap for these limits: four bytes per UTF-16 unit of text plus 64 KiB. */
  public static int defaultMaxLineBytes(Limits limits) {
    long cap = (long) limits.maxMessageLength() * 4 + LINE_OVERHEAD;
    return (int) Math.min(Integer.MAX_VALUE - 16, cap);
  }

  /** The longest line accepted, in bytes. */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** The engine that checks the messages. */
  public Redactor redactor() {
    return redactor;
  }

  /** A generator factory with the same settings as the reader. */
  public JsonFactory factory() {
    return factory;
  }

  /**
   * Reads JSON Lines from {@code in} and writes one line per input line to {@code out}, in order.
   * Output is flushed whenever the input has nothing more ready, so a client streaming lines gets
   * each verdict without waiting for the end. Neither stream is closed.
   *
   * @param maxLineHint named in the error for an over-long line (for example {@code
   *     --max-line-bytes})
   */
  public Summary scan(InputStream in, OutputStream out, Observer observer, String maxLineHint)
      throws IOException {
    LineReader lines = new LineReader(in, maxLineBytes);
    long errors = 0;
    long findings = 0;
    long lineNo = 0;
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    try (JsonGenerator g = factory.createGenerator(buffered, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      LineReader.Status status;
      while ((status = lines.next()) != LineReader.Status.EOF) {
        lineNo++;
        String where = "line " + lineNo;
        Outcome o =
            status == LineReader.Status.TOO_LONG
                ? new Outcome(null, null, null, where + ": " + lines.fullLength()
                    + " bytes is longer than the maximum " + maxLineBytes + " (" + maxLineHint + ")")
                : check(lines.bytes(), lines.length(), where, true, observer);
        if (o.isError()) {
          if (status == LineReader.Status.TOO_LONG) {
            observer.rejected();
          }
          errors++;
        } else if (o.verdict().decision() != Decision.ALLOW) {
          findings++;
        }
        write(g, o, true);
        g.flush();
        buffered.write('\n');
        if (in.available() == 0) {
          buffered.flush();
        }
        lines.trim();
      }
    }
    buffered.flush();
    return new Summary(lineNo, errors, findings);
  }

  /**
   * Reads one message object from {@code bytes[0, length)} and checks it. {@code where} starts
   * every error ("line 3", "request body"). With {@code idRequired} false a missing id is allowed
   * (and then not written).
   */
  public Outcome check(byte[] bytes, int length, String where, boolean idRequired,
      Observer observer) {
    Object id = null;
    try {
      String json = Utf8.decode(bytes, length, where);
      if (json.isBlank()) {
        throw new JsonInputException(where + ": empty " + (idRequired ? "line" : "body")
            + "; expected a JSON object");
      }
      JsonNode node = parse(json, where);
      id = id(node, where, idRequired);
      Message message = message(node, where);
      Verdict v;
      long t0 = System.nanoTime();
      try {
        v = checker.apply(message);
      } catch (LimitExceededException e) {
        throw new JsonInputException(where + ": " + e.getMessage());
      } catch (RuntimeException e) {
        // Fail closed: whatever went wrong inside, the message does not go out as it is.
        v = Verdict.failedClosed(
            "internal error while checking (" + e.getClass().getSimpleName()
                + "); blocked, not sent");
      }
      observer.checked(v, System.nanoTime() - t0);
      return new Outcome(id, message, v, null);
    } catch (JsonInputException e) {
      observer.rejected();
      return new Outcome(id, null, null, e.getMessage());
    }
  }

  /**
   * Writes an outcome as one JSON object: the verdict, or {@code {"id": ..., "error": ...}}. With
   * {@code withId} the id is always written (null when unknown), as {@code scan} does; without, only
   * when the message had one.
   */
  public static void write(JsonGenerator g, Outcome o, boolean withId) throws IOException {
    if (o.isError()) {
      VerdictJson.writeError(g, o.id(), o.error());
    } else {
      VerdictJson.write(g, o.id(), withId || o.id() != null, o.verdict());
    }
  }

  private JsonNode parse(String json, String where) {
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || !node.isObject()) {
        throw new JsonInputException(where + ": expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage();
      String what = e.getClass().getSimpleName().contains("EOF")
          ? "unexpected end of input"
          : m != null && m.startsWith("Duplicate field")
              ? "duplicate field"
              : m != null && m.contains("exceeds")
                  ? "a value exceeds a size or nesting limit"
                  : "malformed JSON";
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new JsonInputException(where + ": " + what + (col > 0 ? " at column " + col : ""));
    }
  }

  private static Object id(JsonNode node, String where, boolean required) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      if (!required) {
        return null;
      }
      throw new JsonInputException(where + ": field 'id' is missing");
    }
    if (id.isTextual()) {
      return id.textValue();
    }
    if (id.isIntegralNumber()) {
      return id.numberValue();
    }
    throw new JsonInputException(where + ": field 'id' must be a string or an integer");
  }

  private static Message message(JsonNode node, String where) {
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new JsonInputException(where + ": field 'text' is missing");
    }
    if (!text.isTextual()) {
      throw new JsonInputException(where + ": field 'text' must be a string");
    }
    Purpose purpose = null;
    JsonNode p = node.get("purpose");
    if (p != null && !p.isNull()) {
      if (!p.isTextual()) {
        throw new JsonInputException(where + ": field 'purpose' must be a string");
      }
      try {
        purpose = Purpose.parse(p.textValue());
      } catch (IllegalArgumentException e) {
        throw new JsonInputException(where + ": field 'purpose': " + e.getMessage());
      }
    }
    Channel channel = null;
    JsonNode c = node.get("channel");
    if (c != null && !c.isNull()) {
      if (!c.isTextual()) {
        throw new JsonInputException(where + ": field 'channel' must be a string");
      }
      try {
        channel = Channel.parse(c.textValue());
      } catch (IllegalArgumentException e) {
        throw new JsonInputException(where + ": field 'channel': " + e.getMessage());
      }
    }
    return Message.of(text.textValue(), purpose, channel);
  }
}
