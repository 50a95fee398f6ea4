package dev.redactor.examples;

import dev.redactor.Channel;
import dev.redactor.Finding;
import dev.redactor.Message;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embedding Redactor: build one engine from a pack plus the practice's own policy, check each
 * outgoing message, print the verdict and its explanation, and send what may be sent.
 *
 * <p>Run: {@code examples/run embedding [POLICY.yaml]} (default: {@code
 * examples/policies/therapy-practice.yaml}, which extends the {@code default} pack).
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** The outbox of the demonstration: synthetic reminders of a therapy practice. */
  static final List<String> OUTBOX = List.of(
      "Your appointment with Dr. Lee is Tuesday at 4pm. Reply C to confirm.",
      "Hi Maria, your appointment with Dr. Lee is Tuesday at 4pm.",
      "Your session with Dr. Lee is Tuesday at 4pm.");

  public static void main(String[] args) {
    Path policy = Path.of(args.length > 0 ? args[0] : "policies/therapy-practice.yaml");
    if (!Files.isRegularFile(policy)) {
      System.err.println("policy file not found: " + policy);
      System.exit(2);
    }
    // Build once and share: the engine is immutable and thread-safe. The policy file names the
    // pack it extends (`extends: default`) and adds the practice's own rules.
    Redactor redactor = Redactor.builder().policyFile(policy).build();
    run(redactor, OUTBOX, System.out);
  }

  /** Checks each text and prints what happens; returns the texts that were sent. */
  static List<String> run(Redactor redactor, List<String> outbox, PrintStream out) {
    List<String> sent = new ArrayList<>();
    for (String text : outbox) {
      Verdict v = redactor.check(Message.of(text, Purpose.REMINDER, Channel.SMS));
      out.println(v.decision() + ": " + v.explanation());
      for (Finding f : v.findings()) {
        // Offsets, category, action and rule: never the matched text.
        out.println("  " + f.category() + " at " + f.start() + ".." + f.end() + " -> "
            + f.action() + " (" + f.ruleId() + ")");
      }
      switch (v.decision()) {
        case ALLOW -> sent.add(text);
        case REWRITE -> sent.add(v.rewritten().orElseThrow());
        case BLOCK -> out.println("  not sent: send a portal notice instead");
      }
      if (v.rewritten().isPresent()) {
        out.println("  sent instead: " + v.rewritten().get());
      }
    }
    return sent;
  }
}
