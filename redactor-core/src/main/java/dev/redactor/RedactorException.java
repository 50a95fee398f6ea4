package dev.redactor;

/**
 * Base of every exception Redactor throws on purpose. Messages name offsets, lengths, categories,
 * rule ids, settings and file positions — never message text.
 *
 * <p>Subtypes say who has to act: {@link PolicySyntaxException} is for the author of a policy file,
 * {@link LimitExceededException} for the caller who passed oversized input, {@link
 * MessageBlockedException} for the sender whose message may not go out.
 *
 * @since 0.1
 */
public class RedactorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message (free of message text). */
  public RedactorException(String message) {
    super(message);
  }

  /** An exception with a message (free of message text) and a cause. */
  public RedactorException(String message, Throwable cause) {
    super(message, cause);
  }
}
