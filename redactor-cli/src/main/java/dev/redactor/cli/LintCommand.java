package dev.redactor.cli;

import dev.redactor.Action;
import dev.redactor.Channel;
import dev.redactor.Limits;
import dev.redactor.Purpose;
import dev.redactor.lint.Baseline;
import dev.redactor.lint.LintConfig;
import dev.redactor.lint.LintException;
import dev.redactor.lint.LintReport;
import dev.redactor.lint.Linter;
import dev.redactor.lint.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redactor lint [options] PATH...}: checks the message templates in files. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the message templates in files and directories and reports what the policy flags,"
          + " with file, line and column.",
      "Reads plain text (one template per line, # comments), .properties, JSON and YAML catalogs"
          + " (every string), CSV (every cell below the header), Mustache/Handlebars/Jinja/"
          + "Liquid/FreeMarker files and HTML or Markdown e-mail bodies (the whole file).",
      "Placeholders ({{first_name}}, [ApptDate], ${reason}, %s...) are judged by what they"
          + " insert.",
      "Suppress an accepted finding with a comment above the template:"
          + " '# redactor:ignore RULE -- reason' (the reason is required).",
      "Settings are read from a .redactor.yaml at the repository root (policy, fail-on,"
          + " baseline, channel, purpose, include, exclude); options override them.",
      "Exit code 0 when nothing at or above --fail-on remains, 1 when something does, 2 when a"
          + " file, the policy or the options could not be used."
    })
final class LintCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files and directories to lint (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "NAME|FILE",
      description = "Policy: a bundled pack name or a policy file (default: from .redactor.yaml,"
          + " else default).")
  String policy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: text, json, sarif (SARIF 2.1.0) or github (workflow-command"
          + " annotations) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output (the summary still goes"
          + " to standard error).")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Lowest action that fails: warn, rewrite or block (default: from"
          + " .redactor.yaml, else rewrite).")
  String failOn;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Accepted findings (see --write-baseline); only new ones fail.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write every current finding to FILE as the new baseline and exit 0.")
  Path writeBaseline;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Only lint files matching GLOB, relative to each directory given"
          + " (repeatable).")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip files matching GLOB, relative to each directory given (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--purpose", paramLabel = "PURPOSE",
      converter = Converters.PurposeConverter.class,
      description = "Why the templates are sent (default: unknown, the strictest reading).")
  Purpose purpose;

  @Option(names = "--channel", paramLabel = "CHANNEL",
      converter = Converters.ChannelConverter.class,
      description = "How they travel: sms, email, push, portal, voice (default: sms).")
  Channel channel;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Lint settings file (default: the .redactor.yaml of the repository).")
  Path config;

  @Option(names = "--no-config", description = "Ignore .redactor.yaml.")
  boolean noConfig;

  @Option(names = "--max-length", paramLabel = "N",
      description = "Maximum template length in UTF-16 units (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + Limits.DEFAULT_MAX_MESSAGE_LENGTH)
  int maxLength;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat fmt;
    try {
      fmt = ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new InputException("--format must be text, json, sarif or github");
    }
    List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    if (failOn != null) {
      threshold(failOn, "--fail-on"); // an option's own error names the option
    }
    Limits limits = PolicyOptions.limits(maxLength);
    LintConfig cfg = settings(targets.get(0)).overriddenBy(new LintConfig(null, policy, failOn,
        baseline, channel == null ? null : channel.wireName(),
        purpose == null ? null : purpose.wireName(), include, exclude));
    Action threshold = cfg.threshold();
    Linter linter = cfg.linter(limits, Path.of(""));
    LintReport report = linter.lint(targets);

    if (writeBaseline != null) {
      try (OutputStream out = Files.newOutputStream(writeBaseline)) {
        Baseline.write(report, out);
      }
      err.println("redactor lint: wrote " + report.active().size() + " finding(s) to the baseline "
          + writeBaseline);
      for (LintException e : report.errors()) {
        err.println("redactor: error: " + e.getMessage());
      }
      return report.errors().isEmpty() ? LintReport.CLEAN : LintReport.ERROR;
    }
    // a baseline named on the command line must exist; one named in the settings may not yet
    if (cfg.baseline() != null && (baseline != null || Files.exists(cfg.baseline()))) {
      report = report.withBaseline(Baseline.read(cfg.baseline()));
    }

    String version = Optional.ofNullable(Main.class.getPackage().getImplementationVersion())
        .orElse("dev");
    if (output != null) {
      try (OutputStream out = Files.newOutputStream(output)) {
        fmt.write(report, linter, threshold, version, out);
      }
      err.println(ReportFormat.summary(report, threshold));
    } else {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      fmt.write(report, linter, threshold, version, buf);
      PrintWriter out = spec.commandLine().getOut();
      out.print(buf.toString(StandardCharsets.UTF_8));
      out.flush();
      if (fmt != ReportFormat.TEXT && fmt != ReportFormat.GITHUB) {
        err.println(ReportFormat.summary(report, threshold));
      }
    }
    return report.exitCode(threshold);
  }

  private LintConfig settings(Path first) {
    if (noConfig) {
      return LintConfig.none();
    }
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new InputException("lint settings file not found: " + config);
      }
      return LintConfig.read(config);
    }
    Path start = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
    return LintConfig.find(start == null ? Path.of(".") : start).map(LintConfig::read)
        .orElse(LintConfig.none());
  }

  private static Action threshold(String value, String where) {
    try {
      return LintReport.threshold(value);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + " " + e.getMessage());
    }
  }

}
