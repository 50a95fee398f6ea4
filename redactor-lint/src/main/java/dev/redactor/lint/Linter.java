package dev.redactor.lint;

import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Channel;
import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.LimitExceededException;
import dev.redactor.Message;
import dev.redactor.Notice;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import dev.redactor.RuleInfo;
import dev.redactor.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Lints message templates: finds the template files under the given paths, reads every template
 * in them, checks each with a {@link Redactor} and reports what the policy flags, with file, line
 * and column, honouring inline suppressions. Immutable and thread-safe; build once.
 *
 * <pre>{@code
 * Linter linter = Linter.builder(Redactor.standard()).exclude("**}{@code /drafts/**").build();
 * LintReport report = linter.lint(List.of(Path.of("src/main/templates")));
 * }</pre>
 */
public final class Linter {
  /** Lint's own rules: problems with suppressions and templates that could not be checked. */
  public static final List<RuleInfo> OWN_RULES = List.of(
      new RuleInfo("lint.suppression-reason",
          "An inline suppression must give a reason after '--'; without one it suppresses nothing",
          "error", Action.BLOCK, false),
      new RuleInfo("lint.suppression-unknown-rule",
          "An inline suppression names a rule the policy does not have", "warning", Action.WARN,
          false),
      new RuleInfo("lint.suppression-unused",
          "An inline suppression no longer suppresses anything; remove it", "note", Action.WARN,
          false),
      new RuleInfo("lint.blocked",
          "The template would be blocked as a whole: no rewrite of it passes the policy",
          "error", Action.BLOCK, false),
      new RuleInfo("lint.check-failed",
          "The template could not be checked (internal error); it is treated as blocked",
          "error", Action.BLOCK, false));

  /** Directories never walked into (besides hidden ones). */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", "target");

  private final Redactor redactor;
  private final @Nullable Purpose purpose;
  private final @Nullable Channel channel;
  private final List<String> includes;
  private final List<String> excludes;
  private final List<PathMatcher> includeMatchers;
  private final List<PathMatcher> excludeMatchers;
  private final long maxFileBytes;
  private final Path baseDirectory;
  private final Set<String> knownRules;
  /** What each rule's findings say in a report: the rule's own sentence, without the verdict. */
  private final Map<String, String> messages;

  private Linter(Builder b) {
    this.redactor = b.redactor;
    this.purpose = b.purpose;
    this.channel = b.channel;
    this.includes = List.copyOf(b.includes);
    this.excludes = List.copyOf(b.excludes);
    this.includeMatchers = matchers(includes);
    this.excludeMatchers = matchers(excludes);
    this.maxFileBytes = b.maxFileBytes;
    this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize();
    Set<String> known = new HashSet<>(redactor.ruleIds());
    for (RuleInfo r : OWN_RULES) {
      known.add(r.id());
    }
    this.knownRules = Set.copyOf(known);
    Map<String, String> m = new HashMap<>();
    for (RuleInfo r : redactor.rules()) {
      String e = r.explanation().strip();
      m.put(r.id(), e.endsWith(".") ? e : e + ".");
    }
    this.messages = Map.copyOf(m);
  }

  /** A builder that lints with {@code redactor}. */
  public static Builder builder(Redactor redactor) {
    return new Builder(redactor);
  }

  /** The redactor templates are checked with. */
  public Redactor redactor() {
    return redactor;
  }

  /** The rules findings can name: the policy's, then lint's own. */
  public List<RuleInfo> rules() {
    List<RuleInfo> all = new ArrayList<>(redactor.rules());
    all.addAll(OWN_RULES);
    return all;
  }

