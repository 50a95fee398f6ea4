package dev.redactor.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bearer tokens the sidecar accepts. Only SHA-256 digests are kept, and a presented token is
 * compared with every digest in constant time, so neither the time taken nor an early exit tells
 * a caller how much of a token was right. {@code toString()} and errors never show a token.
 */
public final class BearerTokens {
  /** Shortest token accepted: 16 characters (128 bits as hex would be 32). */
  public static final int MIN_LENGTH = 16;

  private final List<byte[]> digests;

  private BearerTokens(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  /**
   * Tokens from text with one token per line (a token file); blank lines and lines starting with
   * {@code #} are skipped. {@code source} names the text in errors ("--token-file", a file name).
   *
   * @throws IllegalArgumentException naming the source and line of a token that is too short or
   *     contains whitespace, or when there is no token at all
   */
  public static BearerTokens parse(String text, String source) {
    List<byte[]> digests = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      check(t, source + " line " + (i + 1));
      digests.add(sha256(t));
    }
    if (digests.isEmpty()) {
      throw new IllegalArgumentException(source + " holds no token");
    }
    return new BearerTokens(digests);
  }

  /**
   * Tokens from an environment variable's value: separated by commas or whitespace.
   *
   * @throws IllegalArgumentException as {@link #parse}
   */
  public static BearerTokens fromList(String value, String source) {
    List<byte[]> digests = new ArrayList<>();
    int n = 0;
    for (String t : value.split("[,\\s]+", -1)) {
      if (t.isEmpty()) {
        continue;
      }
      n++;
      check(t, source + " token " + n);
      digests.add(sha256(t));
    }
    if (digests.isEmpty()) {
      throw new IllegalArgumentException(source + " holds no token");
    }
    return new BearerTokens(digests);
  }

  /** Tokens read from a file, one per line (UTF-8). */
  public static BearerTokens fromFile(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  private static void check(String token, String where) {
    if (token.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          where + ": a token must be at least " + MIN_LENGTH + " characters (was "
              + token.length() + ")");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            where + ": a token must be printable ASCII without spaces (character " + (i + 1)
                + " is not)");
      }
    }
  }

  /** Number of tokens. */
  public int size() {
    return digests.size();
  }

  /**
   * Whether an {@code Authorization} header value carries one of the tokens ({@code Bearer
   * TOKEN}, scheme case-insensitive). Takes the same time whichever token matches, if any.
   */
  public boolean accepts(String authorization) {
    if (authorization == null || authorization.length() < 7
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = sha256(authorization.substring(7).strip());
    boolean ok = false;
    for (byte[] d : digests) {
      ok |= MessageDigest.isEqual(d, given);
    }
    return ok;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "BearerTokens[" + digests.size() + "]";
  }
}
