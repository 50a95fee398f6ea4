package dev.redactor.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline suppression written in a comment of a template file:
 *
 * <pre>
 * # redactor:ignore default.patient-name -- the patient consented to named reminders
 * </pre>
 *
 * <p>It names one or more rule ids (comma separated; {@code *} or a prefix ending in {@code *}
 * for several) and, after {@code --}, a reason, which is mandatory: a suppression without one
 * suppresses nothing and is reported itself. It applies to the template that starts on its own
 * line (a trailing YAML comment) or on the next non-blank line; in a whole-file template (HTML,
 * Markdown, Mustache...) it applies to the whole file.
 *
 * @param line the 1-based line of the comment
 * @param column the 1-based column of {@code redactor:ignore}
 * @param rules the rule ids or patterns
 * @param reason why, or empty when missing
 */
public record Suppression(int line, int column, List<String> rules, String reason) {
  /** The marker. */
  public static final String MARKER = "redactor:ignore";

  private static final String[] CLOSERS = {"--}}", "-->", "}}", "#}", "*/", "*#", "%}"};

  /** Whether this suppression covers {@code ruleId}. */
  public boolean covers(String ruleId) {
    for (String r : rules) {
      if (r.equals("*") || r.equals(ruleId)
          || r.endsWith("*") && ruleId.startsWith(r.substring(0, r.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a reason was given. */
  public boolean hasReason() {
    return !reason.isEmpty();
  }

  /** The suppressions written in {@code file}, in line order. */
  static List<Suppression> scan(SourceFile file) {
    List<Suppression> out = new ArrayList<>();
    String s = file.content();
    int at = s.indexOf(MARKER);
    while (at >= 0) {
      int line = file.line(at);
      String rest = file.lineText(line).substring(at - file.lineStart(line) + MARKER.length());
      out.add(parse(line, file.column(at), rest));
      int next = file.lineStart(line + 1);
      at = line < file.lineCount() ? s.indexOf(MARKER, next) : -1;
    }
    return out;
  }

  private static Suppression parse(int line, int column, String rest) {
    String r = rest.strip();
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String c : CLOSERS) {
        if (r.endsWith(c)) {
          r = r.substring(0, r.length() - c.length()).strip();
          stripped = true;
        }
      }
    }
    String reason = "";
    int sep = r.indexOf("--");
    if (sep >= 0) {
      reason = r.substring(sep + 2).strip();
      r = r.substring(0, sep).strip();
    }
    List<String> rules = new ArrayList<>();
    for (String id : r.split("[,\\s]+")) {
      if (!id.isEmpty()) {
        rules.add(id);
      }
    }
    return new Suppression(line, column, List.copyOf(rules), reason);
  }
}
