package dev.redactor;

import java.util.Objects;

/**
 * What a policy rule is, for tools that list or report rules (lint output, SARIF rule metadata).
 *
 * @param id the rule id ({@code default.procedure})
 * @param summary one line: what the rule is about
 * @param severity {@code error}, {@code warning} or {@code note}
 * @param action what the rule does when it holds
 * @param messageScope whether the rule is judged once per message rather than per finding
 * @param explanation the sentence shown with the rule's findings (the summary unless the policy
 *     gives one)
 * @since 0.1
 */
public record RuleInfo(
    String id, String summary, String severity, Action action, boolean messageScope,
    String explanation) {

  /** Validates the components. */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** A rule whose findings are explained by its summary. */
  public RuleInfo(String id, String summary, String severity, Action action,
      boolean messageScope) {
    this(id, summary, severity, action, messageScope, summary);
  }
}
