package dev.redactor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Channel;
import dev.redactor.Finding;
import dev.redactor.Message;
import dev.redactor.Purpose;
import dev.redactor.Redaction;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java snippet of the README, compiled and run, so it cannot go stale. */
class ReadmeExampleTest {
  private final List<String> sent = new ArrayList<>();
  private int portalNotices;

  private void send(String text) {
    sent.add(text);
  }

  private void sendPortalNotice() {
    portalNotices++;
  }

  @Test
  void readmeSnippet() {
    String original = "We have your cell as 617-555-0142. Reply YES to confirm.";
    String text = original;

    // --- README: Java API ---
    Redactor redactor = Redactor.standard();            // immutable, thread-safe: build once, share
    Verdict verdict = redactor.check(
        Message.of("We have your cell as 617-555-0142. Reply YES to confirm.",
            Purpose.REMINDER, Channel.SMS));

    switch (verdict.decision()) {
      case ALLOW -> send(original);
      case REWRITE -> send(verdict.rewritten().orElseThrow());   // "We have your cell. Reply YES to confirm."
      case BLOCK -> sendPortalNotice();                          // verdict.explanation() says why
    }
    for (Finding f : verdict.findings()) {
      // f.span().start()/end() are UTF-16 offsets into the original; f.category(), f.ruleId(),
      // f.action(), f.confidence(), f.explanation() — never the matched text in toString()
      assertTrue(f.span().end() <= original.length());
    }

    // The pre-send convenience: the text that may be sent, or the reasons it may not.
    Redaction r = redactor.redact(text);
    if (r.isSendable()) send(r.text().orElseThrow());
    // --- end of README snippet ---

    assertEquals(List.of("We have your cell. Reply YES to confirm.",
        "We have your cell. Reply YES to confirm."), sent);
    assertEquals(0, portalNotices);
  }
}
