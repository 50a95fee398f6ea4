package dev.redactor.cli;

import dev.redactor.AuditLog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redactor audit ...}: work with decision logs. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the tamper-evident decision log written by --audit-log.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required: verify");
  }

  /** {@code redactor audit verify --key-file K [--head HASH] FILE}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks an audit log: every line well-formed, numbered in order, linked to the line before"
            + " and hashed with the key. Reports each edited, removed, inserted or reordered line"
            + " by line number.",
        "Exit code 0 when the chain is intact, 1 when it is not, 2 for a usage or input error."
      })
  static final class Verify implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--key-file", paramLabel = "FILE", required = true,
        description = "The HMAC key the log was written with (see --audit-key-file).")
    Path keyFile;

    @Option(names = "--head", paramLabel = "HASH",
        description = "The last record's hash, kept elsewhere: detects lines removed at the end.")
    String head;

    @Parameters(index = "0", paramLabel = "FILE", description = "The audit log.")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        throw new InputException("audit log not found: " + file);
      }
      byte[] key = AuditOptions.readKey(keyFile);
      AuditLog.Report report;
      try {
        report = AuditLog.verify(file, key, head);
      } catch (java.io.UncheckedIOException e) {
        throw new InputException("cannot read the audit log " + file);
      } finally {
        Arrays.fill(key, (byte) 0);
      }
      for (String problem : report.problems()) {
        out.println(file + ": " + problem);
      }
      if (report.intact()) {
        out.println(file + ": " + report.records() + " records, chain intact, head "
            + report.head());
        return Main.OK;
      }
      out.println(file + ": " + report.records() + " records, " + report.problems().size()
          + " problem" + (report.problems().size() == 1 ? "" : "s") + ": the log was altered");
      return Main.FINDINGS;
    }
  }
}
