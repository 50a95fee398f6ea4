package dev.redactor;

import dev.redactor.internal.policy.Policy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs the examples embedded in a policy: every {@code allow:} text must come back ALLOW, every
 * {@code flag:} text REWRITE or BLOCK (or exactly the verdict it names). This is what {@code
 * redactor rules test} and a practice's own CI run; a policy whose examples fail should not ship.
 *
 * @since 0.1
 */
public final class PolicyTests {
  private PolicyTests() {}

  /**
   * One example and how it went. Example texts are written by the policy author and contain no
   * patient data, so they are part of the result.
   *
   * @param ruleId the rule the example belongs to
   * @param source the policy file or pack
   * @param line the line of the example in the policy
   * @param text the example text
   * @param expected ALLOW, REWRITE or BLOCK; null for "REWRITE or BLOCK"
   * @param actual the verdict the policy gave
   * @param explanation the verdict's explanation
   */
  public record Result(String ruleId, String source, int line, String text,
      @Nullable Decision expected, Decision actual, String explanation) {
    /** Whether the example passed. */
    public boolean passed() {
      return expected == null ? actual != Decision.ALLOW : actual == expected;
    }

    /** "ALLOW", "REWRITE", "BLOCK" or "REWRITE or BLOCK". */
    public String expectedText() {
      return expected == null ? "REWRITE or BLOCK" : expected.name();
    }
  }

  /**
   * Runs the examples of {@code redactor}'s policy through {@code redactor}: all examples of the
   * rules the policy declares, and — from the policies it extends — the examples that expect
   * BLOCK, which an extending policy must never weaken (stricter verdicts for the others are the
   * point of extending).
   */
  public static List<Result> run(Redactor redactor) {
    Policy policy = redactor.policy();
    List<Result> out = new ArrayList<>();
    for (Policy.Example e : policy.examples()) {
      if (e.inherited() && e.expected() != Decision.BLOCK) {
        continue;
      }
      Verdict v = redactor.check(Message.of(e.text(), e.purpose(), e.channel()));
      out.add(new Result(e.ruleId(), e.source(), e.line(), e.text(), e.expected(),
          v.decision(), v.explanation()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A regex of a message rule that costs time on every message: the engine found no run of three
   * or more plain characters that every match contains (it is made of classes and repeats, like
   * {@code \d{3}-\d{4}}, or uses syntax the engine does not read for this, like a flag group
   * after the start), so it cannot skip the messages without one. A regex written around a word
   * ({@code (?i)\bxanax\b}) costs almost nothing on the messages without that word.
   *
   * @param ruleId the rule
   * @param regex the expression as the policy writes it (policy text, never message text)
   * @since 0.1
   */
  public record UnfilteredRegex(String ruleId, String regex) {}

  /**
   * The regexes of {@code redactor}'s message rules that are run over every message the rule
   * reads, in rule order (see {@link UnfilteredRegex}); {@code redactor rules test} prints them as
   * notes so that a policy author sees what makes a policy slow. Regexes under {@code with} or
   * {@code near}, and those of finding rules, read findings and are not listed.
   *
   * @param redactor the redactor whose policy (with the policies it extends) is read
   * @return the regexes, empty when there are none
   * @since 0.1
   */
  public static List<UnfilteredRegex> unfilteredRegexes(Redactor redactor) {
    return redactor.policy().unfilteredMessageRegexes();
  }
}
