package dev.redactor.lint;

import dev.redactor.Action;
import dev.redactor.Category;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding in one template file. Positions are 1-based lines and columns in the file (columns
 * in UTF-16 units); the message explains the rule and never quotes the template.
 *
 * @param path the file, as reported
 * @param key where the template sits in the file (JSON pointer, property key, CSV column and
 *     row), or null
 * @param line first line
 * @param column first column
 * @param endLine last line
 * @param endColumn column just past the finding
 * @param ruleId the rule that decided ({@code default.patient-name}, {@code lint.suppression-reason})
 * @param action what the rule decided
 * @param category what was found, or null for lint's own findings and message-level rules
 * @param message one sentence
 * @param fingerprint stable id of the finding, independent of its line (for baselines and SARIF)
 * @param suppression the inline suppression that covers it, or null
 */
public record LintFinding(
    String path,
    @Nullable String key,
    int line,
    int column,
    int endLine,
    int endColumn,
    String ruleId,
    Action action,
    @Nullable Category category,
    String message,
    String fingerprint,
    @Nullable Suppression suppression) {

  /** Validates the components. */
  public LintFinding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** Whether an inline suppression covers this finding. */
  public boolean suppressed() {
    return suppression != null;
  }

  /** The same finding, suppressed by {@code s}. */
  LintFinding suppressedBy(Suppression s) {
    return new LintFinding(path, key, line, column, endLine, endColumn, ruleId, action, category,
        message, fingerprint, s);
  }

  @Override
  public String toString() {
    return "LintFinding{" + path + ":" + line + ":" + column + " " + action + " " + ruleId
        + (category == null ? "" : " " + category) + (suppressed() ? " suppressed" : "") + "}";
  }
}
