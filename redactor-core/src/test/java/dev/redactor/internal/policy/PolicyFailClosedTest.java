package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Action;
import dev.redactor.Decision;
import dev.redactor.Limits;
import dev.redactor.Message;
import dev.redactor.Verdict;
import dev.redactor.internal.Engine;
import dev.redactor.internal.detect.Detection;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Lexicons;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * An exception inside policy evaluation yields BLOCK with an explanation naming the stage, the rule
 * and the exception type, never the message and never ALLOW.
 */
class PolicyFailClosedTest {
  private static final String TEXT = "Hi Maria, your chemo is Monday at 9am.";

  /** A condition that fails with a message quoting the text, as careless code might. */
  private static final class Throwing extends Condition {
    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      throw new IllegalStateException("cannot judge " + TEXT);
    }

    @Override
    Object describe() {
      return "throwing";
    }
  }

  private static final class Recursing extends Condition {
    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      return depth(0) > 0;
    }

    private int depth(int n) {
      return depth(n + 1) + 1;
    }

    @Override
    Object describe() {
      return "recursing";
    }
  }

  private static Verdict checkWith(Condition failing, String scope) {
    Policy base = Policy.pack("default");
    List<Rule> rules = new ArrayList<>(base.rules());
    rules.add(new Rule("acme.broken", "a broken rule", "error", scope, failing, Action.BLOCK,
        null, null, List.of(), List.of(), 1, "test.yaml"));
    Policy policy = new Policy("acme", 1, "acme", "test.yaml", rules, Action.WARN, List.of(),
        Set.of());
    Engine engine = new Engine(Limits.defaults(), Dictionaries.of(Lexicons.standard()), policy);
    return engine.check(Message.of(TEXT));
  }

  private static void assertFailedClosed(Verdict v, String exceptionType) {
    assertEquals(Decision.BLOCK, v.decision());
    assertTrue(v.failedClosed());
    assertTrue(v.explanation().contains("during policy, rule acme.broken (" + exceptionType + ")"),
        v.explanation());
    assertFalse(v.explanation().contains("Maria"));
    assertFalse(v.explanation().contains("chemo"));
    assertFalse(v.toString().contains("chemo"));
  }

  @Test
  void check_findingRuleThrows_blocksNamingTheRule() {
    assertFailedClosed(checkWith(new Throwing(), "finding"), "IllegalStateException");
  }

  @Test
  void check_messageRuleThrows_blocksNamingTheRule() {
    assertFailedClosed(checkWith(new Throwing(), "message"), "IllegalStateException");
  }

  @Test
  void check_ruleOverflowsTheStack_blocksNamingTheRule() {
    assertFailedClosed(checkWith(new Recursing(), "finding"), "StackOverflowError");
  }

  @Test
  void check_sameRuleThatDoesNotThrow_doesNotFailClosed() {
    Verdict v = checkWith(Condition.Always.INSTANCE, "finding");
    assertFalse(v.failedClosed());
    assertEquals(Decision.BLOCK, v.decision());
  }
}
