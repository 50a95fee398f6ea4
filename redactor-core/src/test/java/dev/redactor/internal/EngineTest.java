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
}
