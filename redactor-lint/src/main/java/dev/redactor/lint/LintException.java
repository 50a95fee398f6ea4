package dev.redactor.lint;

/**
 * A file that cannot be linted: unreadable, not UTF-8, malformed JSON/YAML/CSV, a template over
 * the length limit. The message names the file, line and column and what is wrong — never the
 * template text.
 */
public final class LintException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;
  private final String problem;

  /** A problem at 1-based {@code line} and {@code column} of {@code path} (0 when unknown). */
  public LintException(String path, int line, int column, String problem) {
    super(format(path, line, column, problem));
    this.path = path;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(String path, int line, int column, String problem) {
    StringBuilder sb = new StringBuilder(path);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(problem).toString();
  }

  /** The file. */
  public String path() {
    return path;
  }

  /** The 1-based line, or 0. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0. */
  public int column() {
    return column;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }
}
