package dev.redactor;

import static dev.redactor.internal.Checks.requireArgument;

/**
 * Bounds on the work one message may cause. Every limit has a documented default and a builder
 * setter; input over a limit is rejected with a {@link LimitExceededException} that names the value,
 * the limit and the setter — never silently truncated, because an unchecked tail could carry PHI.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Limits {
  /** Default maximum message length in UTF-16 units: 1,048,576 (1 Mi), far above any SMS or e-mail. */
  public static final int DEFAULT_MAX_MESSAGE_LENGTH = 1 << 20;

  /** Default maximum number of tokens in one message: 262,144. */
  public static final int DEFAULT_MAX_TOKENS = 1 << 18;

  private static final Limits DEFAULTS = new Builder().build();

  private final int maxMessageLength;
  private final int maxTokens;

  private Limits(Builder b) {
    this.maxMessageLength = b.maxMessageLength;
    this.maxTokens = b.maxTokens;
  }

  /** The defaults. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxMessageLength = maxMessageLength;
    b.maxTokens = maxTokens;
    return b;
  }

  /** Maximum message length in UTF-16 units. */
  public int maxMessageLength() {
    return maxMessageLength;
  }

  /** Maximum number of tokens in one message. */
  public int maxTokens() {
    return maxTokens;
  }

  /**
   * Throws if {@code length} is over {@link #maxMessageLength()}.
   *
   * @throws LimitExceededException naming the length, the limit and the setter
   */
  public void checkMessageLength(int length) {
    if (length > maxMessageLength) {
      throw new LimitExceededException(
          "message length", length, maxMessageLength, "Limits.Builder.maxMessageLength");
    }
  }

  /**
   * Throws if {@code count} is over {@link #maxTokens()}.
   *
   * @throws LimitExceededException naming the count, the limit and the setter
   */
  public void checkTokenCount(int count) {
    if (count > maxTokens) {
      throw new LimitExceededException(
          "token count", count, maxTokens, "Limits.Builder.maxTokens");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits
        && ((Limits) o).maxMessageLength == maxMessageLength
        && ((Limits) o).maxTokens == maxTokens;
  }

  @Override
  public int hashCode() {
    return 31 * maxMessageLength + maxTokens;
  }

  @Override
  public String toString() {
    return "Limits{maxMessageLength=" + maxMessageLength + ", maxTokens=" + maxTokens + "}";
  }

  /** Builds {@link Limits}. Not thread-safe. */
  public static final class Builder {
    private int maxMessageLength = DEFAULT_MAX_MESSAGE_LENGTH;
    private int maxTokens = DEFAULT_MAX_TOKENS;

    private Builder() {}

    /**
     * Maximum message length in UTF-16 units (default {@value Limits#DEFAULT_MAX_MESSAGE_LENGTH}).
     *
     * @throws IllegalArgumentException if {@code value < 1}
     */
    public Builder maxMessageLength(int value) {
      requireArgument(value >= 1, "maxMessageLength < 1: %s", value);
      this.maxMessageLength = value;
      return this;
    }

    /**
     * Maximum number of tokens in one message (default {@value Limits#DEFAULT_MAX_TOKENS}).
     *
     * @throws IllegalArgumentException if {@code value < 1}
     */
    public Builder maxTokens(int value) {
      requireArgument(value >= 1, "maxTokens < 1: %s", value);
      this.maxTokens = value;
      return this;
    }

    /** The limits. */
    public Limits build() {
      return new Limits(this);
    }
  }
}
