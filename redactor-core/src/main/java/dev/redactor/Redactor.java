package dev.redactor;

import dev.redactor.internal.Engine;
import dev.redactor.internal.policy.BuiltinPolicy;
import java.util.Objects;

/**
 * Decides whether an outgoing patient message may be sent: {@link Decision#ALLOW ALLOW}, {@link
 * Decision#REWRITE REWRITE} (with the minimum-necessary text that may go instead) or {@link
 * Decision#BLOCK BLOCK}.
 *
 * <p>Build one instance and share it: a {@code Redactor} is immutable and thread-safe, compiles
 * its dictionaries and policy once, and keeps no state between messages.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.standard();
 * Redaction r = redactor.redact(Message.of(text, Purpose.REMINDER, Channel.SMS));
 * if (r.isSendable()) {
 *   sms.send(phone, r.text().orElseThrow());
 * } else {
 *   portal.notify(patient); // r.verdict().explanation() says why
 * }
 * }</pre>
 *
 * <p>If anything goes wrong inside a check, the verdict is BLOCK ({@link Verdict#failedClosed()}),
 * never ALLOW. Input over the {@link Limits} is rejected with a {@link LimitExceededException}.
 *
 * @since 0.1
 */
public final class Redactor {
  private final Limits limits;
  private final String policy;
  private final Engine engine;

  private Redactor(Builder b) {
    this.limits = b.limits;
    this.policy = b.policy;
    this.engine = new Engine(limits);
  }

  /** The default engine: the {@code default} policy, default dictionaries, default limits. */
  public static Redactor standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Redactor INSTANCE = builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this engine's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limits = limits;
    b.policy = policy;
    return b;
  }

  /**
   * Checks {@code text} as a message of unknown purpose sent by SMS (the strictest reading).
   *
   * @throws LimitExceededException if the text is over the limits
   */
  public Verdict check(String text) {
    return check(Message.of(Objects.requireNonNull(text, "text")));
  }

  /**
   * Checks {@code message}, taking its purpose and channel into account.
   *
   * @throws LimitExceededException if the text is over the limits
   */
  public Verdict check(Message message) {
    return engine.check(Objects.requireNonNull(message, "message"));
  }

  /**
   * The pre-send convenience: the text that may be sent (the original for ALLOW, the rewrite for
   * REWRITE), or the reasons it may not.
   *
   * @throws LimitExceededException if the text is over the limits
   */
  public Redaction redact(String text) {
    return redact(Message.of(Objects.requireNonNull(text, "text")));
  }

  /** As {@link #redact(String)}, for a message with purpose and channel. */
  public Redaction redact(Message message) {
    return new Redaction(message.text(), check(message));
  }

  /** The limits in force. */
  public Limits limits() {
    return limits;
  }

  /** The id of the active policy. */
  public String policyId() {
    return policy;
  }

  @Override
  public String toString() {
    return "Redactor{policy=" + policy + ", " + limits + "}";
  }

  /** Configures a {@link Redactor}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private String policy = BuiltinPolicy.ID;

    private Builder() {}

    /** The limits on input size (default {@link Limits#defaults()}). */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The policy to apply, by pack name.
     *
     * @throws PolicySyntaxException if no policy has that name
     */
    public Builder policy(String name) {
      Objects.requireNonNull(name, "name");
      if (!name.equals(BuiltinPolicy.ID)) {
        throw new PolicySyntaxException(
            "policy", 0, 0, null, "unknown policy pack; available: " + BuiltinPolicy.ID);
      }
      this.policy = name;
      return this;
    }

    /** The engine. */
    public Redactor build() {
      return new Redactor(this);
    }
  }
}
