package dev.redactor.bench;

import dev.redactor.Redactor;
import dev.redactor.server.BearerTokens;
import dev.redactor.server.RedactorServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop load generator for the sidecar's {@code POST /v1/check}: N connections, each a
 * thread sending one request at a time over one kept-alive HTTP/1.1 connection (raw sockets, so
 * the generator itself costs little), the SMS mix of {@link Messages} as bodies. After a warm-up
 * it measures for a fixed time and prints requests per second and latency percentiles.
 *
 * <pre>
 * bench/run sidecar [--connections N] [--warmup S] [--seconds S] [--server-threads N]
 * bench/run sidecar --url http://127.0.0.1:8080 --token TOKEN [...]   # a running `redactor serve`
 * </pre>
 *
 * <p>Without {@code --url} the server runs in this JVM on an ephemeral port: client and server
 * then share the machine's cores, which is also true of a sidecar next to its platform.
 */
public final class SidecarLoad {
  private SidecarLoad() {}

  public static void main(String[] args) throws Exception {
    String url = null;
    String token = System.getenv("REDACTOR_TOKEN");
    int connections = 4;
    int warmup = 10;
    int seconds = 30;
    int serverThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--url" -> url = v;
        case "--token" -> token = v;
        case "--connections" -> connections = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--server-threads" -> serverThreads = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
      i++;
    }
    RedactorServer server = null;
    String host;
    int port;
    if (url == null) {
      token = "bench-token-0123456789abcdef";
      server = RedactorServer.builder(Redactor.standard()).port(0)
          .tokens(BearerTokens.fromList(token, "bench")).threads(serverThreads).build().start();
      host = "127.0.0.1";
      port = server.port();
    } else {
      if (token == null) {
        throw new IllegalArgumentException("--url needs --token (or REDACTOR_TOKEN)");
      }
      URI u = URI.create(url);
      host = u.getHost();
      port = u.getPort() < 0 ? 80 : u.getPort();
    }
    byte[][] requests = requests(host, token, Messages.sms(42, 1000));

    System.out.printf(Locale.ROOT,
        "sidecar load: %s:%d, %d connections, keep-alive, %d s warm-up, %d s measured%s, %d cores%n",
        host, port, connections, warmup, seconds,
        server != null ? ", server in this JVM with " + serverThreads + " threads" : "",
        Runtime.getRuntime().availableProcessors());
    run(host, port, requests, connections, warmup, false);
    Result r = run(host, port, requests, connections, seconds, true);
    long[] lat = r.latencies;
    Arrays.sort(lat);
    System.out.printf(Locale.ROOT,
        "requests %d in %.1f s: %.0f requests/s; latency ms p50 %.3f, p90 %.3f, p99 %.3f,"
            + " p99.9 %.3f, max %.3f; errors %d%n",
        lat.length, r.seconds, lat.length / r.seconds, pct(lat, 50), pct(lat, 90), pct(lat, 99),
        pct(lat, 99.9), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6, r.errors);
    if (server != null) {
      server.stop(Duration.ZERO);
    }
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static byte[][] requests(String host, String token, String[] texts) {
    byte[][] out = new byte[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      String body = "{\"id\":" + i + ",\"text\":\"" + texts[i].replace("\\", "\\\\")
          .replace("\"", "\\\"") + "\",\"purpose\":\"reminder\",\"channel\":\"sms\"}";
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      String head = "POST /v1/check HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
          + token + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length
          + "\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.US_ASCII);
      out[i] = Arrays.copyOf(h, h.length + b.length);
      System.arraycopy(b, 0, out[i], h.length, b.length);
    }
    return out;
  }

  private record Result(long[] latencies, double seconds, long errors) {}

  private static Result run(String host, int port, byte[][] requests, int connections,
      int seconds, boolean record) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch ready = new CountDownLatch(connections);
    CountDownLatch go = new CountDownLatch(1);
    List<Worker> workers = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Worker w = new Worker(host, port, requests, c * 97, stop, ready, go, record);
      workers.add(w);
      w.start();
    }
    ready.await();
    long t0 = System.nanoTime();
    go.countDown();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    long t1 = System.nanoTime();
    long errors = 0;
    int n = 0;
    for (Worker w : workers) {
      w.join();
      errors += w.errors;
      n += w.count;
    }
    long[] all = new long[n];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
    }
    return new Result(all, (t1 - t0) / 1e9, errors);
  }

  /** One connection, one request at a time. */
  private static final class Worker extends Thread {
    private final String host;
    private final int port;
    private final byte[][] requests;
    private final AtomicBoolean stop;
    private final CountDownLatch ready;
    private final CountDownLatch go;
    private final boolean record;
    private int next;
    long[] latencies = new long[1 << 16];
    int count;
    long errors;

    Worker(String host, int port, byte[][] requests, int start, AtomicBoolean stop,
        CountDownLatch ready, CountDownLatch go, boolean record) {
      super("load-" + start);
      this.host = host;
      this.port = port;
      this.requests = requests;
      this.next = start;
      this.stop = stop;
      this.ready = ready;
      this.go = go;
      this.record = record;
    }

    @Override
    public void run() {
      try (Socket s = new Socket()) {
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), 5000);
        s.setSoTimeout(30_000);
        OutputStream out = s.getOutputStream();
        InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
        ready.countDown();
        go.await();
        while (!stop.get()) {
          byte[] req = requests[next++ % requests.length];
          long t0 = System.nanoTime();
          out.write(req);
          out.flush();
          int status = readResponse(in);
          long t = System.nanoTime() - t0;
          if (status != 200) {
            errors++;
          }
          if (record) {
            if (count == latencies.length) {
              latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = t;
          }
        }
      } catch (IOException | InterruptedException e) {
        errors++;
        System.err.println("connection failed: " + e.getClass().getSimpleName());
        ready.countDown();
      }
    }

    /** Reads one response (status line, headers, Content-Length body); returns the status. */
    private static int readResponse(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder(64);
      int status = -1;
      long length = 0;
      boolean first = true;
      while (true) {
        line.setLength(0);
        int c;
        while ((c = in.read()) != '\n') {
          if (c < 0) {
            throw new IOException("connection closed");
          }
          if (c != '\r') {
            line.append((char) c);
          }
        }
        if (line.length() == 0) {
          break;
        }
        String l = line.toString();
        if (first) {
          status = Integer.parseInt(l.substring(9, 12));
          first = false;
        } else if (l.regionMatches(true, 0, "content-length:", 0, 15)) {
          length = Long.parseLong(l.substring(15).trim());
        }
      }
      in.skipNBytes(length);
      return status;
    }
  }
}
