package dev.redactor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding recipe (examples/README.md) does what its README says. */
class EmbeddingExampleTest {
  @Test
  void packPlusPracticePolicy_sendsTheAllowedAndTheRewrite_holdsTheSession() {
    Redactor redactor =
        Redactor.builder().policyFile(Path.of("policies/therapy-practice.yaml")).build();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    List<String> sent;
    try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      sent = EmbeddingExample.run(redactor, EmbeddingExample.OUTBOX, out);
    }
    assertEquals(List.of(
        "Your appointment with Dr. Lee is Tuesday at 4pm. Reply C to confirm.",
        "Hi, your appointment with Dr. Lee is Tuesday at 4pm."), sent);
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("BLOCK: "), printed);
    assertTrue(printed.contains("therapy-practice.no-session"), printed);
    assertTrue(printed.contains("NAME at 3..8 -> REWRITE (default.patient-name)"), printed);
    assertFalse(printed.contains("Maria"), "the findings print offsets, not the name");
  }
}
