package dev.redactor;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link Redactor#redact(String)}: the text that may be sent, or the reasons it may
 * not. Immutable. {@link #toString()} never contains message text.
 *
 * @since 0.1
 */
public final class Redaction {
  private final Verdict verdict;
  private final Optional<String> text;

  Redaction(String original, Verdict verdict) {
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.text = verdict.sendableText(original);
  }

  /** The verdict behind this result. */
  public Verdict verdict() {
    return verdict;
  }

  /** Whether there is a text that may be sent (ALLOW or REWRITE). */
  public boolean isSendable() {
    return text.isPresent();
  }

  /** The original for ALLOW, the rewrite for REWRITE, empty for BLOCK. */
  public Optional<String> text() {
    return text;
  }

  /**
   * The text that may be sent.
   *
   * @throws MessageBlockedException for BLOCK, carrying the verdict
   */
  public String textOrThrow() {
    return text.orElseThrow(() -> new MessageBlockedException(verdict));
  }

  @Override
  public String toString() {
    return "Redaction{" + verdict.decision() + ", sendable=" + isSendable() + "}";
  }
}
