package dev.redactor;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A {@link Redactor} that can be replaced while in use: a new policy is built off to the side and
 * swapped in atomically. Each check runs entirely on the engine that was current when it started,
 * so no check ever sees a half-built policy or a mix of two policies; a check that started before
 * a reload finishes on the old engine.
 *
 * <pre>{@code
 * ReloadableRedactor gate = ReloadableRedactor.of(Redactor.builder().policyFile(path).build());
 * // on every send, from any thread:
 * Verdict v = gate.check(message);
 * // when the policy file changed (a syntax error keeps the current policy and throws):
 * gate.reload(() -> Redactor.builder().policyFile(path).build());
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class ReloadableRedactor {
  private final AtomicReference<Redactor> current;

  private ReloadableRedactor(Redactor initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** A holder starting with {@code initial}. */
  public static ReloadableRedactor of(Redactor initial) {
    return new ReloadableRedactor(initial);
  }

  /** The engine in force now (a snapshot: later reloads do not change it). */
  public Redactor current() {
    return current.get();
  }

  /** Checks {@code text} with the engine in force when the call starts. */
  public Verdict check(String text) {
    return current.get().check(text);
  }

  /** Checks {@code message} with the engine in force when the call starts. */
  public Verdict check(Message message) {
    return current.get().check(message);
  }

  /** As {@link Redactor#redact(Message)}, with the engine in force when the call starts. */
  public Redaction redact(Message message) {
    return current.get().redact(message);
  }

  /** Puts {@code next} in force; returns the engine it replaces. */
  public Redactor reload(Redactor next) {
    return current.getAndSet(Objects.requireNonNull(next, "next"));
  }

  /**
   * Builds a new engine with {@code build} and puts it in force. If building fails (a {@link
   * PolicySyntaxException}, for one), the engine in force stays and the exception propagates: a
   * policy that cannot be loaded is never replaced by a more permissive one, nor by nothing.
   *
   * @return the engine replaced
   */
  public Redactor reload(Supplier<Redactor> build) {
    Redactor next = Objects.requireNonNull(build.get(), "the supplier returned null");
    return reload(next);
  }

  @Override
  public String toString() {
    return "ReloadableRedactor{" + current.get() + "}";
  }
}