  /**
   * Lints the files and directories in {@code paths}. Directories are walked for files of a known
   * {@link TemplateFormat} that match the includes and not the excludes (hidden directories,
   * {@code target} and {@code node_modules} are skipped); a file named directly is read as plain
   * text if its format is unknown. A file that cannot be read or parsed becomes an error in the
   * report and the others are still linted.
   */
  public LintReport lint(List<Path> paths) {
    LintReport.Builder report = new LintReport.Builder();
    TreeMap<String, Path> files = new TreeMap<>();
    for (Path p : paths) {
      collect(p, files, report);
    }
    // Files are independent and the redactor is thread-safe: lint them on all cores, then
    // merge in file order (the report sorts its findings, so the result does not depend on
    // the schedule).
    List<LintReport.Builder> parts = new ArrayList<>(files.entrySet()).parallelStream()
        .map(e -> lintFile(e.getKey(), e.getValue()))
        .toList();
    for (LintReport.Builder part : parts) {
      report.addAll(part);
    }
    return report.build();
  }

  /** One file's findings, or only its error if it cannot be linted. */
  private LintReport.Builder lintFile(String displayPath, Path file) {
    Optional<TemplateFormat> format = TemplateFormat.forFileName(file.getFileName().toString());
    LintReport.Builder part = new LintReport.Builder();
    try {
      SourceFile source = SourceFile.read(file, displayPath, maxFileBytes);
      lint(source, format.orElse(TemplateFormat.TEXT), part);
      return part;
    } catch (LintException ex) {
      LintReport.Builder failed = new LintReport.Builder();
      failed.error(ex);
      return failed;
    }
  }

  /** Lints one file's content (for tests and tools that hold the text already). */
  public LintReport lint(String displayPath, String content, TemplateFormat format) {
    LintReport.Builder report = new LintReport.Builder();
    try {
      lint(SourceFile.of(displayPath, content), format, report);
    } catch (LintException ex) {
      LintReport.Builder failed = new LintReport.Builder();
      failed.error(ex);
      return failed.build();
    }
    return report.build();
  }

  private void lint(SourceFile file, TemplateFormat format, LintReport.Builder report) {
    List<Template> templates = TemplateReader.read(file, format);
    boolean wholeFile = format == TemplateFormat.WHOLE_FILE || format == TemplateFormat.HTML
        || format == TemplateFormat.MARKDOWN;
    List<Suppression> suppressions = Suppression.scan(file);
    Set<Suppression> used = new HashSet<>();
    Map<String, Integer> seenTexts = new HashMap<>();
    Set<Integer> templateLines = new HashSet<>();
    for (Template t : templates) {
      templateLines.add(file.line(t.fileStart()));
    }
    report.file();
    for (Template t : templates) {
      if (!TemplateReader.hasLetter(t.text())) {
        continue;
      }
      report.template();
      String identity = t.key() + "\u0000" + t.text();
      int ordinal = seenTexts.merge(identity, 1, Integer::sum);
      String templateId = file.displayPath() + "\u0000" + (t.key() == null ? "" : t.key())
          + "\u0000" + ordinal + "\u0000" + sha256(t.text());
      List<Suppression> applicable = applicable(file, t, suppressions, wholeFile,
          templateLines);
      Map<String, Integer> occurrences = new HashMap<>();
      for (LintFinding f : check(file, t, templateId, occurrences)) {
        Suppression s = null;
        for (Suppression candidate : applicable) {
          if (candidate.hasReason() && candidate.covers(f.ruleId())) {
            s = candidate;
            used.add(candidate);
            break;
          }
        }
        report.finding(s == null ? f : f.suppressedBy(s));
      }
    }
    for (Suppression s : suppressions) {
      String id = file.displayPath() + "\u0000suppression\u0000" + s.line();
      if (!s.hasReason()) {
        report.finding(own(file, s, "lint.suppression-reason", Action.BLOCK,
            "This suppression gives no reason after '--', so it suppresses nothing; say why the"
                + " finding is acceptable (for example: -- the patient consented).", id));
        continue;
      }
      for (String r : s.rules()) {
        if (!r.endsWith("*") && !knownRules.contains(r)) {
          report.finding(own(file, s, "lint.suppression-unknown-rule", Action.WARN,
              "This suppression names rule " + safeRuleId(r) + ", which the policy "
                  + redactor.policyId() + " does not have.", id + "\u0000" + r));
        }
      }
      if (!used.contains(s) && s.rules().stream().allMatch(r -> r.endsWith("*")
          || knownRules.contains(r))) {
        report.finding(own(file, s, "lint.suppression-unused", Action.WARN,
            "This suppression no longer suppresses anything; remove it.", id));
      }
    }
  }

