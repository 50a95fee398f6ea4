package dev.redactor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.redactor.Channel;
import dev.redactor.Decision;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static Redactor redactor;
  private static JsonLines lines;

  @BeforeAll
  static void build() {
    redactor = Redactor.standard();
    lines = new JsonLines(redactor, 4096);
  }

  private static JsonLines.Outcome check(String json, boolean idRequired,
      JsonLines.Observer observer) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    return lines.check(b, b.length, "record", idRequired, observer);
  }

  private static String write(JsonLines.Outcome o, boolean withId) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = lines.factory().createGenerator(out, JsonEncoding.UTF8)) {
      JsonLines.write(g, o, withId);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void check_readsTheMessage_andTellsTheObserver() {
    AtomicInteger checked = new AtomicInteger();
    JsonLines.Outcome o = check(
        "{\"id\":\"m1\",\"text\":\"We have your cell as 617-555-0142.\",\"purpose\":\"reminder\","
            + "\"channel\":\"sms\"}",
        true, new JsonLines.Observer() {
          @Override
          public void checked(dev.redactor.Verdict v, long nanos) {
            checked.incrementAndGet();
          }
        });
    assertFalse(o.isError());
    assertEquals("m1", o.id());
    assertEquals(Purpose.REMINDER, o.message().purpose().orElseThrow());
    assertEquals(Channel.SMS, o.message().channel().orElseThrow());
    assertEquals(Decision.REWRITE, o.verdict().decision());
    assertEquals(1, checked.get());
    assertFalse(o.toString().contains("617"), o.toString());
  }

  @Test
  void aCheckThatThrows_failsClosed_withoutQuotingTheExceptionsMessage() throws IOException {
    JsonLines failing = new JsonLines(redactor, m -> {
      throw new IllegalStateException("detector broke on: " + m.text());
    }, 4096);
    AtomicInteger checked = new AtomicInteger();
    byte[] b = "{\"id\":\"m9\",\"text\":\"Maria's HIV test is Monday.\"}"
        .getBytes(StandardCharsets.UTF_8);
    JsonLines.Outcome o = failing.check(b, b.length, "line 1", true, new JsonLines.Observer() {
      @Override
      public void checked(dev.redactor.Verdict v, long nanos) {
        checked.incrementAndGet();
      }
    });
    assertFalse(o.isError());
    assertEquals(Decision.BLOCK, o.verdict().decision());
    assertTrue(o.verdict().failedClosed());
    assertEquals(1, checked.get());
    String json = write(o, true);
    assertTrue(json.contains("\"failedClosed\":true"), json);
    assertTrue(json.contains("IllegalStateException"), json);
    assertFalse(json.contains("Maria") || json.contains("HIV") || json.contains("broke"), json);
  }

  @Test
  void idOptional_isWrittenOnlyWhenGiven() throws IOException {
    String noId = write(check("{\"text\":\"See you Monday.\"}", false, JsonLines.Observer.NONE),
        false);
    assertTrue(noId.startsWith("{\"verdict\":\"ALLOW\""), noId);
    String withNullId = write(check("{\"id\":1,\"text\":\"x\"}", true, JsonLines.Observer.NONE),
        true);
    assertTrue(withNullId.startsWith("{\"id\":1,"), withNullId);
  }

  @Test
  void errors_nameWhere_countAsRejected_andNeverQuoteTheText() throws IOException {
    AtomicInteger rejected = new AtomicInteger();
    JsonLines.Observer obs = new JsonLines.Observer() {
      @Override
      public void rejected() {
        rejected.incrementAndGet();
      }
    };
    JsonLines.Outcome missingId = check("{\"text\":\"SSN 123-45-6789\"}", true, obs);
    assertEquals("record: field 'id' is missing", missingId.error());
    assertNull(missingId.message());
    JsonLines.Outcome bad = check("{\"id\":\"a\",\"text\":\"SSN 123-45-6789", true, obs);
    assertTrue(bad.error().startsWith("record: "), bad.error());
    assertFalse(bad.error().contains("6789"));
    assertEquals("{\"id\":null,\"error\":\"" + bad.error() + "\"}", write(bad, true));
    assertEquals(2, rejected.get());
  }

  @Test
  void lineCap_belowTheMinimum_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new JsonLines(redactor, 15));
    assertEquals("maxLineBytes must be at least 16 (was 15)", e.getMessage());
  }
}
