package dev.redactor.lint;

import dev.redactor.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a lint run found: findings (including suppressed ones, which are reported as such),
 * files that could not be linted, and counts. Immutable.
 *
 * <p>Exit code ({@link #exitCode(Action)}): 2 if any file could not be linted, else 1 if any
 * finding at or above the threshold is neither suppressed nor in the baseline, else 0.
 */
public final class LintReport {
  /** Exit code: nothing at or above the threshold. */
  public static final int CLEAN = 0;
  /** Exit code: findings at or above the threshold. */
  public static final int FINDINGS = 1;
  /** Exit code: a file could not be linted, or a usage or policy error. */
  public static final int ERROR = 2;

  private static final Comparator<LintFinding> ORDER = Comparator.comparing(LintFinding::path)
      .thenComparingInt(LintFinding::line).thenComparingInt(LintFinding::column)
      .thenComparing(LintFinding::ruleId);

  private final List<LintFinding> findings;
  private final List<LintException> errors;
  private final int files;
  private final int templates;
  private final Set<String> baselined;
  private final int staleBaselineEntries;

  private LintReport(List<LintFinding> findings, List<LintException> errors, int files,
      int templates, Set<String> baselined, int staleBaselineEntries) {
    this.findings = List.copyOf(findings);
    this.errors = List.copyOf(errors);
    this.files = files;
    this.templates = templates;
    this.baselined = Set.copyOf(baselined);
    this.staleBaselineEntries = staleBaselineEntries;
  }

  /** Every finding, sorted by file, line and column; suppressed ones included. */
  public List<LintFinding> findings() {
    return findings;
  }

  /** Findings neither suppressed inline nor accepted in the baseline. */
  public List<LintFinding> active() {
    List<LintFinding> out = new ArrayList<>();
    for (LintFinding f : findings) {
      if (!f.suppressed() && !isBaselined(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether the baseline accepts {@code f}. */
  public boolean isBaselined(LintFinding f) {
    return baselined.contains(f.fingerprint());
  }

  /** Files that could not be linted, with what was wrong. */
  public List<LintException> errors() {
    return errors;
  }

  /** Files linted. */
  public int fileCount() {
    return files;
  }

  /** Templates checked. */
  public int templateCount() {
    return templates;
  }

  /** Baseline entries that no finding matches any more (fixed, or the template changed). */
  public int staleBaselineEntries() {
    return staleBaselineEntries;
  }

  /** This report judged against {@code baseline}. */
  public LintReport withBaseline(Baseline baseline) {
    Set<String> present = new HashSet<>();
    Set<String> accepted = new HashSet<>();
    for (LintFinding f : findings) {
      present.add(f.fingerprint());
      if (baseline.contains(f.fingerprint())) {
        accepted.add(f.fingerprint());
      }
    }
    int stale = 0;
    for (String fp : baseline.fingerprints()) {
      if (!present.contains(fp)) {
        stale++;
      }
    }
    return new LintReport(findings, errors, files, templates, accepted, stale);
  }

  /** The active findings at or above {@code threshold}. */
  public List<LintFinding> failing(Action threshold) {
    List<LintFinding> out = new ArrayList<>();
    for (LintFinding f : active()) {
      if (f.action().compareTo(threshold) >= 0) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The threshold named {@code name}: {@code warn}, {@code rewrite} or {@code block}, in any
   * case; null means the default, {@code rewrite}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Action threshold(String name) {
    if (name == null) {
      return Action.REWRITE;
    }
    return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "warn" -> Action.WARN;
      case "rewrite" -> Action.REWRITE;
      case "block" -> Action.BLOCK;
      default -> throw new IllegalArgumentException("must be warn, rewrite or block");
    };
  }

  /** The exit code for {@code threshold} (see the class comment). */
  public int exitCode(Action threshold) {
    if (!errors.isEmpty()) {
      return ERROR;
    }
    return failing(threshold).isEmpty() ? CLEAN : FINDINGS;
  }

  @Override
  public String toString() {
    return "LintReport{files=" + files + ", templates=" + templates + ", findings="
        + findings.size() + ", errors=" + errors.size() + "}";
  }

  /** Collects a report. */
  static final class Builder {
    private final List<LintFinding> findings = new ArrayList<>();
    private final List<LintException> errors = new ArrayList<>();
    private int files;
    private int templates;

    void finding(LintFinding f) {
      findings.add(f);
    }

    void error(LintException e) {
      errors.add(e);
    }

    void file() {
      files++;
    }

    void template() {
      templates++;
    }

    void addAll(Builder other) {
      findings.addAll(other.findings);
      errors.addAll(other.errors);
      files += other.files;
      templates += other.templates;
    }

    LintReport build() {
      List<LintFinding> sorted = new ArrayList<>(findings);
      sorted.sort(ORDER);
      List<LintException> errs = new ArrayList<>(errors);
      errs.sort(Comparator.comparing(LintException::path).thenComparingInt(LintException::line));
      return new LintReport(sorted, errs, files, templates, Set.of(), 0);
    }
  }
}
