package dev.redactor;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A policy could not be loaded: a syntax error, an unknown key, an invalid value, an unknown pack.
 * It names the source (file or pack), the line and column when known, the rule id when the error is
 * inside a rule, and what was expected. A policy that cannot be loaded is never replaced by a more
 * permissive one.
 *
 * @since 0.1
 */
public final class PolicySyntaxException extends RedactorException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final @Nullable String ruleId;
  private final String problem;

  /**
   * An error in {@code source} at {@code line}:{@code column} (1-based; 0 when unknown), inside rule
   * {@code ruleId} (null when not inside a rule), described by {@code problem}.
   */
  public PolicySyntaxException(
      String source, int line, int column, @Nullable String ruleId, String problem) {
    super(format(source, line, column, ruleId, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.ruleId = ruleId;
    this.problem = problem;
  }

  private static String format(
      String source, int line, int column, @Nullable String ruleId, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (ruleId != null) {
      sb.append(String.format(Locale.ROOT, "rule %s: ", ruleId));
    }
    return sb.append(problem).toString();
  }

  /** The file or pack name. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The rule the error is in, or null. */
  public @Nullable String ruleId() {
    return ruleId;
  }

  /** What is wrong and what was expected, without the position. */
  public String problem() {
    return problem;
  }
}
