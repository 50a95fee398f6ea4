package dev.redactor.internal.policy;

import dev.redactor.Action;
import dev.redactor.Channel;
import dev.redactor.Decision;
import dev.redactor.Purpose;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a policy: metadata, the condition, the action and the embedded examples.
 *
 * @param id unique id, such as {@code default.procedure}
 * @param summary one line: what the rule is about
 * @param severity {@code error}, {@code warning} or {@code note} (SARIF levels)
 * @param scope {@code finding} (judged per finding) or {@code message} (judged once)
 * @param when the condition
 * @param action what the rule does when it holds
 * @param replacement for rewrite: the words that replace the finding ("our office"); null means
 *     remove or generalize as the rewriter sees fit; empty means remove
 * @param explanation the sentence shown with each finding (defaults to the summary)
 * @param tags free-form labels for lint tools
 * @param examples texts the rule must allow or flag
 * @param line where the rule starts
 * @param source the policy file or pack that declares it
 */
record Rule(
    String id,
    String summary,
    String severity,
    String scope,
    Condition when,
    Action action,
    @Nullable String replacement,
    @Nullable String explanation,
    List<String> tags,
    List<Example> examples,
    int line,
    String source) {

  /** Whether the rule is judged once per message. */
  boolean messageScope() {
    return scope.equals("message");
  }

  /** The sentence for findings of this rule. */
  String sentence() {
    return explanation != null ? explanation : summary;
  }

  /**
   * A text the rule's policy must allow ({@code expected == ALLOW}) or flag (REWRITE or BLOCK;
   * null means either).
   */
  record Example(String text, @Nullable Decision expected, @Nullable Purpose purpose,
      @Nullable Channel channel, int line) {}
}
