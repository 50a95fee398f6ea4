package dev.redactor.examples.kafka;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.redactor.Decision;
import dev.redactor.Message;
import dev.redactor.Redactor;
import dev.redactor.json.JsonLines;
import dev.redactor.json.VerdictJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A bulk campaign on Kafka Streams: reads outgoing messages from a topic, checks each one, and
 * routes it with its verdict attached.
 *
 * <ul>
 *   <li>input ({@code outgoing}): key as the platform chose it (the recipient, say), value a
 *       message object of the scan contract, {@code {"id", "text", "purpose"?, "channel"?}};
 *   <li>{@code approved}: ALLOW, send {@code message.text} as it is;
 *   <li>{@code rewritten}: REWRITE, send {@code verdict.rewritten} instead;
 *   <li>{@code held}: BLOCK (send a portal notice; {@code verdict.explanation} says why), and
 *       records that cannot be read ({@code {"id": ..., "error": "record: ..."}}).
 * </ul>
 *
 * <p>The value on the three output topics is {@code {"message": {"id", "text", "purpose",
 * "channel"}, "verdict": {...}}} where {@code verdict} is exactly a {@code redactor scan} line
 * without the id. Keys are kept, so partitioning (and with it per-recipient order) is kept.
 * Stateless: scaling is adding partitions and instances with the same {@code application.id}.
 */
public final class CampaignTopology {
  private CampaignTopology() {}

  /** The four topic names. */
  public record Topics(String input, String approved, String rewritten, String held) {
    public Topics {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(approved, "approved");
      Objects.requireNonNull(rewritten, "rewritten");
      Objects.requireNonNull(held, "held");
    }

    /** {@code outgoing}, {@code approved}, {@code rewritten}, {@code held}. */
    public static Topics defaults() {
      return new Topics("outgoing", "approved", "rewritten", "held");
    }
  }

  private enum Route { APPROVED, REWRITTEN, HELD }

  private record Routed(Route route, byte[] value) {}

  /** The topology: one stateless pass, no repartitioning, no state store. */
  public static Topology build(Redactor redactor, Topics topics) {
    JsonLines lines = new JsonLines(redactor, JsonLines.defaultMaxLineBytes(redactor.limits()));
    StreamsBuilder builder = new StreamsBuilder();
    Produced<String, byte[]> out = Produced.with(Serdes.String(), Serdes.ByteArray());
    KStream<String, Routed> checked = builder
        .stream(topics.input(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .mapValues(v -> check(lines, v), Named.as("redactor-check"));
    checked.split(Named.as("route-"))
        .branch((k, r) -> r.route() == Route.APPROVED, Branched.withConsumer(
            s -> s.mapValues(Routed::value).to(topics.approved(), out), "approved"))
        .branch((k, r) -> r.route() == Route.REWRITTEN, Branched.withConsumer(
            s -> s.mapValues(Routed::value).to(topics.rewritten(), out), "rewritten"))
        .defaultBranch(Branched.withConsumer(
            s -> s.mapValues(Routed::value).to(topics.held(), out), "held"));
    return builder.build();
  }

  private static Routed check(JsonLines lines, byte[] value) {
    JsonLines.Outcome o = value == null
        ? new JsonLines.Outcome(null, null, null, "record: the value is missing")
        : lines.check(value, value.length, "record", true, JsonLines.Observer.NONE);
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    try (JsonGenerator g = lines.factory().createGenerator(buf, JsonEncoding.UTF8)) {
      if (o.isError()) {
        JsonLines.write(g, o, true);
      } else {
        writeChecked(g, o);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Decision d = o.isError() ? Decision.BLOCK : o.verdict().decision();
    Route r = d == Decision.ALLOW ? Route.APPROVED
        : d == Decision.REWRITE ? Route.REWRITTEN
        : Route.HELD;
    return new Routed(r, buf.toByteArray());
  }

  private static void writeChecked(JsonGenerator g, JsonLines.Outcome o) throws IOException {
    Message m = o.message();
    g.writeStartObject();
    g.writeObjectFieldStart("message");
    g.writeFieldName("id");
    if (o.id() instanceof Number) {
      g.writeNumber(o.id().toString());
    } else {
      g.writeString(o.id().toString());
    }
    g.writeStringField("text", m.text());
    if (m.purpose().isPresent()) {
      g.writeStringField("purpose", m.purpose().get().wireName());
    }
    if (m.channel().isPresent()) {
      g.writeStringField("channel", m.channel().get().wireName());
    }
    g.writeEndObject();
    g.writeFieldName("verdict");
    VerdictJson.write(g, null, false, o.verdict());
    g.writeEndObject();
  }
}
