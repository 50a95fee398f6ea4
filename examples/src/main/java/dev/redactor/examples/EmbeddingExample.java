package dev.redactor.examples;

import dev.redactor.Channel;
import dev.redactor.Finding;
import dev.redactor.Message;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.util.List;

/**
 * Embedding Redactor: build one engine, check each outgoing message, act on the verdict.
 *
 * <p>Run: {@code mvn -q -pl examples -am exec:java -Dexec.mainClass=dev.redactor.examples.EmbeddingExample}
 * (or from an IDE).
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) {
    Redactor redactor = Redactor.standard();
    List<String> outbox =
        List.of(
            "Your appointment with Dr. Smith is tomorrow at 2pm.",
            "We have your cell as 617-555-0142. Reply YES to confirm.",
            "Please verify SSN 123-45-6789 before your visit.");
    for (String text : outbox) {
      Verdict v = redactor.check(Message.of(text, Purpose.REMINDER, Channel.SMS));
      System.out.println(v.decision() + ": " + v.explanation());
      for (Finding f : v.findings()) {
        System.out.println("  " + f.category() + " at " + f.span() + " -> " + f.action()
            + " (" + f.ruleId() + ")");
      }
      v.rewritten().ifPresent(r -> System.out.println("  send instead: " + r));
    }
  }
}
