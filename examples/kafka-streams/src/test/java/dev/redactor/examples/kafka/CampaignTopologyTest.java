package dev.redactor.examples.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redactor.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign topology end to end, without a broker (TopologyTestDriver). */
class CampaignTopologyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Redactor redactor;

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> outgoing;
  private TestOutputTopic<String, byte[]> approved;
  private TestOutputTopic<String, byte[]> rewritten;
  private TestOutputTopic<String, byte[]> held;

  @BeforeAll
  static void engine() {
    redactor = Redactor.standard();
  }

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "campaign-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    CampaignTopology.Topics t = CampaignTopology.Topics.defaults();
    driver = new TopologyTestDriver(CampaignTopology.build(redactor, t), props);
    outgoing = driver.createInputTopic(t.input(), new StringSerializer(), new ByteArraySerializer());
    approved = driver.createOutputTopic(t.approved(), new StringDeserializer(),
        new ByteArrayDeserializer());
    rewritten = driver.createOutputTopic(t.rewritten(), new StringDeserializer(),
        new ByteArrayDeserializer());
    held = driver.createOutputTopic(t.held(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void send(String key, String json) {
    outgoing.pipeInput(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<KeyValue<String, JsonNode>> read(TestOutputTopic<String, byte[]> topic)
      throws IOException {
    List<KeyValue<String, JsonNode>> out = new ArrayList<>();
    for (KeyValue<String, byte[]> kv : topic.readKeyValuesToList()) {
      out.add(KeyValue.pair(kv.key, JSON.readTree(kv.value)));
    }
    return out;
  }

  @Test
  void routesByVerdict_withTheVerdictAttached_andKeysKept() throws IOException {
    send("+15550100", "{\"id\":\"m1\",\"text\":\"Your appointment with Dr. Smith is tomorrow at"
        + " 2pm.\",\"purpose\":\"reminder\",\"channel\":\"sms\"}");
    send("+15550101", "{\"id\":\"m2\",\"text\":\"We have your cell as 617-555-0142.\","
        + "\"purpose\":\"reminder\"}");
    send("+15550102", "{\"id\":3,\"text\":\"Your HbA1c is 7.2, indicating poorly-controlled"
        + " diabetes.\"}");

    List<KeyValue<String, JsonNode>> a = read(approved);
    assertEquals(1, a.size());
    assertEquals("+15550100", a.get(0).key);
    assertEquals("m1", a.get(0).value.at("/message/id").asText());
    assertEquals("reminder", a.get(0).value.at("/message/purpose").asText());
    assertEquals("sms", a.get(0).value.at("/message/channel").asText());
    assertEquals("ALLOW", a.get(0).value.at("/verdict/verdict").asText());

    List<KeyValue<String, JsonNode>> r = read(rewritten);
    assertEquals(1, r.size());
    assertEquals("+15550101", r.get(0).key);
    JsonNode v = r.get(0).value.get("verdict");
    assertEquals("REWRITE", v.get("verdict").asText());
    assertEquals("We have your cell.", v.get("rewritten").asText());
    assertEquals("We have your cell as 617-555-0142.", r.get(0).value.at("/message/text").asText());
    JsonNode f = v.get("findings").get(0);
    assertEquals(21, f.get("start").asInt());
    assertEquals(33, f.get("end").asInt());
    assertEquals("PHONE", f.get("category").asText());
    assertEquals("default.patient-contact", f.get("rule").asText());
    assertFalse(v.has("id"), "the id is in message, once");

    List<KeyValue<String, JsonNode>> h = read(held);
    assertEquals(1, h.size());
    assertEquals(3, h.get(0).value.at("/message/id").asInt());
    assertEquals("BLOCK", h.get(0).value.at("/verdict/verdict").asText());
    assertTrue(h.get(0).value.at("/verdict/explanation").asText().contains("portal"));
  }

  @Test
  void unreadableRecords_areHeld_withAnErrorThatQuotesNothing() throws IOException {
    send("k1", "{\"id\":\"x\",\"text\":\"SSN 123-45-6789\"");
    send("k2", "{\"id\":\"y\"}");
    send("k3", null);
    send("k4", "{\"id\":\"z\",\"text\":\"See you Monday.\",\"channel\":\"fax\"}");
    List<KeyValue<String, JsonNode>> h = read(held);
    assertEquals(4, h.size());
    for (KeyValue<String, JsonNode> kv : h) {
      String err = kv.value.get("error").asText();
      assertTrue(err.startsWith("record: "), err);
      assertFalse(err.contains("6789"), err);
    }
    assertEquals("record: field 'text' is missing", h.get(1).value.get("error").asText());
    assertEquals("y", h.get(1).value.get("id").asText());
    assertEquals("record: the value is missing", h.get(2).value.get("error").asText());
    assertTrue(approved.isEmpty() && rewritten.isEmpty());
  }

  @Test
  void aCampaign_everyMessageLandsInExactlyOneTopic() throws IOException {
    String[] texts = {
      "Your appointment with Dr. Smith is tomorrow at 2pm.",
      "Hi Maria, your mammogram is Tuesday at 9am.",
      "Please verify SSN 123-45-6789 before your visit.",
      "Flu shots are available Saturday at the Main St office.",
      "Your refill of sertraline is ready for pickup.",
    };
    int n = 500;
    for (int i = 0; i < n; i++) {
      send("patient-" + (i % 37), "{\"id\":" + i + ",\"text\":\"" + texts[i % texts.length]
          + "\",\"purpose\":\"reminder\"}");
    }
    Set<Integer> seen = new HashSet<>();
    int total = 0;
    for (TestOutputTopic<String, byte[]> topic : List.of(approved, rewritten, held)) {
      String expected = topic == approved ? "ALLOW" : topic == rewritten ? "REWRITE" : "BLOCK";
      for (KeyValue<String, JsonNode> kv : read(topic)) {
        assertEquals(expected, kv.value.at("/verdict/verdict").asText());
        assertTrue(seen.add(kv.value.at("/message/id").asInt()), "each message once");
        total++;
      }
    }
    assertEquals(n, total);
    assertEquals(n, seen.size());
  }
}
