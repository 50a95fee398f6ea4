package dev.redactor;

import static dev.redactor.internal.Checks.requireArgument;

import java.util.Objects;

/**
 * One thing found in a message: where it is, what it is, which rule judged it and what that rule
 * decided. The explanation is one plain-language sentence that never quotes the message.
 *
 * <p>Immutable. {@link #toString()} gives offsets, category, rule and action — never the text.
 *
 * @param span where the finding is in the original text
 * @param category what it is
 * @param ruleId the id of the rule that decided the action ({@code default.ssn})
 * @param action what the rule decided
 * @param confidence how sure the detector is, from 0 (guess) to 1 (certain)
 * @param explanation one sentence, free of message text
 * @since 0.1
 */
public record Finding(
    Span span,
    Category category,
    String ruleId,
    Action action,
    double confidence,
    String explanation) {

  /** Validates the components. */
  public Finding {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(explanation, "explanation");
    requireArgument(isRuleId(ruleId), "invalid rule id (length %s)", ruleId.length());
    requireArgument(
        confidence >= 0.0 && confidence <= 1.0, "confidence out of [0, 1]: %s", confidence);
  }

  /**
   * Whether {@code id} is a well-formed rule id: lower-case ASCII letters, digits, {@code .},
   * {@code -} and {@code _}, starting with a letter or digit, at most 128 characters.
   */
  public static boolean isRuleId(String id) {
    if (id.isEmpty() || id.length() > 128) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '.' || c == '-' || c == '_'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Start of the span in UTF-16 units (shorthand for {@code span().start()}). */
  public int start() {
    return span.start();
  }

  /** End of the span in UTF-16 units, exclusive (shorthand for {@code span().end()}). */
  public int end() {
    return span.end();
  }

  @Override
  public String toString() {
    return "Finding{"
        + category
        + " "
        + span
        + " "
        + action
        + " rule="
        + ruleId
        + " confidence="
        + Math.round(confidence * 100) / 100.0
        + "}";
  }
}
