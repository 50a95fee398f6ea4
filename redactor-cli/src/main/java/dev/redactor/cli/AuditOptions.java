package dev.redactor.cli;

import dev.redactor.AuditLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/** The audit log options of the commands that decide ({@code check}, {@code scan}). */
final class AuditOptions {
  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description = "Append one tamper-evident record per decision to FILE (no message text;"
          + " needs --audit-key-file). Check it with 'redactor audit verify'.")
  Path log;

  @Option(
      names = "--audit-key-file",
      paramLabel = "FILE",
      description = "The HMAC key for the audit log: the file's content, surrounding whitespace"
          + " removed, at least 16 bytes (e.g. made with 'openssl rand -hex 32').")
  Path keyFile;

  /** The log to write, or null when none was asked for. */
  AuditLog open() {
    if (log == null && keyFile == null) {
      return null;
    }
    if (log == null || keyFile == null) {
      throw new InputException("--audit-log and --audit-key-file go together");
    }
    byte[] key = readKey(keyFile);
    try {
      return AuditLog.open(log, key);
    } catch (java.io.UncheckedIOException e) {
      throw new InputException("cannot open the audit log " + log);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The key in {@code file}: its content without surrounding whitespace. */
  static byte[] readKey(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new InputException("cannot read the key file " + file);
    }
    byte[] key = text.getBytes(StandardCharsets.UTF_8);
    if (key.length < AuditLog.MIN_KEY_BYTES) {
      throw new InputException("the key in " + file + " is " + key.length + " bytes; at least "
          + AuditLog.MIN_KEY_BYTES + " are needed");
    }
    return key;
  }
}
