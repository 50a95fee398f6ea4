package dev.redactor.maven;

import dev.redactor.Action;
import dev.redactor.Limits;
import dev.redactor.RedactorException;
import dev.redactor.lint.Baseline;
import dev.redactor.lint.LintConfig;
import dev.redactor.lint.LintException;
import dev.redactor.lint.LintFinding;
import dev.redactor.lint.LintReport;
import dev.redactor.lint.Linter;
import dev.redactor.lint.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the message templates of a project, as {@code redactor lint} does: every template file
 * under {@code directory} (text, properties, JSON, YAML, CSV, template-engine, HTML, Markdown)
 * matching {@code includes} and not {@code excludes} is read, each template checked with the
 * policy, and findings at or above {@code failOn} fail the build. A SARIF report is written for
 * code-scanning tools. Findings name file, line, column, rule and category — never the template
 * text.
 *
 * <p>Settings not given in the POM come from the {@code .redactor.yaml} at the repository root
 * when there is one, else from the defaults.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {
  /** Directory holding the templates. */
  @Parameter(property = "redactor.directory",
      defaultValue = "${project.basedir}/src/main/templates")
  private File directory;

  /** Glob patterns (relative to {@code directory}) of the files to lint; default: all. */
  @Parameter
  private List<String> includes;

  /** Glob patterns (relative to {@code directory}) of files to skip. */
  @Parameter
  private List<String> excludes;

  /** Policy: a bundled pack name or a policy file; default from .redactor.yaml, else default. */
  @Parameter(property = "redactor.policy")
  private String policy;

  /** Lowest action that fails the build: warn, rewrite or block (default rewrite). */
  @Parameter(property = "redactor.failOn")
  private String failOn;

  /** Accepted findings; only new ones fail. Default from .redactor.yaml. */
  @Parameter(property = "redactor.baseline")
  private File baseline;

  /** Where the SARIF 2.1.0 report is written; empty to write none. */
  @Parameter(property = "redactor.sarif",
      defaultValue = "${project.build.directory}/redactor/lint.sarif")
  private File sarifFile;

  /** How the templates travel: sms, email, push, portal, voice (default: sms). */
  @Parameter(property = "redactor.channel")
  private String channel;

  /** Why they are sent: reminder, recall, ... (default: unknown, the strictest reading). */
  @Parameter(property = "redactor.purpose")
  private String purpose;

  /** Read the .redactor.yaml at the repository root for settings not given here. */
  @Parameter(property = "redactor.useConfigFile", defaultValue = "true")
  private boolean useConfigFile;

  /** Skip the goal. */
  @Parameter(property = "redactor.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("redactor: lint skipped");
      return;
    }
    if (!directory.isDirectory()) {
      getLog().info("redactor: no template directory " + directory + "; nothing to lint");
      return;
    }
    LintConfig cfg;
    Action threshold;
    Linter linter;
    try {
      if (failOn != null) {
        LintReport.threshold(failOn);
      }
      LintConfig file = useConfigFile ? LintConfig.find(directory.toPath()).map(LintConfig::read)
          .orElse(LintConfig.none()) : LintConfig.none();
      cfg = file.overriddenBy(new LintConfig(null, policy, failOn,
          baseline == null ? null : baseline.toPath(), channel, purpose,
          includes == null ? List.of() : includes, excludes == null ? List.of() : excludes));
      threshold = cfg.threshold();
      linter = cfg.linter(Limits.defaults(), directory.toPath());
    } catch (RedactorException | LintException e) {
      throw new MojoExecutionException("redactor: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("redactor: failOn " + e.getMessage());
    }

    LintReport report = linter.lint(List.of(directory.toPath()));
    // a baseline named in the POM must exist; one named in .redactor.yaml may not yet
    if (cfg.baseline() != null && (baseline != null || Files.exists(cfg.baseline()))) {
      try {
        report = report.withBaseline(Baseline.read(cfg.baseline()));
      } catch (LintException e) {
        throw new MojoExecutionException("redactor: " + e.getMessage());
      }
    }
    writeSarif(report, linter, threshold);

    for (LintException e : report.errors()) {
      getLog().error("redactor: " + e.getMessage());
    }
    for (LintFinding f : report.active()) {
      String line = f.path() + ":" + f.line() + ":" + f.column() + ": "
          + f.action().name().toLowerCase(java.util.Locale.ROOT) + " " + f.ruleId() + ": "
          + f.message() + (f.category() == null ? "" : " [" + f.category() + "]");
      if (f.action().compareTo(threshold) >= 0) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    String summary = ReportFormat.summary(report, threshold);
    switch (report.exitCode(threshold)) {
      case LintReport.ERROR:
        throw new MojoExecutionException(summary);
      case LintReport.FINDINGS:
        throw new MojoFailureException(summary);
      default:
        getLog().info(summary);
    }
  }

  private void writeSarif(LintReport report, Linter linter, Action threshold)
      throws MojoExecutionException {
    if (sarifFile == null || sarifFile.getPath().isEmpty()) {
      return;
    }
    try {
      Path p = sarifFile.toPath();
      if (p.getParent() != null) {
        Files.createDirectories(p.getParent());
      }
      String version = LintMojo.class.getPackage().getImplementationVersion();
      try (OutputStream out = Files.newOutputStream(p)) {
        ReportFormat.SARIF.write(report, linter, threshold, version == null ? "dev" : version,
            out);
      }
      getLog().info("redactor: SARIF report written to " + sarifFile);
    } catch (IOException e) {
      throw new MojoExecutionException("redactor: cannot write the SARIF report " + sarifFile
          + " (" + e.getClass().getSimpleName() + ")");
    }
  }

}
