package dev.redactor.cli;

import dev.redactor.RedactorException;
import dev.redactor.json.JsonInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code redactor} command. Exit codes: 0 nothing to report (ALLOW), 1 findings (REWRITE,
 * BLOCK), 2 usage, policy or input error. Errors are one line on stderr, without a stack trace
 * (set {@code REDACTOR_DEBUG=1} for one) and without message text.
 */
@Command(
    name = "redactor",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Decides whether an outgoing patient message may be sent: ALLOW, REWRITE or BLOCK.",
    subcommands = {
      CheckCommand.class,
      ScanCommand.class,
      LintCommand.class,
      EvalCommand.class,
      RulesCommand.class,
      ServeCommand.class,
      AuditCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing to report (ALLOW)",
      "1:findings (REWRITE or BLOCK; lint findings at or above --fail-on)",
      "2:usage, policy or input error"
    })
public final class Main implements Runnable {
  /** Exit code: nothing to report. */
  public static final int OK = 0;
  /** Exit code: findings. */
  public static final int FINDINGS = 1;
  /** Exit code: usage, policy or input error. */
  public static final int ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ERROR);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("redactor: " + ex.getMessage());
          err.println("Try 'redactor " + commandName(ex.getCommandLine()) + "--help' for usage.");
          return ERROR;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("redactor: error: " + describe(ex));
          if (System.getenv("REDACTOR_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          return ERROR;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandName(CommandLine cl) {
    String name = cl.getCommandName();
    return name.equals("redactor") ? "" : name + " ";
  }

  /**
   * One line for an unexpected exception. Our own exceptions carry messages free of message text;
   * anything else is reported by type only, since its message could quote input.
   */
  static String describe(Exception ex) {
    if (ex instanceof RedactorException || ex instanceof InputException
        || ex instanceof JsonInputException
        || ex instanceof dev.redactor.lint.LintException) {
      return ex.getMessage();
    }
    return "internal error (" + ex.getClass().getSimpleName() + ")";
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"redactor " + (v == null ? "dev" : v)};
    }
  }
}