  /**
   * The suppressions that apply to template {@code t}: one on its own line, or one on the
   * nearest non-blank line above that holds no template of its own.
   */
  private static List<Suppression> applicable(SourceFile file, Template t,
      List<Suppression> suppressions, boolean wholeFile, Set<Integer> templateLines) {
    if (suppressions.isEmpty() || wholeFile) {
      return suppressions;
    }
    int line = file.line(t.fileStart());
    int above = line - 1;
    while (above >= 1 && file.lineText(above).isBlank()) {
      above--;
    }
    List<Suppression> out = new ArrayList<>(1);
    for (Suppression s : suppressions) {
      if (s.line() == line || s.line() == above && !templateLines.contains(above)) {
        out.add(s);
      }
    }
    return out;
  }

  private List<LintFinding> check(SourceFile file, Template t, String templateId,
      Map<String, Integer> occurrences) {
    List<LintFinding> out = new ArrayList<>();
    Verdict v;
    try {
      v = redactor.check(Message.builder(t.text()).purpose(purpose).channel(channel).build());
    } catch (LimitExceededException e) {
      throw new LintException(file.displayPath(), file.line(t.fileStart()),
          file.column(t.fileStart()), "template is " + t.text().length()
              + " characters, over the limit of " + e.limit() + " (--max-length)");
    } catch (RuntimeException e) {
      out.add(whole(file, t, "lint.check-failed", Action.BLOCK,
          "The template could not be checked (" + e.getClass().getSimpleName()
              + "); it is treated as blocked.", templateId, occurrences));
      return out;
    }
    if (v.failedClosed()) {
      out.add(whole(file, t, "lint.check-failed", Action.BLOCK, v.explanation(), templateId,
          occurrences));
      return out;
    }
    boolean blocks = false;
    for (Finding f : v.findings(Action.WARN)) {
      blocks |= f.action() == Action.BLOCK;
      int start = t.fileOffset(f.start());
      int end = t.fileEnd(f.start(), f.end());
      out.add(new LintFinding(file.displayPath(), t.key(), file.line(start), file.column(start),
          file.line(end), file.column(end), f.ruleId(), f.action(), f.category(),
          messages.getOrDefault(f.ruleId(), f.explanation()),
          fingerprint(templateId, f.ruleId(), f.category(), occurrences),
          null));
    }
    for (Notice n : v.notices()) {
      if (n.action().compareTo(Action.WARN) >= 0) {
        blocks |= n.action() == Action.BLOCK;
        out.add(whole(file, t, n.ruleId(), n.action(), n.explanation(), templateId,
            occurrences));
      }
    }
    if (v.decision() == Decision.BLOCK && !blocks) {
      out.add(whole(file, t, "lint.blocked", Action.BLOCK, v.explanation(), templateId,
          occurrences));
    }
    return out;
  }

  /** A finding that covers the whole template. */
  private static LintFinding whole(SourceFile file, Template t, String ruleId, Action action,
      String message, String templateId, Map<String, Integer> occurrences) {
    int start = t.fileStart();
    int end = t.fileEnd(0, t.text().length());
    return new LintFinding(file.displayPath(), t.key(), file.line(start), file.column(start),
        file.line(end), file.column(end), ruleId, action, null, message,
        fingerprint(templateId, ruleId, null, occurrences), null);
  }

  private static LintFinding own(SourceFile file, Suppression s, String ruleId, Action action,
      String message, String id) {
    int end = s.column() + Suppression.MARKER.length();
    return new LintFinding(file.displayPath(), null, s.line(), s.column(), s.line(), end, ruleId,
        action, null, message, sha256(id + "\u0000" + ruleId).substring(0, 32), null);
  }

