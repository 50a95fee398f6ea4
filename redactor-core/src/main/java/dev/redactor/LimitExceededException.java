package dev.redactor;

import java.util.Locale;

/**
 * Input exceeded one of the {@link Limits}. The message names the value, the limit and the setting
 * that controls it, for example {@code "message length 2000000 exceeds the maximum 1048576 (set by
 * Limits.Builder.maxMessageLength)"}.
 *
 * @since 0.1
 */
public final class LimitExceededException extends RedactorException {
  private static final long serialVersionUID = 1L;

  private final String limitName;
  private final long value;
  private final long limit;

  /**
   * An exception for {@code what} (e.g. "message length") being {@code value}, over {@code limit}
   * controlled by {@code setting}.
   */
  public LimitExceededException(String what, long value, long limit, String setting) {
    super(
        String.format(
            Locale.ROOT,
            "%s %d exceeds the maximum %d (set by %s)",
            what,
            value,
            limit,
            setting));
    this.limitName = setting;
    this.value = value;
    this.limit = limit;
  }

  /** The setting that controls the limit, e.g. {@code Limits.Builder.maxMessageLength}. */
  public String limitName() {
    return limitName;
  }

  /** The value that was too large. */
  public long value() {
    return value;
  }

  /** The limit in force. */
  public long limit() {
    return limit;
  }
}
