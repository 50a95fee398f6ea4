package dev.redactor.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.redactor.Redactor;
import dev.redactor.json.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * The HTTP sidecar: Redactor for platforms that are not on the JVM.
 *
 * <ul>
 *   <li>{@code POST /v1/check}: one message object ({@code {"id"?, "text", "purpose"?,
 *       "channel"?}}) in, one verdict object out, exactly as a line of {@code redactor scan}
 *       (200); a body that cannot be read gets {@code {"id": ..., "error": "..."}} (400).
 *   <li>{@code POST /v1/scan}: JSON Lines in, JSON Lines out, streamed, one line per input line
 *       in order, with per-line errors: the {@code redactor scan} contract.
 *   <li>{@code GET /healthz}: 200 {@code ok}, or 503 while shutting down. No token needed.
 *   <li>{@code GET /metrics}: Prometheus text: messages by verdict, findings by rule, input
 *       errors, check and request latency histograms. No message text, ids or URLs.
 * </ul>
 *
 * <p>Every route but {@code /healthz} needs {@code Authorization: Bearer TOKEN} with one of the
 * configured tokens (401 otherwise). Bodies are capped (413), request and response times are
 * capped, and {@link #stop(Duration)} lets requests in flight finish. Nothing logged carries a
 * request body, a message id or a query string: the access log has method, route, status, bytes and
 * time. Built once with {@link #builder(Redactor)}; the running server is thread-safe.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported API of module jdk.httpserver")
public final class RedactorServer implements AutoCloseable {
  /** Default cap on a {@code /v1/check} body: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** Default cap on a whole {@code /v1/scan} body: 256 MiB. */
  public static final long DEFAULT_MAX_SCAN_BYTES = 256L << 20;

  /** Default time for a client to send a request and for the server to answer it. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private static final String JSON = "application/json";
  private static final String NDJSON = "application/x-ndjson";

  private final Builder settings;
  private final HttpServer http;
  private final ExecutorService executor;
  private final Metrics metrics;
  private final JsonLines checkLines;
  private final JsonLines scanLines;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  private RedactorServer(Builder b) throws IOException {
    this.settings = b;
    this.metrics = new Metrics(b.redactor.policyId());
    this.checkLines = new JsonLines(b.redactor, b.maxBodyBytes);
    this.scanLines = new JsonLines(b.redactor,
        b.maxLineBytes > 0 ? b.maxLineBytes : JsonLines.defaultMaxLineBytes(b.redactor.limits()));
    applyJdkSettings(b.requestTimeout);
    InetSocketAddress address = new InetSocketAddress(b.bind, b.port);
    if (b.tls != null) {
      HttpsServer s = HttpsServer.create(address, b.backlog);
      s.setHttpsConfigurator(new HttpsConfigurator(b.tls));
      this.http = s;
    } else {
      this.http = HttpServer.create(address, b.backlog);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(b.threads, b.threads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "redactor-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.executor = pool;
    http.setExecutor(pool);
    http.createContext("/", this::handle);
  }

  /**
   * The JDK server reads its settings once per JVM, from system properties; set them unless the
   * operator already did (they then win). TCP_NODELAY: the JDK server writes the response headers
   * and the body separately, and with Nagle's algorithm on, the body waits for the client's
   * delayed ACK of the headers, some 40 ms per request on a kept-alive connection.
   */
  private static void applyJdkSettings(Duration timeout) {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    String secs = Long.toString(Math.max(1, timeout.toSeconds()));
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", secs);
    }
    if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
      System.setProperty("sun.net.httpserver.maxRspTime", secs);
    }
  }

  /** A builder for a server that checks with {@code redactor}. */
  public static Builder builder(Redactor redactor) {
    return new Builder(redactor);
  }

  /** Starts listening; returns this. */
  public RedactorServer start() {
    http.start();
    settings.log.accept(String.format(Locale.ROOT,
        "redactor serve: listening on %s://%s:%d (policy %s, %d threads, %s)",
        settings.tls != null ? "https" : "http", settings.bind.getHostAddress(), port(),
        settings.redactor.policyId(), settings.threads,
        settings.tokens == null ? "no authentication" : settings.tokens.size() + " token(s)"));
    return this;
  }

  /** The port listened on (the chosen one when the builder said 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /**
   * Stops gracefully: {@code /healthz} turns 503 and new requests get 503 with {@code Connection:
   * close}, requests in flight get up to {@code grace} to finish, then the listener and every
   * connection are closed.
   */
  public void stop(Duration grace) {
    draining = true;
    // The JDK 17 server's own stop(delay) waits the whole delay even when nothing is in flight,
    // so the server drains its own requests and then stops at once.
    long deadline = System.nanoTime() + grace.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    int left = inFlight.get();
    http.stop(0);
    executor.shutdownNow();
    settings.log.accept("redactor serve: stopped"
        + (left > 0 ? " (" + left + " request(s) cut off after the grace period)" : ""));
  }

  /** Stops with the configured grace period. */
  @Override
  public void close() {
    stop(settings.shutdownGrace);
  }

  private void handle(HttpExchange ex) throws IOException {
    long t0 = System.nanoTime();
    String route = "other";
    int status = 500;
    boolean counted = false;
    try {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (!path.equals("/healthz")) {
        inFlight.incrementAndGet();
        counted = true;
        if (draining) {
          route = routeOf(path);
          ex.getResponseHeaders().set("Connection", "close");
          status = 503;
          error(ex, 503, "shutting down; retry on another instance");
          return;
        }
      }
      switch (path) {
        case "/healthz" -> {
          route = path;
          status = requireMethod(ex, method, "GET") ? health(ex) : 405;
        }
        case "/metrics" -> {
          route = path;
          status = !authorized(ex) ? 401
              : requireMethod(ex, method, "GET") ? metrics(ex) : 405;
        }
        case "/v1/check" -> {
          route = path;
          status = !authorized(ex) ? 401
              : requireMethod(ex, method, "POST") ? check(ex) : 405;
        }
        case "/v1/scan" -> {
          route = path;
          status = !authorized(ex) ? 401
              : requireMethod(ex, method, "POST") ? scan(ex) : 405;
        }
        default -> {
          status = 404;
          error(ex, 404, "no such route; use POST /v1/check, POST /v1/scan, GET /healthz or"
              + " GET /metrics");
        }
      }
    } catch (IOException e) {
      // The client went away or timed out; there is nobody to answer.
      status = 499;
    } catch (RuntimeException e) {
      // Never a message text here: only the exception type.
      status = 500;
      settings.log.accept("redactor serve: internal error (" + e.getClass().getSimpleName()
          + ") on " + route);
      try {
        error(ex, 500, "internal error (" + e.getClass().getSimpleName() + ")");
      } catch (IOException | RuntimeException ignored) {
        // Headers were already sent; closing the exchange ends the response.
      }
    } finally {
      ex.close();
      if (counted) {
        inFlight.decrementAndGet();
      }
      long nanos = System.nanoTime() - t0;
      metrics.request(route, status, nanos);
      if (settings.accessLog) {
        settings.log.accept(String.format(Locale.ROOT, "%s %s %d %.3fms",
            ex.getRequestMethod(), route, status, nanos / 1e6));
      }
    }
  }

  private static String routeOf(String path) {
    return switch (path) {
      case "/healthz", "/metrics", "/v1/check", "/v1/scan" -> path;
      default -> "other";
    };
  }

  private boolean requireMethod(HttpExchange ex, String method, String allowed)
      throws IOException {
    if (method.equals(allowed)) {
      return true;
    }
    ex.getResponseHeaders().set("Allow", allowed);
    error(ex, 405, "method " + (method.length() <= 10 ? method : "?") + " not allowed; use "
        + allowed);
    return false;
  }

  private boolean authorized(HttpExchange ex) throws IOException {
    if (settings.tokens == null
        || settings.tokens.accepts(ex.getRequestHeaders().getFirst("Authorization"))) {
      return true;
    }
    ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"redactor\"");
    ex.getResponseHeaders().set("Connection", "close");
    error(ex, 401, "missing or invalid bearer token");
    return false;
  }

  private int health(HttpExchange ex) throws IOException {
    int status = draining ? 503 : 200;
    send(ex, status, "text/plain; charset=utf-8",
        (draining ? "draining\n" : "ok\n").getBytes(StandardCharsets.UTF_8));
    return status;
  }

  private int metrics(HttpExchange ex) throws IOException {
    send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
        metrics.render().getBytes(StandardCharsets.UTF_8));
    return 200;
  }

  private int check(HttpExchange ex) throws IOException {
    int max = settings.maxBodyBytes;
    long declared = contentLength(ex);
    if (declared > max) {
      return tooLarge(ex, declared + " bytes", max, "--max-body-bytes");
    }
    InputStream in = ex.getRequestBody();
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      return tooLarge(ex, "more than " + max + " bytes", max, "--max-body-bytes");
    }
    JsonLines.Outcome o = checkLines.check(bytes, bytes.length, "request body", false, metrics);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = checkLines.factory().createGenerator(out, JsonEncoding.UTF8)) {
      JsonLines.write(g, o, false);
    }
    out.write('\n');
    int status = o.isError() ? 400 : 200;
    send(ex, status, JSON, out.toByteArray());
    return status;
  }

  private int scan(HttpExchange ex) throws IOException {
    long max = settings.maxScanBytes;
    long declared = contentLength(ex);
    if (declared > max) {
      return tooLarge(ex, declared + " bytes", max, "--max-scan-bytes");
    }
    CappedInputStream in = new CappedInputStream(ex.getRequestBody(), max);
    ex.getResponseHeaders().set("Content-Type", NDJSON);
    ex.sendResponseHeaders(200, 0);
    OutputStream out = ex.getResponseBody();
    scanLines.scan(in, out, metrics, "--max-line-bytes");
    if (in.exceeded) {
      metrics.rejected();
      ByteArrayOutputStream line = new ByteArrayOutputStream(160);
      try (JsonGenerator g = scanLines.factory().createGenerator(line, JsonEncoding.UTF8)) {
        g.writeStartObject();
        g.writeNullField("id");
        g.writeStringField("error", "request body is longer than the maximum " + max
            + " bytes (--max-scan-bytes); the scan stopped here");
        g.writeEndObject();
      }
      line.write('\n');
      out.write(line.toByteArray());
    }
    out.flush();
    return 200;
  }

  private static long contentLength(HttpExchange ex) {
    String v = ex.getRequestHeaders().getFirst("Content-Length");
    if (v == null) {
      return -1;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private int tooLarge(HttpExchange ex, String size, long max, String option) throws IOException {
    metrics.rejected();
    ex.getResponseHeaders().set("Connection", "close");
    error(ex, 413, "request body: " + size + " is longer than the maximum " + max + " (" + option
        + ")");
    return 413;
  }

  private void error(HttpExchange ex, int status, String message) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = checkLines.factory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNullField("id");
      g.writeStringField("error", message);
      g.writeEndObject();
    }
    out.write('\n');
    send(ex, status, JSON, out.toByteArray());
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** Ends the stream (as if at EOF) after {@code max} bytes and remembers that it did. */
  private static final class CappedInputStream extends FilterInputStream {
    private long left;
    volatile boolean exceeded;

    CappedInputStream(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (exceeded) {
        return -1;
      }
      if (left <= 0) {
        if (super.read() != -1) {
          exceeded = true;
        }
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public int available() throws IOException {
      return exceeded ? 0 : (int) Math.min(super.available(), left);
    }
  }

  /** Settings of a {@link RedactorServer}; each setter validates at once. */
  public static final class Builder {
    private final Redactor redactor;
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int port = 8080;
    private BearerTokens tokens;
    private boolean anonymous;
    private SSLContext tls;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private long maxScanBytes = DEFAULT_MAX_SCAN_BYTES;
    private int maxLineBytes;
    private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int backlog = 128;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration shutdownGrace = Duration.ofSeconds(10);
    private boolean accessLog;
    private Consumer<String> log = s -> {};

    private Builder(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /** Address to listen on (default: loopback, for a sidecar in the same pod or host). */
    public Builder bind(InetAddress address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /** Port to listen on; 0 picks a free one (default 8080). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535 (was " + port + ")");
      }
      this.port = port;
      return this;
    }

    /** The bearer tokens accepted. */
    public Builder tokens(BearerTokens tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /** Accepts callers without a token (for a loopback-only development setup). */
    public Builder allowAnonymous() {
      this.anonymous = true;
      return this;
    }

    /** Serves HTTPS with this context (see {@link Tls#fromKeystore}). */
    public Builder tls(SSLContext context) {
      this.tls = Objects.requireNonNull(context, "context");
      return this;
    }

    /** Largest {@code /v1/check} body in bytes (default 1 MiB). */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < JsonLines.MIN_LINE_BYTES || bytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("maxBodyBytes must be in " + JsonLines.MIN_LINE_BYTES
            + ".." + (Integer.MAX_VALUE - 16) + " (was " + bytes + ")");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Largest whole {@code /v1/scan} body in bytes (default 256 MiB). */
    public Builder maxScanBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxScanBytes must be at least 1 (was " + bytes + ")");
      }
      this.maxScanBytes = bytes;
      return this;
    }

    /** Largest {@code /v1/scan} line in bytes (default: as {@code redactor scan}). */
    public Builder maxLineBytes(int bytes) {
      if (bytes < JsonLines.MIN_LINE_BYTES) {
        throw new IllegalArgumentException(
            "maxLineBytes must be at least " + JsonLines.MIN_LINE_BYTES + " (was " + bytes + ")");
      }
      this.maxLineBytes = bytes;
      return this;
    }

    /** Worker threads (default: the number of processors, at least 2). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1 (was " + threads + ")");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Time a client has to send a whole request, and then to take the whole response (default
     * 60 s, whole seconds). The JDK server reads this once per JVM: the first server started
     * fixes it, unless the system properties {@code sun.net.httpserver.maxReqTime}/{@code
     * maxRspTime} were set.
     */
    public Builder requestTimeout(Duration timeout) {
      if (timeout.toSeconds() < 1) {
        throw new IllegalArgumentException(
            "requestTimeout must be at least 1 second (was " + timeout + ")");
      }
      this.requestTimeout = timeout;
      return this;
    }

    /** How long {@link #close()} waits for requests in flight (default 10 s). */
    public Builder shutdownGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("shutdownGrace must not be negative (was " + grace
            + ")");
      }
      this.shutdownGrace = grace;
      return this;
    }

    /** Logs one line per request: method, route, status, time. Never bodies or query strings. */
    public Builder accessLog(boolean on) {
      this.accessLog = on;
      return this;
    }

    /** Where log lines go (default: nowhere). */
    public Builder log(Consumer<String> log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * Binds the server (not yet started).
     *
     * @throws IllegalStateException when neither tokens nor {@link #allowAnonymous()} were given
     * @throws IOException when the address cannot be bound
     */
    public RedactorServer build() throws IOException {
      if (tokens == null && !anonymous) {
        throw new IllegalStateException(
            "no bearer tokens: give tokens, or allowAnonymous() for a development setup");
      }
      return new RedactorServer(this);
    }
  }
}
