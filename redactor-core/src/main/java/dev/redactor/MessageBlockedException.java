package dev.redactor;

/**
 * Thrown by {@link Redaction#textOrThrow()} when the message may not be sent. Carries the {@link
 * Verdict}; the exception message names the rules and categories, never the text.
 *
 * @since 0.1
 */
public final class MessageBlockedException extends RedactorException {
  private static final long serialVersionUID = 1L;

  private final transient Verdict verdict;

  /** An exception for a BLOCK verdict. */
  public MessageBlockedException(Verdict verdict) {
    super("message blocked: " + verdict.explanation());
    this.verdict = verdict;
  }

  /** The verdict that blocked the message. */
  public Verdict verdict() {
    return verdict;
  }
}
