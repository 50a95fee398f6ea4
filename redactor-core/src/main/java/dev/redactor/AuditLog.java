package dev.redactor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tamper-evident decision log: one JSON line per checked message, with the time, the policy id
 * and version, the verdict, and each finding's offsets, category, rule id and action — and instead
 * of the message, a keyed hash of it (HMAC-SHA256). Each line carries the hash of the line before
 * it ({@code prev}) and its own keyed hash ({@code hash}), so {@link #verify} (and {@code redactor
 * audit verify}) detects any edited, removed, inserted or reordered line.
 *
 * <pre>
 * {"seq":1,"time":"2026-11-25T23:00:00.123Z","policy":"default","policyVersion":3,
 *  "verdict":"REWRITE","failedClosed":false,"length":34,"findings":[{"start":5,"end":10,
 *  "category":"PROCEDURE","rule":"default.procedure","action":"REWRITE"}],"notices":[],
 *  "message":"hmac-sha256:9f2c...","prev":"0000...","hash":"4b1e..."}
 * </pre>
 *
 * <p>No message text is ever written: not the message, not a finding's text, not a rewrite, not
 * an explanation. The same key gives the same {@code message} hash for the same text, so an auditor
 * holding the key can confirm which message a decision was about; without the key the hash reveals
 * nothing. Two keys are derived from the one given (one for messages, one for the chain). Keep the
 * key out of the log's storage; whoever holds it can rewrite the chain.
 *
 * <p>Limits of the chain: removing lines at the end of the file leaves a valid shorter chain.
 * Keep the last {@code hash} ({@link #head()}) somewhere else and pass it to {@link #verify} to
 * detect that.
 *
 * <p>Thread-safe: records are appended one at a time, in the order {@link #record} is called.
 * Attach it with {@link Redactor.Builder#auditLog(AuditLog)}.
 *
 * @since 0.1
 */
public final class AuditLog implements AutoCloseable {
  /** The {@code prev} of the first record. */
  public static final String GENESIS = "0".repeat(64);

  /** Minimum key length in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private static final HexFormat HEX = HexFormat.of();
  private static final JsonFactory JSON = new JsonFactory();

  private final OutputStream out;
  private final SecretKeySpec messageKey;
  private final SecretKeySpec chainKey;
  private final Clock clock;
  private long seq;
  private String prev;

  private AuditLog(OutputStream out, byte[] key, Clock clock, long seq, String prev) {
    this.out = out;
    this.messageKey = derive(key, "redactor-audit-message");
    this.chainKey = derive(key, "redactor-audit-chain");
    this.clock = clock;
    this.seq = seq;
    this.prev = prev;
  }

  /**
   * A log appending to {@code file} (created if absent). An existing file's chain is continued
   * from its last line.
   *
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
   * @throws UncheckedIOException if the file cannot be read or opened
   * @throws RedactorException if its last line is not a record of this format
   */
  public static AuditLog open(Path file, byte[] key, Clock clock) {
    checkKey(key);
    long seq = 0;
    String prev = GENESIS;
    try {
      if (Files.exists(file)) {
        String last = lastLine(file);
        if (last != null) {
          Parsed p = Parsed.of(last);
          if (p == null) {
            throw new RedactorException(
                "audit log " + file + ": the last line is not an audit record; cannot continue it");
          }
          seq = p.seq;
          prev = p.hash;
        }
      }
      OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      return new AuditLog(os, key, clock, seq, prev);
    } catch (IOException e) {
      throw new UncheckedIOException("audit log " + file + ": cannot open", e);
    }
  }

  /** As {@link #open(Path, byte[], Clock)} with the system UTC clock. */
  public static AuditLog open(Path file, byte[] key) {
    return open(file, key, Clock.systemUTC());
  }

  /** A log writing a new chain to {@code out}. */
  public static AuditLog to(OutputStream out, byte[] key, Clock clock) {
    checkKey(key);
    return new AuditLog(Objects.requireNonNull(out, "out"), key, clock, 0, GENESIS);
  }

  private static void checkKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "audit key shorter than " + MIN_KEY_BYTES + " bytes: " + key.length);
    }
  }

  /**
   * Appends the record of one decision.
   *
   * @throws UncheckedIOException if the line cannot be written
   */
  public void record(Message message, Verdict verdict, String policyId, int policyVersion) {
    String messageHash = "hmac-sha256:" + HEX.formatHex(mac(messageKey,
        message.text().getBytes(StandardCharsets.UTF_8)));
    String time = DateTimeFormatter.ISO_INSTANT.format(
        Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    synchronized (this) {
      StringBuilder sb = new StringBuilder(256);
      sb.append("{\"seq\":").append(seq + 1)
          .append(",\"time\":\"").append(time)
          .append("\",\"policy\":\"").append(policyId) // rule-id syntax: nothing to escape
          .append("\",\"policyVersion\":").append(policyVersion)
          .append(",\"verdict\":\"").append(verdict.decision())
          .append("\",\"failedClosed\":").append(verdict.failedClosed())
          .append(",\"length\":").append(message.text().length())
          .append(",\"findings\":[");
      List<Finding> findings = verdict.findings();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        sb.append(i == 0 ? "" : ",")
            .append("{\"start\":").append(f.start())
            .append(",\"end\":").append(f.end())
            .append(",\"category\":\"").append(f.category())
            .append("\",\"rule\":\"").append(f.ruleId())
            .append("\",\"action\":\"").append(f.action()).append("\"}");
      }
      sb.append("],\"notices\":[");
      List<Notice> notices = verdict.notices();
      for (int i = 0; i < notices.size(); i++) {
        sb.append(i == 0 ? "" : ",").append('"').append(notices.get(i).ruleId()).append('"');
      }
      sb.append("],\"message\":\"").append(messageHash)
          .append("\",\"prev\":\"").append(prev).append("\"}");
      String body = sb.toString();
      String hash = chainHash(chainKey, body);
      String line = body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}\n";
      try {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("audit log: cannot write record " + (seq + 1), e);
      }
      seq++;
      prev = hash;
    }
  }

  /** The {@code hash} of the last record written (or {@link #GENESIS}); keep it to detect truncation. */
  public synchronized String head() {
    return prev;
  }

  /** Number of records in the chain so far. */
  public synchronized long size() {
    return seq;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

  @Override
  public String toString() {
    return "AuditLog{records=" + size() + "}";
  }

  // ---- verification ---------------------------------------------------------------------------

  /** The result of {@link #verify}: records read, the last hash, and every problem by line. */
  public record Report(long records, String head, List<String> problems) {
    /** Validates and copies. */
    public Report {
      problems = List.copyOf(problems);
    }

    /** Whether the chain is intact. */
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks every line of {@code file}: well-formed, numbered one after the other, linked to the
   * line before and hashed with {@code key}. With {@code expectedHead} (the {@link #head()} kept
   * elsewhere; may be null) the last line must carry that hash, so removed trailing lines are
   * found too. Problems name the line number and what is wrong, never content.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Report verify(Path file, byte[] key, String expectedHead) {
    checkKey(key);
    SecretKeySpec chainKey = derive(key, "redactor-audit-chain");
    List<String> problems = new ArrayList<>();
    long records = 0;
    long expectSeq = 1;
    String prev = GENESIS;
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        Parsed p = Parsed.of(line);
        if (p == null) {
          problems.add("line " + lineNo + ": not an audit record");
          continue;
        }
        records++;
        if (!chainHash(chainKey, p.body).equals(p.hash)) {
          problems.add("line " + lineNo + ": hash does not match its content (edited, or another key)");
        }
        if (!p.prev.equals(prev)) {
          problems.add("line " + lineNo + ": not linked to the line before (a line was removed,"
              + " inserted or moved)");
        }
        if (p.seq != expectSeq) {
          problems.add("line " + lineNo + ": sequence number " + p.seq + ", expected " + expectSeq);
        }
        expectSeq = p.seq + 1;
        prev = p.hash;
      }
    } catch (java.nio.charset.MalformedInputException e) {
      problems.add("line " + (lineNo + 1) + ": not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("audit log " + file + ": cannot read", e);
    }
    if (expectedHead != null && !expectedHead.equals(prev)) {
      problems.add("end of file: the last hash is not the expected head (lines removed at the end,"
          + " or another log)");
    }
    return new Report(records, prev, problems);
  }

  /** One line split into what the chain covers. */
  private record Parsed(long seq, String prev, String hash, String body) {
    private static final String HASH_FIELD = ",\"hash\":\"";

    static Parsed of(String line) {
      int at = line.lastIndexOf(HASH_FIELD);
      if (!line.startsWith("{") || at < 0 || line.length() != at + HASH_FIELD.length() + 64 + 2
          || !line.endsWith("\"}")) {
        return null;
      }
      String hash = line.substring(at + HASH_FIELD.length(), line.length() - 2);
      String body = line.substring(0, at) + "}";
      long seq = -1;
      String prev = null;
      try (JsonParser p = JSON.createParser(body)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (name.equals("seq") && v == JsonToken.VALUE_NUMBER_INT) {
            seq = p.getLongValue();
          } else if (name.equals("prev") && v == JsonToken.VALUE_STRING) {
            prev = p.getText();
          } else {
            p.skipChildren();
          }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
          return null;
        }
      } catch (IOException e) {
        return null;
      }
      return seq < 1 || prev == null || !isHex64(hash) ? null : new Parsed(seq, prev, hash, body);
    }

    private static boolean isHex64(String s) {
      if (s.length() != 64) {
        return false;
      }
      for (int i = 0; i < 64; i++) {
        char c = s.charAt(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
          return false;
        }
      }
      return true;
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static String lastLine(Path file) throws IOException {
    String last = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isEmpty()) {
          last = line;
        }
      }
    }
    return last;
  }

  private static String chainHash(SecretKeySpec key, String body) {
    return HEX.formatHex(mac(key, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static SecretKeySpec derive(byte[] key, String purpose) {
    byte[] k = mac(new SecretKeySpec(key, "HmacSHA256"), purpose.getBytes(StandardCharsets.UTF_8));
    SecretKeySpec spec = new SecretKeySpec(k, "HmacSHA256");
    Arrays.fill(k, (byte) 0);
    return spec;
  }

  private static byte[] mac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
