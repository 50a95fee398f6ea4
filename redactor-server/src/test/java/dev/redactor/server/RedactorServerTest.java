package dev.redactor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redactor.Redactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real sidecar on an ephemeral port and calls it with the JDK HTTP client. All
 * messages are synthetic.
 */
class RedactorServerTest {
  private static final String TOKEN = "test-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The JDK server reads its time limits once per JVM; every server here uses this one. */
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private static Redactor redactor;
  private static RedactorServer server;
  private static HttpClient client;
  private static final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws IOException {
    redactor = Redactor.standard();
    server = RedactorServer.builder(redactor)
        .port(0)
        .tokens(BearerTokens.parse("# test\n" + TOKEN + "\nsecond-token-abcdefghijkl\n", "test"))
        .maxBodyBytes(4096)
        .maxLineBytes(2048)
        .maxScanBytes(64 * 1024)
        .requestTimeout(TIMEOUT)
        .threads(4)
        .accessLog(true)
        .log(log::add)
        .build()
        .start();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> post(String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static List<JsonNode> lines(String body) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : body.split("\n")) {
      if (!l.isEmpty()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  @Test
  void check_returnsTheScanContractVerdict() throws Exception {
    HttpResponse<String> r = post("/v1/check", TOKEN,
        "{\"id\":\"m1\",\"text\":\"We have your cell as 617-555-0142.\",\"purpose\":\"reminder\"}");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonNode v = JSON.readTree(r.body());
    assertEquals("m1", v.get("id").asText());
    assertEquals("REWRITE", v.get("verdict").asText());
    assertEquals("We have your cell.", v.get("rewritten").asText());
    JsonNode f = v.get("findings").get(0);
    assertEquals(21, f.get("start").asInt());
    assertEquals(33, f.get("end").asInt());
    assertEquals("PHONE", f.get("category").asText());
    assertEquals("default.patient-contact", f.get("rule").asText());
    assertEquals("REWRITE", f.get("action").asText());
  }

  @Test
  void check_withoutId_allowAndBlock() throws Exception {
    JsonNode allow = JSON.readTree(post("/v1/check", TOKEN,
        "{\"text\":\"Your appointment with Dr. Smith is tomorrow at 2pm.\"}").body());
    assertEquals("ALLOW", allow.get("verdict").asText());
    assertFalse(allow.has("id"));
    assertFalse(allow.has("rewritten"));
    JsonNode block = JSON.readTree(post("/v1/check", TOKEN,
        "{\"id\":7,\"text\":\"Your HbA1c is 7.2, indicating poorly-controlled diabetes.\"}")
        .body());
    assertEquals(7, block.get("id").asInt());
    assertEquals("BLOCK", block.get("verdict").asText());
  }

  @Test
  void auth_missingWrongOrMalformedToken_is401() throws Exception {
    String body = "{\"id\":\"a\",\"text\":\"See you Monday.\"}";
    HttpResponse<String> none = post("/v1/check", null, body);
    assertEquals(401, none.statusCode());
    assertEquals("Bearer realm=\"redactor\"",
        none.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertEquals(401, post("/v1/check", "test-token-0123456789abcdeX", body).statusCode());
    assertEquals(401, post("/v1/check", TOKEN.substring(0, 10), body).statusCode());
    assertEquals(401, post("/v1/scan", "nope", body + "\n").statusCode());
    assertEquals(401, get("/metrics", null).statusCode());
    HttpRequest basic = HttpRequest.newBuilder(uri("/v1/check"))
        .header("Authorization", "Basic " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    assertEquals(401, client.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode());
    // The second token of the file works too; the scheme is case-insensitive.
    HttpRequest second = HttpRequest.newBuilder(uri("/v1/check"))
        .header("Authorization", "bearer second-token-abcdefghijkl")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    assertEquals(200, client.send(second, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void healthz_needsNoToken() throws Exception {
    HttpResponse<String> r = get("/healthz", null);
    assertEquals(200, r.statusCode());
    assertEquals("ok\n", r.body());
  }

  @Test
  void malformedJson_is400_withAnErrorThatNamesWhereButNotWhat() throws Exception {
    HttpResponse<String> r = post("/v1/check", TOKEN,
        "{\"id\":\"a\",\"text\":\"SSN 123-45-6789 for Maria\"");
    assertEquals(400, r.statusCode());
    JsonNode e = JSON.readTree(r.body());
    assertTrue(e.get("id").isNull(), "the id of a body that cannot be parsed is unknown");
    String err = e.get("error").asText();
    assertTrue(err.startsWith("request body: "), err);
    assertFalse(err.contains("6789") || err.contains("Maria"), err);

    assertEquals(400, post("/v1/check", TOKEN, "[1,2]").statusCode());
    assertEquals(400, post("/v1/check", TOKEN, "").statusCode());
    HttpResponse<String> noText = post("/v1/check", TOKEN, "{\"id\":\"b\"}");
    assertEquals(400, noText.statusCode());
    assertEquals("b", JSON.readTree(noText.body()).get("id").asText());
    assertTrue(JSON.readTree(noText.body()).get("error").asText().contains("'text' is missing"));
    HttpResponse<String> badPurpose =
        post("/v1/check", TOKEN, "{\"text\":\"hi\",\"purpose\":\"newsletter\"}");
    assertEquals(400, badPurpose.statusCode());
    byte[] invalidUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}'};
    HttpRequest bad = HttpRequest.newBuilder(uri("/v1/check"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)).build();
    HttpResponse<String> r2 = client.send(bad, HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r2.statusCode());
    assertTrue(r2.body().contains("invalid UTF-8 at byte offset 9"), r2.body());
  }

  @Test
  void oversizedBody_is413_withOrWithoutContentLength() throws Exception {
    String big = "{\"id\":\"a\",\"text\":\"" + "a".repeat(5000) + "\"}";
    HttpResponse<String> declared = post("/v1/check", TOKEN, big);
    assertEquals(413, declared.statusCode());
    assertTrue(declared.body().contains("--max-body-bytes"), declared.body());
    // Chunked: no Content-Length, so the cap is found while reading.
    HttpRequest chunked = HttpRequest.newBuilder(uri("/v1/check"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .build();
    HttpResponse<String> r = client.send(chunked, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, r.statusCode());
    // The server is still fine afterwards.
    assertEquals(200, post("/v1/check", TOKEN, "{\"text\":\"See you Monday.\"}").statusCode());
  }

  @Test
  void scan_streamsOneLinePerInput_inOrder_withPerLineErrors() throws Exception {
    String in = "{\"id\":\"a\",\"text\":\"Your appointment is tomorrow at 2pm.\"}\n"
        + "not json\n"
        + "{\"id\":\"b\",\"text\":\"We have your cell as 617-555-0142.\",\"purpose\":\"reminder\"}\n"
        + "{\"id\":\"long\",\"text\":\"" + "x".repeat(3000) + "\"}\n"
        + "{\"id\":3,\"text\":\"SSN 123-45-6789\",\"channel\":\"sms\"}\n";
    HttpResponse<String> r = post("/v1/scan", TOKEN, in);
    assertEquals(200, r.statusCode());
    assertEquals("application/x-ndjson", r.headers().firstValue("Content-Type").orElseThrow());
    List<JsonNode> out = lines(r.body());
    assertEquals(5, out.size());
    assertEquals("ALLOW", out.get(0).get("verdict").asText());
    assertTrue(out.get(1).get("error").asText().startsWith("line 2: malformed JSON at column "));
    assertEquals("b", out.get(2).get("id").asText());
    assertEquals("We have your cell.", out.get(2).get("rewritten").asText());
    assertTrue(out.get(3).get("error").asText().startsWith("line 4: "));
    assertTrue(out.get(3).get("error").asText().contains("--max-line-bytes"));
    assertEquals(3, out.get(4).get("id").asInt());
    assertEquals("BLOCK", out.get(4).get("verdict").asText());
  }

  @Test
  void scan_overTheBodyCap_stopsWithAnErrorLine() throws Exception {
    StringBuilder in = new StringBuilder();
    int n = 0;
    while (in.length() < 70 * 1024) {
      in.append("{\"id\":").append(n++).append(",\"text\":\"See you Monday.\"}\n");
    }
    HttpRequest chunked = HttpRequest.newBuilder(uri("/v1/scan"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8))))
        .build();
    HttpResponse<String> r = client.send(chunked, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    List<JsonNode> out = lines(r.body());
    assertTrue(out.size() < n, "the scan stopped before the end");
    assertEquals("ALLOW", out.get(0).get("verdict").asText());
    JsonNode last = out.get(out.size() - 1);
    assertTrue(last.get("error").asText().contains("--max-scan-bytes"), last.toString());
    // Declared too large: refused before reading.
    HttpResponse<String> declared = post("/v1/scan", TOKEN, in.toString());
    assertEquals(413, declared.statusCode());
  }

  @Test
  void unknownRouteAndWrongMethod() throws Exception {
    assertEquals(404, get("/v2/check", TOKEN).statusCode());
    HttpResponse<String> r = get("/v1/check", TOKEN);
    assertEquals(405, r.statusCode());
    assertEquals("POST", r.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void concurrentClients_eachGetTheirOwnVerdict() throws Exception {
    String[][] cases = {
      {"Your appointment with Dr. Smith is tomorrow at 2pm.", "ALLOW"},
      {"We have your cell as 617-555-0142.", "REWRITE"},
      {"Your HbA1c is 7.2, indicating poorly-controlled diabetes.", "BLOCK"},
      {"Please verify SSN 123-45-6789 before your visit.", "BLOCK"},
    };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          int ok = 0;
          for (int i = 0; i < 25; i++) {
            String[] c = cases[(thread + i) % cases.length];
            String id = thread + "-" + i;
            HttpResponse<String> r = post("/v1/check", TOKEN,
                "{\"id\":\"" + id + "\",\"text\":\"" + c[0] + "\"}");
            JsonNode v = JSON.readTree(r.body());
            if (r.statusCode() == 200 && v.get("id").asText().equals(id)
                && v.get("verdict").asText().equals(c[1])) {
              ok++;
            }
          }
          return ok;
        }));
      }
      int total = 0;
      for (Future<Integer> f : futures) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      assertEquals(200, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void metrics_countVerdictsAndRules_withoutText() throws Exception {
    post("/v1/check", TOKEN,
        "{\"id\":\"patient-id-777\",\"text\":\"We have your cell as 617-555-0142.\"}");
    post("/v1/check", TOKEN, "{broken");
    HttpResponse<String> r = get("/metrics", TOKEN);
    assertEquals(200, r.statusCode());
    String m = r.body();
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    assertTrue(positive(m, "redactor_messages_total{verdict=\"REWRITE\"}"), m);
    assertTrue(positive(m,
        "redactor_findings_total{rule=\"default.patient-contact\",action=\"REWRITE\"}"), m);
    assertTrue(positive(m, "redactor_input_errors_total"), m);
    assertTrue(positive(m, "redactor_check_duration_seconds_bucket{le=\"+Inf\"}"), m);
    assertTrue(positive(m, "redactor_http_requests_total{route=\"/v1/check\",code=\"200\"}"), m);
    assertFalse(m.contains("617-555-0142") || m.contains("patient-id-777") || m.contains("cell"), m);
    List<String> lines;
    synchronized (log) { // the server thread may still be writing its access line
      lines = new ArrayList<>(log);
    }
    for (String line : lines) {
      assertFalse(line.contains("617-555-0142") || line.contains("patient-id-777"), line);
    }
  }

  private static boolean positive(String metrics, String series) {
    for (String line : metrics.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1)) > 0;
      }
    }
    return false;
  }

  @Test
  void slowClient_isCutOffAfterTheRequestTimeout() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
          + "\r\nContent-Length: 100\r\n\r\n{\"text\":").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long t0 = System.nanoTime();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[4096];
      int n;
      do {
        n = in.read(buf); // the server closes the connection: EOF (or a reset)
      } while (n > 0);
      long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
      assertTrue(waited < 15, "closed after " + waited + " s");
    } catch (java.net.SocketException reset) {
      // A reset is a close too.
    }
  }

  /** Reads from {@code in} until the text read so far contains {@code what}; returns it all. */
  private static String readUntil(InputStream in, StringBuilder seen, String what)
      throws IOException {
    byte[] buf = new byte[4096];
    while (!seen.toString().contains(what)) {
      int n = in.read(buf);
      if (n < 0) {
        break;
      }
      seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
    }
    return seen.toString();
  }

  private static byte[] chunk(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return (Integer.toHexString(b.length) + "\r\n" + s + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void scan_streams_eachVerdictArrivesBeforeTheNextLineIsSent() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      out.write(("POST /v1/scan HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
          + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(chunk("{\"id\":\"first\",\"text\":\"See you Monday.\"}\n"));
      out.flush();
      StringBuilder seen = new StringBuilder();
      assertTrue(readUntil(in, seen, "\"id\":\"first\"").contains("\"verdict\":\"ALLOW\""),
          seen.toString());
      out.write(chunk("{\"id\":\"second\",\"text\":\"SSN 123-45-6789\"}\n"));
      out.flush();
      assertTrue(readUntil(in, seen, "\"id\":\"second\"").contains("\"verdict\":\"BLOCK\""),
          seen.toString());
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  @Test
  void stop_letsARequestInFlightFinish_thenRefusesConnections() throws Exception {
    RedactorServer srv = RedactorServer.builder(redactor).port(0).allowAnonymous()
        .requestTimeout(TIMEOUT).build().start();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), srv.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      out.write(("POST /v1/scan HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(chunk("{\"id\":1,\"text\":\"See you Monday.\"}\n"));
      out.flush();
      StringBuilder seen = new StringBuilder();
      readUntil(in, seen, "\"verdict\":\"ALLOW\""); // the request is in flight
      CompletableFuture<Void> stopping =
          CompletableFuture.runAsync(() -> srv.stop(Duration.ofSeconds(10)));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      HttpResponse<String> health;
      do {
        // While draining: not ready, and new work is turned away with a clear status.
        health = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + srv.port() + "/healthz")).build(),
            HttpResponse.BodyHandlers.ofString());
      } while (health.statusCode() == 200 && System.nanoTime() < deadline);
      assertEquals(503, health.statusCode());
      HttpResponse<String> late = client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + srv.port() + "/v1/check"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"See you Monday.\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, late.statusCode());
      assertFalse(stopping.isDone(), "the scan in flight holds the stop");
      out.write(chunk("{\"id\":2,\"text\":\"SSN 123-45-6789\"}\n"));
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String all = readUntil(in, seen, "\"verdict\":\"BLOCK\"");
      assertTrue(all.contains("\"id\":2,\"verdict\":\"BLOCK\""), all);
      stopping.get(20, TimeUnit.SECONDS);
    }
    assertThrows(ConnectException.class, () -> client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + srv.port() + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void tls_servesHttpsFromAKeystore(@TempDir Path dir) throws Exception {
    Path ks = dir.resolve("server.p12");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "sidecar", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "changeit-test")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor());
    char[] password = "changeit-test".toCharArray();
    RedactorServer s = RedactorServer.builder(redactor).port(0)
        .tokens(BearerTokens.fromList(TOKEN, "test")).requestTimeout(TIMEOUT)
        .tls(Tls.fromKeystore(ks, password)).build().start();
    try {
      KeyStore trust = KeyStore.getInstance(ks.toFile(), password);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      HttpClient tlsClient = HttpClient.newBuilder().sslContext(ctx).build();
      HttpResponse<String> r = tlsClient.send(
          HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + s.port() + "/v1/check"))
              .header("Authorization", "Bearer " + TOKEN)
              .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"See you Monday.\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals("ALLOW", JSON.readTree(r.body()).get("verdict").asText());
      // Plain HTTP to the TLS port gets no verdict.
      assertThrows(IOException.class, () -> client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/healthz"))
              .timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString()));
    } finally {
      s.stop(Duration.ZERO);
    }
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> Tls.fromKeystore(ks, "wrong-password".toCharArray()));
    assertTrue(wrong.getMessage().contains("server.p12"));
  }

  @Test
  void build_withoutTokens_isRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RedactorServer.builder(redactor).port(0).build());
    assertTrue(e.getMessage().contains("no bearer tokens"));
  }
}
