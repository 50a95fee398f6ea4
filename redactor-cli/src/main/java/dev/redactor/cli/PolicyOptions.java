package dev.redactor.cli;

import dev.redactor.Limits;
import dev.redactor.Redactor;
import picocli.CommandLine.Option;

/** Options shared by the commands that check messages. */
final class PolicyOptions {
  @Option(
      names = "--policy",
      paramLabel = "NAME",
      description = "Policy pack to apply (default: ${DEFAULT-VALUE}).",
      defaultValue = "default")
  String policy;

  @Option(
      names = "--max-length",
      paramLabel = "N",
      description = "Maximum message length in UTF-16 units (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + Limits.DEFAULT_MAX_MESSAGE_LENGTH)
  int maxLength;

  Redactor redactor() {
    if (maxLength < 1) {
      throw new InputException("--max-length must be at least 1 (was " + maxLength + ")");
    }
    return Redactor.builder()
        .policy(policy)
        .limits(Limits.builder().maxMessageLength(maxLength).build())
        .build();
  }
}
