package dev.redactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private record Run(int exit, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    ServeCommand cmd = new ServeCommand();
    cmd.env = env::get;
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(cmd);
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((ex, c, p) -> {
      err.write("redactor: error: " + Main.describe(ex));
      return Main.ERROR;
    });
    int exit = cl.execute(args);
    return new Run(exit, err.toString());
  }

  @Test
  void withoutTokens_refusesToStart_andSaysHow() {
    Run r = run(Map.of(), "--port", "0");
    assertEquals(Main.ERROR, r.exit());
    assertTrue(r.err().contains("--token-file") && r.err().contains("REDACTOR_TOKENS"), r.err());
  }

  @Test
  void noAuth_onlyOnLoopback() {
    Run r = run(Map.of(), "--port", "0", "--no-auth", "--bind", "0.0.0.0");
    assertEquals(Main.ERROR, r.exit());
    assertTrue(r.err().contains("loopback"), r.err());
  }

  @Test
  void badTokenFile_namesFileAndLine_notTheToken(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("tokens.txt");
    Files.writeString(f, "good-token-0123456789\nsecret-pw\n", StandardCharsets.UTF_8);
    Run r = run(Map.of(), "--port", "0", "--token-file", f.toString());
    assertEquals(Main.ERROR, r.exit());
    assertTrue(r.err().contains("tokens.txt line 2"), r.err());
    assertFalse(r.err().contains("secret-pw"), r.err());
  }

  @Test
  void portInUse_isOneClearError() throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      Run r = run(Map.of("REDACTOR_TOKENS", "env-token-0123456789abc"),
          "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(Main.ERROR, r.exit());
      assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
    }
  }

  @Test
  void serves_withTokensFromTheEnvironment_untilShutdown() throws Exception {
    ServeCommand cmd = new ServeCommand();
    String token = "env-token-0123456789abc";
    cmd.env = Map.of("REDACTOR_TOKENS", token)::get;
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(cmd);
    cl.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cl.execute("--port", "0", "--threads", "2"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!err.toString().contains("listening on") && System.nanoTime() < deadline
        && !exit.isDone()) {
      Thread.sleep(50);
    }
    assertTrue(err.toString().contains("listening on http://127.0.0.1:" + cmd.port()),
        err.toString());
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cmd.port() + "/v1/check"))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"id\":\"x\",\"text\":\"Please verify SSN 123-45-6789 before your visit.\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"verdict\":\"BLOCK\""), r.body());
    cmd.shutdown();
    assertEquals(Main.OK, exit.get(30, TimeUnit.SECONDS));
    assertTrue(err.toString().contains("stopped"), err.toString());
  }
}
