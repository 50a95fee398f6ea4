package dev.redactor.cli;

import dev.redactor.Limits;
import dev.redactor.Redactor;
import picocli.CommandLine.Option;

/** Options shared by the commands that check messages. */
final class PolicyOptions {
  @Option(
      names = "--policy",
      paramLabel = "NAME|FILE",
      description = "Policy to apply: a bundled pack name or a policy file (.yaml/.yml)"
          + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "default")
  String policy;

  @Option(
      names = "--max-length",
      paramLabel = "N",
      description = "Maximum message length in UTF-16 units (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + Limits.DEFAULT_MAX_MESSAGE_LENGTH)
  int maxLength;

  Redactor redactor() {
    return redactor(null);
  }

  /** The engine, recording its decisions in {@code audit} when that is not null. */
  Redactor redactor(dev.redactor.AuditLog audit) {
    return Redactor.builder().limits(limits(maxLength)).policyNameOrFile(policy).auditLog(audit)
        .build();
  }

  /** Limits with {@code --max-length}; refuses a length below 1. */
  static Limits limits(int maxLength) {
    if (maxLength < 1) {
      throw new InputException("--max-length must be at least 1 (was " + maxLength + ")");
    }
    return Limits.builder().maxMessageLength(maxLength).build();
  }
}
