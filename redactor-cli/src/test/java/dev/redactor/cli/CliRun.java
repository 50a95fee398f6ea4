package dev.redactor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code redactor} command line in-process, as the tests drive it: its exit code
 * and what it wrote to standard output and standard error.
 */
record CliRun(int exit, String out, String err) {

  /** Runs {@code redactor ARGS...}. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exit, out.toString(), err.toString());
  }
}
