package dev.redactor.cli;

import dev.redactor.Redactor;
import dev.redactor.server.BearerTokens;
import dev.redactor.server.RedactorServer;
import dev.redactor.server.Tls;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code redactor serve}: runs the HTTP sidecar until SIGTERM or Ctrl-C, then stops gracefully.
 * Tokens come from {@code --token-file} (one per line) or the {@code REDACTOR_TOKENS} environment
 * variable (comma- or space-separated).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the HTTP sidecar: POST /v1/check (one message), POST /v1/scan (JSON Lines),",
      "GET /healthz, GET /metrics (Prometheus). Same JSON as 'redactor scan'.",
      "Every route but /healthz needs 'Authorization: Bearer TOKEN'; tokens come from",
      "--token-file (one per line) or REDACTOR_TOKENS (comma-separated).",
      "Stops gracefully on SIGTERM or Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin PolicyOptions policy;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String bind;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Bearer tokens, one per line (# comments). Default: REDACTOR_TOKENS.")
  Path tokenFile;

  @Option(names = "--no-auth",
      description = "Accept callers without a token; only on a loopback address.")
  boolean noAuth;

  @Option(names = "--tls-keystore", paramLabel = "FILE",
      description = "Serve HTTPS with the key in this PKCS#12 or JKS key store.")
  Path keystore;

  @Option(names = "--tls-password-file", paramLabel = "FILE",
      description = "The key store password (first line). Default: REDACTOR_TLS_PASSWORD.")
  Path keystorePasswordFile;

  @Option(names = "--max-body-bytes", paramLabel = "N",
      defaultValue = "" + RedactorServer.DEFAULT_MAX_BODY_BYTES,
      description = "Largest /v1/check body (default: ${DEFAULT-VALUE}).")
  int maxBodyBytes;

  @Option(names = "--max-scan-bytes", paramLabel = "N",
      defaultValue = "" + RedactorServer.DEFAULT_MAX_SCAN_BYTES,
      description = "Largest /v1/scan body (default: ${DEFAULT-VALUE}).")
  long maxScanBytes;

  @Option(names = "--max-line-bytes", paramLabel = "N",
      description = "Longest /v1/scan line (default: 4 × --max-length + 64 KiB).")
  Integer maxLineBytes;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors, at least 2).")
  Integer threads;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time to send a request, and to take its response (default: ${DEFAULT-VALUE}).")
  int requestTimeout;

  @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "10",
      description = "Time requests in flight get to finish on shutdown (default: ${DEFAULT-VALUE}).")
  int shutdownGrace;

  @Option(names = "--access-log",
      description = "Log one line per request (method, route, status, time; never bodies).")
  boolean accessLog;

  Function<String, String> env = System::getenv;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile RedactorServer server;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Redactor redactor = policy.redactor();
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new InputException("--bind: unknown address " + bind);
    }
    RedactorServer.Builder b;
    try {
      b = RedactorServer.builder(redactor)
          .bind(address)
          .port(port)
          .maxBodyBytes(maxBodyBytes)
          .maxScanBytes(maxScanBytes)
          .requestTimeout(Duration.ofSeconds(requestTimeout))
          .shutdownGrace(Duration.ofSeconds(shutdownGrace))
          .accessLog(accessLog);
      if (maxLineBytes != null) {
        b.maxLineBytes(maxLineBytes);
      }
      if (threads != null) {
        b.threads(threads);
      }
      configureAuth(b, address);
      if (keystore != null) {
        b.tls(Tls.fromKeystore(keystore, keystorePassword()));
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    b.log(line -> {
      err.println(line);
      err.flush();
    });
    try {
      server = b.build();
    } catch (BindException e) {
      throw new InputException("cannot listen on " + bind + ":" + port
          + " (address in use or not local); choose another --port or --bind");
    }
    Thread hook = new Thread(this::shutdown, "redactor-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    server.start();
    stopped.await();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is what stopped us.
    }
    return Main.OK;
  }

  private void configureAuth(RedactorServer.Builder b, InetAddress address) throws IOException {
    String fromEnv = env.apply("REDACTOR_TOKENS");
    if (tokenFile != null) {
      if (!Files.isRegularFile(tokenFile)) {
        throw new InputException("--token-file: file not found: " + tokenFile);
      }
      b.tokens(BearerTokens.fromFile(tokenFile));
    } else if (fromEnv != null && !fromEnv.isBlank()) {
      b.tokens(BearerTokens.fromList(fromEnv, "REDACTOR_TOKENS"));
    } else if (noAuth) {
      if (!address.isLoopbackAddress()) {
        throw new InputException("--no-auth is only allowed on a loopback address (--bind "
            + bind + " is not one); give --token-file or REDACTOR_TOKENS");
      }
      b.allowAnonymous();
    } else {
      throw new InputException("no bearer tokens: give --token-file FILE (one token per line)"
          + " or set REDACTOR_TOKENS; --no-auth serves without them on a loopback address");
    }
  }

  private char[] keystorePassword() throws IOException {
    if (keystorePasswordFile != null) {
      if (!Files.isRegularFile(keystorePasswordFile)) {
        throw new InputException("--tls-password-file: file not found: " + keystorePasswordFile);
      }
      String s = Files.readString(keystorePasswordFile, StandardCharsets.UTF_8);
      int nl = s.indexOf('\n');
      return (nl < 0 ? s : s.substring(0, nl)).strip().toCharArray();
    }
    String p = env.apply("REDACTOR_TLS_PASSWORD");
    if (p == null) {
      throw new InputException(
          "--tls-keystore needs a password: --tls-password-file FILE or REDACTOR_TLS_PASSWORD");
    }
    return p.toCharArray();
  }

  /** Stops the server gracefully and lets {@link #call()} return; for the shutdown hook. */
  void shutdown() {
    RedactorServer s = server;
    if (s != null && stopped.getCount() > 0) {
      s.close();
    }
    stopped.countDown();
  }

  /** The port listened on, or -1 before the server started (for tests). */
  int port() {
    RedactorServer s = server;
    return s == null ? -1 : s.port();
  }
}
