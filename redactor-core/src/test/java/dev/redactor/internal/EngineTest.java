package dev.redactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Decision;
import dev.redactor.Limits;
import dev.redactor.Message;
import dev.redactor.Verdict;
import dev.redactor.internal.detect.Detector;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Lexicons;
import dev.redactor.internal.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void check_detectorThrows_failsClosedWithoutText() {
    Detector broken =
        (analysis, out) -> {
          throw new IllegalStateException("boom at " + analysis.original());
        };
    Engine engine = new Engine(Limits.defaults(), List.of(broken), Dictionaries.of(Lexicons.standard()),
        Policy.pack("default"));
    Verdict v = engine.check(Message.of("Your secret chemo is Monday"));
    assertEquals(Decision.BLOCK, v.decision());
    assertTrue(v.failedClosed());
    assertTrue(v.explanation().contains("detection"));
    assertTrue(v.explanation().contains("IllegalStateException"));
    assertFalse(v.explanation().contains("chemo"));
  }

  @Test
  void check_stackOverflowInsideACheck_failsClosed() {
    Detector deep =
        new Detector() {
          @Override
          public void detect(dev.redactor.internal.analysis.Analysis a,
              List<dev.redactor.internal.detect.Detection> out) {
            recurse(0);
          }

          private int recurse(int n) {
            return recurse(n + 1) + 1;
          }
        };
    Verdict v = new Engine(Limits.defaults(), List.of(deep), Dictionaries.of(Lexicons.standard()),
        Policy.pack("default")).check(Message.of("hello"));
    assertEquals(Decision.BLOCK, v.decision());
    assertTrue(v.failedClosed());
  }

  /**
   * A check's arrays come from its thread's workspaces; a rewrite's re-check and a display-order
   * reading run while the first check holds one. Verdicts must not depend on what the thread
   * checked before, nor on whether a pooled or the unpooled workspace served the check.
   */
  @Test
  void check_verdictsDoNotDependOnTheThreadsWorkspaces() throws Exception {
    Engine engine = new Engine(Limits.defaults(), Dictionaries.of(Lexicons.standard()),
        Policy.pack("default"));
    List<Message> messages = List.of(
        Message.of("Hi Maria Lopez, your appointment is Monday \u202Eok\u202C at 10am."),
        Message.of("Hi Maria Lopez, your cleaning is on Monday at 10am. Call 555-201-7788."),
        Message.of("Your HbA1c is 7.2, indicating poorly-controlled diabetes."),
        Message.of("Reminder: Dr. Patel sees you Tuesday \u202Eomehc\u202C at 2pm."),
        Message.of("ok"));
    java.util.Map<Integer, Verdict> fresh = new java.util.concurrent.ConcurrentHashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      int k = i;
      Thread t = new Thread(() -> fresh.put(k, engine.check(messages.get(k))));
      t.start();
      t.join();
    }
    assertTrue(fresh.values().stream().anyMatch(v -> v.decision() == Decision.REWRITE));
    // a long message first leaves every array of this thread's workspaces longer and dirty
    String longer = "Maria Lopez " + "Call 555-201-7788 about your chemo on 3/4/2025. ".repeat(40);
    for (int round = 0; round < 2; round++) {
      engine.check(Message.of(longer));
      for (int i = messages.size() - 1; i >= 0; i--) {
        assertEquals(fresh.get(i), engine.check(messages.get(i)), "message " + i);
      }
    }
    // every pooled workspace busy: the checks run in the unpooled one
    List<Workspace> held = List.of(Workspace.acquire(), Workspace.acquire());
    try {
      for (int i = 0; i < messages.size(); i++) {
        assertEquals(fresh.get(i), engine.check(messages.get(i)), "message " + i);
      }
    } finally {
      held.forEach(Workspace::close);
    }
  }
}