  /**
   * A fingerprint that survives moving the template within its file: the file, the template's
   * key, which copy of identical text it is, a hash of its text, the rule, the category and the
   * how-manieth such finding in the template. Editing the template gives new fingerprints.
   */
  private static String fingerprint(String templateId, String ruleId, @Nullable Category category,
      Map<String, Integer> occurrences) {
    String what = ruleId + "\u0000" + (category == null ? "-" : category.name());
    int n = occurrences.merge(what, 1, Integer::sum);
    return sha256(templateId + "\u0000" + what + "\u0000" + n).substring(0, 32);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** A rule id as written in a suppression, shown only if it has the shape of a rule id. */
  private static String safeRuleId(String r) {
    return dev.redactor.Finding.isRuleId(r) ? r : "(not a rule id, " + r.length() + " chars)";
  }

  // ---- files ----------------------------------------------------------------------------------

  private void collect(Path p, TreeMap<String, Path> files, LintReport.Builder report) {
    if (!Files.exists(p)) {
      report.error(new LintException(display(p), 0, 0, "no such file or directory"));
      return;
    }
    if (!Files.isDirectory(p)) {
      files.put(display(p), p);
      return;
    }
    Path root = p;
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root)) {
            String name = dir.getFileName().toString();
            if (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String rel = root.relativize(file).toString().replace('\\', '/');
          if (attrs.isRegularFile() && selected(rel, file)) {
            files.put(display(file), file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          report.error(new LintException(display(file), 0, 0, "cannot read ("
              + e.getClass().getSimpleName() + ")"));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      report.error(new LintException(display(p), 0, 0, "cannot walk the directory ("
          + e.getClass().getSimpleName() + ")"));
    }
  }

  private boolean selected(String relative, Path file) {
    if (TemplateFormat.forFileName(file.getFileName().toString()).isEmpty()) {
      return false;
    }
    Path rel = Path.of(relative);
    if (!includeMatchers.isEmpty() && !matchesAny(includeMatchers, rel)) {
      return false;
    }
    return !matchesAny(excludeMatchers, rel);
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path rel) {
    for (PathMatcher m : matchers) {
      if (m.matches(rel)) {
        return true;
      }
    }
    return false;
  }

  /** Glob matchers; {@code **}{@code /x} also matches {@code x} at the top. */
  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      if (g.startsWith("**/")) {
        out.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
      }
    }
    return out;
  }

  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path shown = abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs) : abs;
    String s = shown.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  @Override
  public String toString() {
    return "Linter{policy=" + redactor.policyId() + ", includes=" + includes.size()
        + ", excludes=" + excludes.size() + "}";
  }

  /** Configures a {@link Linter}. */
  public static final class Builder {
    private final Redactor redactor;
    private @Nullable Purpose purpose;
    private @Nullable Channel channel;
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private long maxFileBytes = 64L << 20;
    private Path baseDirectory = Path.of("");

    private Builder(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /** The purpose templates are judged for (default: unknown, the strictest reading). */
    public Builder purpose(@Nullable Purpose p) {
      this.purpose = p;
      return this;
    }

    /** The channel templates are sent on (default: SMS, the strictest reading). */
    public Builder channel(@Nullable Channel c) {
      this.channel = c;
      return this;
    }

    /** Only files matching one of these globs (relative to the walked directory) are linted. */
    public Builder include(String... globs) {
      includes.addAll(List.of(globs));
      return this;
    }

    /** Files matching one of these globs (relative to the walked directory) are skipped. */
    public Builder exclude(String... globs) {
      excludes.addAll(List.of(globs));
      return this;
    }

    /** Files larger than this are an error rather than read (default 64 MiB). */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be at least 1");
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /** Paths are reported relative to this directory (default: the working directory). */
    public Builder baseDirectory(Path dir) {
      this.baseDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The linter. */
    public Linter build() {
      return new Linter(this);
    }
  }
}
