package dev.redactor;

/**
 * What a rule does with a finding. Actions are ordered by strength; when several rules fire, the
 * strongest wins ({@code BLOCK > REWRITE > WARN > ALLOW}).
 *
 * @since 0.1
 */
public enum Action {
  /** The finding is permitted (for example a provider name or the practice's own phone). */
  ALLOW,
  /** The finding is reported but does not stop the message. */
  WARN,
  /** The finding must be removed or generalized; the rest of the message may go. */
  REWRITE,
  /** The message must not be sent as it is. */
  BLOCK;

  /** Whether this action is strictly stronger than {@code other}. */
  public boolean isStrongerThan(Action other) {
    return compareTo(other) > 0;
  }

  /** The stronger of two actions. */
  public static Action strongest(Action a, Action b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
