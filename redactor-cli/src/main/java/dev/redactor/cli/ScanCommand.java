package dev.redactor.cli;

import dev.redactor.Redactor;
import dev.redactor.json.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code redactor scan}: JSON Lines in, JSON Lines out, in order, one output line per input line.
 * A bad line gets {@code {"id": ..., "error": "..."}} and the scan goes on. Memory stays bounded by
 * the line cap whatever the input size.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Reads JSON Lines on standard input, one message per line:",
      "  {\"id\": \"...\", \"text\": \"...\", \"purpose\": \"...\", \"channel\": \"...\"}",
      "and writes one verdict line per input line, in order:",
      "  {\"id\": \"...\", \"verdict\": \"ALLOW|REWRITE|BLOCK\", \"findings\": [...],"
          + " \"rewritten\": \"...\"}",
      "A malformed line yields {\"id\": ..., \"error\": \"...\"} and processing continues.",
      "Exit code 0 if every message is ALLOW, 1 if any needs REWRITE or BLOCK, 2 if any line"
          + " was in error."
    })
final class ScanCommand implements Callable<Integer> {
  @Mixin PolicyOptions policy;

  @Mixin AuditOptions audit;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      description = "Longest input line accepted, in bytes (default: 4 × --max-length + 64 KiB).")
  Integer maxLineBytes;

  private InputStream in = System.in;
  private OutputStream out = System.out;

  /** For tests: scan from and to the given streams. */
  ScanCommand streams(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
    return this;
  }

  @Override
  public Integer call() throws IOException {
    try (dev.redactor.AuditLog log = audit.open()) {
      return scan(policy.redactor(log));
    }
  }

  private int scan(Redactor redactor) throws IOException {
    int cap = maxLineBytes != null ? maxLineBytes : JsonLines.defaultMaxLineBytes(redactor.limits());
    if (cap < JsonLines.MIN_LINE_BYTES) {
      throw new InputException(
          "--max-line-bytes must be at least " + JsonLines.MIN_LINE_BYTES + " (was " + cap + ")");
    }
    JsonLines.Summary s =
        new JsonLines(redactor, cap).scan(in, out, JsonLines.Observer.NONE, "--max-line-bytes");
    return s.errors() > 0 ? Main.ERROR : s.findings() > 0 ? Main.FINDINGS : Main.OK;
  }
}
