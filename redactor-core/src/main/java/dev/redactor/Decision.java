package dev.redactor;

/**
 * The answer to "may this message be sent?".
 *
 * @since 0.1
 */
public enum Decision {
  /** Send the message as it is. */
  ALLOW,
  /** Send the rewritten text instead ({@link Verdict#rewritten()}). */
  REWRITE,
  /** Do not send it; send a portal notice instead. */
  BLOCK;

  /** The decision a verdict takes when {@code action} is the strongest action of its findings. */
  public static Decision of(Action action) {
    switch (action) {
      case BLOCK:
        return BLOCK;
      case REWRITE:
        return REWRITE;
      default:
        return ALLOW;
    }
  }
}
