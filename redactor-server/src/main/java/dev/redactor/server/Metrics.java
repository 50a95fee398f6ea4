package dev.redactor.server;

import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.Verdict;
import dev.redactor.json.JsonLines;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters and latency histograms in the Prometheus text format (version 0.0.4). Labels are
 * verdicts, rule ids, actions, routes and status codes: never message text, ids or URLs as sent.
 * Thread-safe; updates are lock-free.
 */
final class Metrics implements JsonLines.Observer {
  /** Histogram bucket upper bounds, in seconds. */
  private static final double[] BUCKETS = {
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5
  };

  private final String policyId;
  private final LongAdder[] verdicts = new LongAdder[Decision.values().length];
  private final LongAdder failedClosed = new LongAdder();
  private final LongAdder inputErrors = new LongAdder();
  private final Map<String, LongAdder> findings = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> requestSeconds = new ConcurrentHashMap<>();
  private final Histogram checkSeconds = new Histogram();

  Metrics(String policyId) {
    this.policyId = policyId;
    for (int i = 0; i < verdicts.length; i++) {
      verdicts[i] = new LongAdder();
    }
  }

  @Override
  public void checked(Verdict verdict, long nanos) {
    verdicts[verdict.decision().ordinal()].increment();
    if (verdict.failedClosed()) {
      failedClosed.increment();
    }
    for (Finding f : verdict.findings()) {
      findings.computeIfAbsent(
              "rule=\"" + escape(f.ruleId()) + "\",action=\"" + f.action().name() + "\"",
              k -> new LongAdder())
          .increment();
    }
    checkSeconds.observe(nanos);
  }

  @Override
  public void rejected() {
    inputErrors.increment();
  }

  /** One HTTP request on a known route (or "other"), with its status and duration. */
  void request(String route, int status, long nanos) {
    requests.computeIfAbsent(
            "route=\"" + route + "\",code=\"" + status + "\"", k -> new LongAdder())
        .increment();
    requestSeconds.computeIfAbsent(route, k -> new Histogram()).observe(nanos);
  }

  /** The exposition text. */
  String render() {
    StringBuilder b = new StringBuilder(4096);
    b.append("# HELP redactor_info The policy in force.\n# TYPE redactor_info gauge\n");
    b.append("redactor_info{policy=\"").append(escape(policyId)).append("\"} 1\n");
    b.append("# HELP redactor_messages_total Messages checked, by verdict.\n")
        .append("# TYPE redactor_messages_total counter\n");
    for (Decision d : Decision.values()) {
      b.append("redactor_messages_total{verdict=\"").append(d.name()).append("\"} ")
          .append(verdicts[d.ordinal()].sum()).append('\n');
    }
    b.append("# HELP redactor_failed_closed_total Messages blocked because checking failed.\n")
        .append("# TYPE redactor_failed_closed_total counter\n")
        .append("redactor_failed_closed_total ").append(failedClosed.sum()).append('\n');
    b.append("# HELP redactor_input_errors_total Lines or bodies rejected as malformed or too"
            + " large.\n")
        .append("# TYPE redactor_input_errors_total counter\n")
        .append("redactor_input_errors_total ").append(inputErrors.sum()).append('\n');
    b.append("# HELP redactor_findings_total Findings, by rule and action.\n")
        .append("# TYPE redactor_findings_total counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(findings).entrySet()) {
      b.append("redactor_findings_total{").append(e.getKey()).append("} ")
          .append(e.getValue().sum()).append('\n');
    }
    b.append("# HELP redactor_check_duration_seconds Time to check one message.\n")
        .append("# TYPE redactor_check_duration_seconds histogram\n");
    checkSeconds.render(b, "redactor_check_duration_seconds", "");
    b.append("# HELP redactor_http_requests_total HTTP requests, by route and status code.\n")
        .append("# TYPE redactor_http_requests_total counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
      b.append("redactor_http_requests_total{").append(e.getKey()).append("} ")
          .append(e.getValue().sum()).append('\n');
    }
    b.append("# HELP redactor_http_request_duration_seconds Time to answer a request, by route.\n")
        .append("# TYPE redactor_http_request_duration_seconds histogram\n");
    for (Map.Entry<String, Histogram> e : new TreeMap<>(requestSeconds).entrySet()) {
      e.getValue().render(b, "redactor_http_request_duration_seconds",
          "route=\"" + e.getKey() + "\",");
    }
    return b.toString();
  }

  /** Escapes a label value (backslash, quote, newline). */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** A cumulative histogram with fixed buckets. */
  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(long nanos) {
      double s = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS.length && s > BUCKETS[i]) {
        i++;
      }
      counts[i].increment();
      sumNanos.add(nanos);
    }

    void render(StringBuilder b, String name, String labels) {
      long cumulative = 0;
      for (int i = 0; i < counts.length; i++) {
        cumulative += counts[i].sum();
        String le = i < BUCKETS.length ? Double.toString(BUCKETS[i]) : "+Inf";
        b.append(name).append("_bucket{").append(labels).append("le=\"").append(le).append("\"} ")
            .append(cumulative).append('\n');
      }
      String plain = labels.isEmpty() ? "" : "{" + labels.substring(0, labels.length() - 1) + "}";
      b.append(name).append("_sum").append(plain).append(' ')
          .append(Double.toString(sumNanos.sum() / 1e9)).append('\n');
      b.append(name).append("_count").append(plain).append(' ').append(cumulative).append('\n');
    }
  }
}
