package dev.redactor;

import static dev.redactor.internal.Checks.requireArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one message: the {@link Decision}, the findings that caused it (each with its rule
 * and action), a one-sentence explanation and, for {@link Decision#REWRITE}, the text that may be
 * sent instead.
 *
 * <p>Findings include everything detected, also what the policy allowed (a provider name, the
 * practice's own phone number), so a caller can see why a message passed. They are sorted by
 * span.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never contains message text, not even the
 * rewrite.
 *
 * @since 0.1
 */
public final class Verdict {
  private final Decision decision;
  private final List<Finding> findings;
  private final String explanation;
  private final @Nullable String rewritten;
  private final boolean failedClosed;
  private final List<Notice> notices;

  private Verdict(
      Decision decision,
      List<Finding> findings,
      String explanation,
      @Nullable String rewritten,
      boolean failedClosed,
      List<Notice> notices) {
    this.decision = Objects.requireNonNull(decision, "decision");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
    requireArgument(
        (decision == Decision.REWRITE) == (rewritten != null),
        "a rewritten text is required for REWRITE and only for REWRITE (decision %s)",
        decision);
    this.findings = sortedCopy(findings);
    this.rewritten = rewritten;
    this.failedClosed = failedClosed;
    this.notices = List.copyOf(notices);
  }

  /**
   * {@code findings} sorted by span, unmodifiable. The engine's findings come sorted, and then a
   * single copy is made (an unmodifiable list is not copied again when notices are attached).
   */
  private static List<Finding> sortedCopy(List<Finding> findings) {
    for (int i = 1; i < findings.size(); i++) {
      if (findings.get(i - 1).span().compareTo(findings.get(i).span()) > 0) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(sorted);
      }
    }
    return List.copyOf(findings);
  }

  /** An ALLOW verdict; {@code findings} may hold findings the policy allowed or warned about. */
  public static Verdict allow(List<Finding> findings, String explanation) {
    return new Verdict(Decision.ALLOW, findings, explanation, null, false, List.of());
  }

  /** A REWRITE verdict with the text that may be sent instead. */
  public static Verdict rewrite(List<Finding> findings, String explanation, String rewritten) {
    return new Verdict(
        Decision.REWRITE, findings, explanation, Objects.requireNonNull(rewritten), false,
        List.of());
  }

  /** A BLOCK verdict. */
  public static Verdict block(List<Finding> findings, String explanation) {
    return new Verdict(Decision.BLOCK, findings, explanation, null, false, List.of());
  }

  /**
   * A BLOCK verdict given because checking failed inside Redactor (fail closed). {@code explanation}
   * names the stage, never the text.
   */
  public static Verdict failedClosed(String explanation) {
    return new Verdict(Decision.BLOCK, List.of(), explanation, null, true, List.of());
  }

  /** This verdict with message-level notices attached. */
  public Verdict withNotices(List<Notice> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Notice> all = new ArrayList<>(notices);
    all.addAll(more);
    return new Verdict(decision, findings, explanation, rewritten, failedClosed, all);
  }

  /** Message-level notices (rules that judge the whole message), in rule order; unmodifiable. */
  public List<Notice> notices() {
    return notices;
  }

  /** ALLOW, REWRITE or BLOCK. */
  public Decision decision() {
    return decision;
  }

  /** Whether the message may be sent as it is. */
  public boolean isAllowed() {
    return decision == Decision.ALLOW;
  }

  /** Every finding, sorted by span; unmodifiable. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings whose action is at least {@code action}; sorted by span. */
  public List<Finding> findings(Action atLeast) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.action().compareTo(atLeast) >= 0) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** One or two plain-language sentences saying why; never quotes the message. */
  public String explanation() {
    return explanation;
  }

  /** For REWRITE, the text that may be sent instead; empty otherwise. */
  public Optional<String> rewritten() {
    return Optional.ofNullable(rewritten);
  }

  /** The text that may be sent: the original for ALLOW, the rewrite for REWRITE, empty for BLOCK. */
  public Optional<String> sendableText(String original) {
    switch (decision) {
      case ALLOW:
        return Optional.of(original);
      case REWRITE:
        return Optional.of(Objects.requireNonNull(rewritten));
      default:
        return Optional.empty();
    }
  }

  /** Whether this BLOCK was given because checking itself failed (fail closed). */
  public boolean failedClosed() {
    return failedClosed;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Verdict)) {
      return false;
    }
    Verdict v = (Verdict) o;
    return decision == v.decision
        && findings.equals(v.findings)
        && explanation.equals(v.explanation)
        && Objects.equals(rewritten, v.rewritten)
        && failedClosed == v.failedClosed
        && notices.equals(v.notices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(decision, findings, explanation, rewritten, failedClosed, notices);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Verdict{").append(decision);
    if (failedClosed) {
      sb.append(" (failed closed)");
    }
    sb.append(", findings=").append(findings);
    if (!notices.isEmpty()) {
      sb.append(", notices=").append(notices);
    }
    if (rewritten != null) {
      sb.append(", rewritten=<").append(rewritten.length()).append(" chars>");
    }
    return sb.append('}').toString();
  }
}
