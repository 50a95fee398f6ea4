package dev.redactor.maven;

import dev.redactor.Action;
import dev.redactor.Finding;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints message templates: every non-comment line of every {@code .txt} file under {@code
 * templates} is checked as one message; findings at or above {@code failOn} fail the build.
 * Reports name file, line, column, category and rule — never the template text.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {
  /** Directory holding the templates (one per line, {@code #} comments). */
  @Parameter(property = "redactor.templates", defaultValue = "${project.basedir}/src/main/templates")
  private File templates;

  /** Policy pack to apply. */
  @Parameter(property = "redactor.policy", defaultValue = "default")
  private String policy;

  /** Lowest action that fails the build: warn, rewrite or block. */
  @Parameter(property = "redactor.failOn", defaultValue = "rewrite")
  private String failOn;

  /** Skip the goal. */
  @Parameter(property = "redactor.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("redactor: lint skipped");
      return;
    }
    Action threshold;
    try {
      threshold = Action.valueOf(failOn.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("failOn must be warn, rewrite or block (was " + failOn + ")");
    }
    if (!templates.isDirectory()) {
      getLog().info("redactor: no template directory " + templates + "; nothing to lint");
      return;
    }
    Redactor redactor;
    try {
      redactor = Redactor.builder().policy(policy).build();
    } catch (RuntimeException e) {
      throw new MojoExecutionException("redactor: " + e.getMessage());
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(templates.toPath())) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new MojoExecutionException("redactor: cannot read " + templates, e);
    }
    int failing = 0;
    for (Path file : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException("redactor: cannot read " + file + " (not UTF-8?)", e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        Verdict v = redactor.check(line);
        for (Finding f : v.findings(Action.WARN)) {
          String msg =
              String.format(
                  Locale.ROOT,
                  "%s:%d:%d: %s %s: %s",
                  templates.toPath().relativize(file),
                  i + 1,
                  f.start() + 1,
                  f.action().name().toLowerCase(Locale.ROOT),
                  f.ruleId(),
                  f.explanation());
          if (f.action().compareTo(threshold) >= 0) {
            getLog().error(msg);
            failing++;
          } else {
            getLog().warn(msg);
          }
        }
      }
    }
    if (failing > 0) {
      throw new MojoFailureException(
          "redactor: " + failing + " finding(s) at or above " + failOn + " in " + templates);
    }
    getLog().info("redactor: " + files.size() + " template file(s) clean");
  }
}
