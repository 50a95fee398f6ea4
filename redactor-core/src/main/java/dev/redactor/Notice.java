package dev.redactor;

import java.util.Objects;

/**
 * A message-level outcome of a rule that judges the whole message rather than a finding — for
 * example a marketing text without an opt-out ({@code Reply STOP}). The explanation never quotes
 * the message.
 *
 * @param ruleId the rule
 * @param action what it decided (a BLOCK notice blocks the message)
 * @param explanation one sentence, free of message text
 * @since 0.1
 */
public record Notice(String ruleId, Action action, String explanation) {
  /** Validates the components. */
  public Notice {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(explanation, "explanation");
  }
}
