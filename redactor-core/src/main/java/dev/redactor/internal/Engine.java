package dev.redactor.internal;

import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.LimitExceededException;
import dev.redactor.Limits;
import dev.redactor.Message;
import dev.redactor.Notice;
import dev.redactor.Verdict;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.detect.Detection;
import dev.redactor.internal.detect.Detector;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.detect.IdentifierDetectors;
import dev.redactor.internal.policy.Policy;
import dev.redactor.internal.rewrite.Rewriter;
import dev.redactor.internal.text.DisplayOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline: normalize, tokenize, detect, judge, decide, rewrite, re-check. Immutable and
 * thread-safe; every call works on its own {@link Analysis}.
 *
 * <p>Fail closed: an exception inside any stage (other than a caller's limit violation) becomes a
 * BLOCK verdict naming the stage and the exception type, never the text.
 */
public final class Engine {
  private final Limits limits;
  private final List<Detector> detectors;
  private final Dictionaries dictionaries;
  private final Policy policy;

  /*
   * The explanation of an ALLOW whose findings all come from one ALLOW rule (a provider's name,
   * the practice's phone: most allowed messages with findings), by rule id. Ids are the
   * policy's, so this holds at most one string per rule; building the sentence each time was
   * about 5% of the bytes a check allocated.
   */
  private final ConcurrentHashMap<String, String> allowedByOneRule = new ConcurrentHashMap<>();

  /** An engine with the built-in detectors. */
  public Engine(Limits limits, Dictionaries dictionaries, Policy policy) {
    this(limits, IdentifierDetectors.ALL, dictionaries, policy);
  }

  /** An engine with these detectors (tests inject failures here). */
  public Engine(Limits limits, List<Detector> detectors, Dictionaries dictionaries,
      Policy policy) {
    this.limits = limits;
    this.detectors = List.copyOf(detectors);
    this.dictionaries = dictionaries;
    this.policy = policy;
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /**
   * The verdict for {@code message}.
   *
   * @throws LimitExceededException if the message is over a limit
   */
  public Verdict check(Message message) {
    return check(message, REWRITE_PASSES);
  }

  /**
   * How many times a message is rewritten before its rewrite must pass: a removal can join a
   * label to a value the original held apart ("su pedido de faja FJ-30981" becomes "su pedido
   * FJ-30981", an order number), and the rewrite of that rewrite is what may go out.
   */
  private static final int REWRITE_PASSES = 2;

  /**
   * The verdict for {@code message}, rewritten at most {@code rewrites} times; with none left
   * (re-checking a rewrite), one of two fixed verdicts that say only whether the text passes.
   */
  private Verdict check(Message message, int rewrites) {
    boolean mayRewrite = rewrites > 0;
    String stage = "normalization";
    // The analyses' arrays live in this thread's workspaces until the verdict is made (closing
    // keeps no message text); nothing of them is in the verdict. Acquired inside the try: a
    // failure to get one fails closed too.
    Workspace workspace = null;
    try {
      workspace = Workspace.acquire();
      Analysis analysis = Analysis.of(message.text(), limits, dictionaries, workspace);
      stage = "detection";
      List<Detection> detections = IdentifierDetectors.detect(analysis, detectors);
      DisplayOrder shown = DisplayOrder.of(message.text());
      if (shown != null) {
        // A right-to-left override shows its run reversed: "\u202Eomehc" is typed backwards and
        // read as "chemo". Both orders are read (a gateway may strip the override, so the typed
        // order can reach the screen too) and the findings of both count.
        stage = "detection (display order)";
        List<Detection> both = new ArrayList<>(detections);
        try (Workspace displayWorkspace = Workspace.acquire()) {
          Analysis displayed = Analysis.of(shown.text(), limits, dictionaries, displayWorkspace);
          for (Detection d : IdentifierDetectors.detect(displayed, detectors)) {
            both.add(toOriginal(d, shown));
          }
        }
        detections = IdentifierDetectors.resolve(both);
      }
      stage = "policy";
      Policy.Outcome outcome = policy.judge(detections, message, analysis);
      stage = "verdict";
      if (!mayRewrite) {
        // A re-check of a rewrite: only its decision is read, so no verdict is written out.
        return passes(outcome) ? RECHECK_PASSED : RECHECK_FAILED;
      }
      return decide(message, outcome, rewrites).withNotices(outcome.notices());
    } catch (LimitExceededException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // Errors too: a class that failed to initialize or a stack overflow on a pathological
      // message must still end in BLOCK, never in an exception the sender might treat as "send".
      // The explanation names the stage, the rule and the exception type; never a message.
      String where = stage;
      Throwable cause = e;
      if (e instanceof Policy.RuleFailure) {
        where = stage + ", rule " + ((Policy.RuleFailure) e).ruleId();
        cause = e.getCause() == null ? e : e.getCause();
      }
      return Verdict.failedClosed(
          "Blocked: an internal error occurred during "
              + where
              + " ("
              + cause.getClass().getSimpleName()
              + "); the message was not checked, so it may not be sent (fail closed).");
    } finally {
      if (workspace != null) {
        workspace.close();
      }
    }
  }

  /** The identifiers a label announces, which a removal can join to their label. */
  private static final Set<Category> LABELLED_NUMBERS = EnumSet.of(Category.SSN, Category.MRN,
      Category.HEALTH_PLAN_ID, Category.ACCOUNT, Category.LICENSE, Category.VEHICLE_ID,
      Category.DEVICE_ID, Category.OTHER_ID);

  /**
   * Whether every finding is a labelled number: no name, date, contact detail or clinical word
   * (a contact detail the rewrite still shows was judged the practice's in the original).
   */
  private static boolean numbersOnly(List<Finding> findings) {
    for (Finding f : findings) {
      if (!LABELLED_NUMBERS.contains(f.category())) {
        return false;
      }
    }
    return true;
  }

  /** What a re-check of a rewrite returns (see {@link #decide}, which reads only the decision). */
  private static final Verdict RECHECK_PASSED =
      Verdict.allow(List.of(), "Allowed: the rewrite passes the policy.");
  private static final Verdict RECHECK_FAILED =
      Verdict.block(List.of(), "Blocked: the rewrite still needs changes.");

  /**
   * Whether {@link #decide} would ALLOW {@code outcome}: no notice blocks, and no finding needs
   * more than a warning.
   */
  private static boolean passes(Policy.Outcome outcome) {
    for (Notice n : outcome.notices()) {
      if (n.action() == Action.BLOCK) {
        return false;
      }
    }
    Action strongest = Action.ALLOW;
    for (Policy.Judged j : outcome.judged()) {
      strongest = Action.strongest(strongest, j.finding().action());
    }
    return Decision.of(strongest) == Decision.ALLOW;
  }

  /** {@code d}, found in the display order, with offsets into the original. */
  private static Detection toOriginal(Detection d, DisplayOrder shown) {
    return new Detection(shown.originalStart(d.start), shown.originalEnd(d.end - 1), d.category,
        d.kind, d.confidence, d.flags,
        d.labelStart < 0 ? -1 : shown.originalStart(d.labelStart),
        shown.originalEnd(d.removalEnd - 1), d.tags);
  }

  private Verdict decide(Message message, Policy.Outcome outcome, int rewrites) {
    List<Policy.Judged> judged = outcome.judged();
    List<Finding> findings = new ArrayList<>(judged.size());
    Action strongest = Action.ALLOW;
    for (Policy.Judged j : judged) {
      findings.add(j.finding());
      strongest = Action.strongest(strongest, j.finding().action());
    }
    Notice blockingNotice = null;
    for (Notice n : outcome.notices()) {
      if (n.action() == Action.BLOCK && blockingNotice == null) {
        blockingNotice = n;
      }
    }
    if (blockingNotice != null && strongest != Action.BLOCK) {
      String why = blockingNotice.explanation();
      StringBuilder sb = new StringBuilder(EXPLANATION_WORDS + why.length()).append("Blocked: ");
      appendDecapitalized(sb, why, why.length());
      return Verdict.block(findings, sb.append(" Send a portal notice instead.").toString());
    }
    Decision decision = Decision.of(strongest);
    if (decision == Decision.BLOCK) {
      return Verdict.block(findings, blockExplanation(findings));
    }
    if (decision == Decision.ALLOW) {
      return Verdict.allow(findings, allowExplanation(findings));
    }
    List<Rewriter.Removal> parts = new ArrayList<>();
    for (Policy.Judged j : judged) {
      if (j.finding().action() == Action.REWRITE) {
        Detection d = j.detection();
        parts.add(new Rewriter.Removal(d.removalStart(), d.start, d.removalEnd, d.category,
            j.replacement()));
      }
    }
    String rewritten = Rewriter.rewrite(message.text(), parts);
    if (rewritten == null) {
      return Verdict.block(
          findings,
          "Blocked: nothing worth sending remains once the sensitive parts are removed ("
              + rules(findings, Action.REWRITE)
              + "). Send a portal notice instead.");
    }
    Verdict recheck;
    boolean twice = false;
    try {
      recheck = check(message.withText(rewritten), 0);
      if (recheck.decision() != Decision.ALLOW && rewrites > 1) {
        // The rewrite needs a rewrite of its own. Only a number joined to its label passes so:
        // a name or a clinical word the rewrite still shows means the message was too dense to
        // rewrite, and it stays blocked. The findings stay the original's, the text is the one
        // that passed.
        Verdict again = check(message.withText(rewritten), rewrites - 1);
        if (again.decision() == Decision.REWRITE && !again.failedClosed()
            && numbersOnly(again.findings(Action.REWRITE))) {
          recheck = RECHECK_PASSED;
          rewritten = again.rewritten().orElseThrow();
          twice = true;
        }
      }
    } catch (LimitExceededException e) {
      // A replacement made the text longer than the limit; a rewrite that cannot be checked
      // again is not sent.
      return Verdict.block(findings, "Blocked: the rewrite is over the message limits and could"
          + " not be checked again (" + rules(findings, Action.REWRITE) + "). Send a portal"
          + " notice instead.");
    }
    if (recheck.decision() != Decision.ALLOW) {
      return Verdict.block(
          findings,
          "Blocked: the message could not be rewritten into one that passes the policy ("
              + rules(findings, Action.REWRITE)
              + "). Send a portal notice instead.");
    }
    String why = rewriteExplanation(findings);
    if (twice) {
      why += " Once they were gone, a label stood next to an identifier; that went too.";
    }
    return Verdict.rewrite(findings, why, rewritten);
  }

  /*
   * Explanations are written into one builder sized for the sentence (its fixed words and, at
   * most, every finding's rule id), with the rule ids appended in place: growing builders and
   * joined id strings were a tenth of the bytes a check allocated.
   */
  private static final int EXPLANATION_WORDS = 80;

  private static int capacity(List<Finding> findings, int fixed) {
    int n = fixed;
    for (int k = 0; k < findings.size() && k < SCAN_LIMIT; k++) {
      n += findings.get(k).ruleId().length() + 2;
    }
    return n;
  }

  private static String blockExplanation(List<Finding> findings) {
    Finding first = null;
    int blocks = 0;
    for (Finding f : findings) {
      if (f.action() == Action.BLOCK) {
        if (first == null) {
          first = f;
        }
        blocks++;
      }
    }
    String why = first.explanation();
    int whyEnd = why.endsWith(".") ? why.length() - 1 : why.length();
    StringBuilder sb = new StringBuilder(EXPLANATION_WORDS + whyEnd).append("Blocked: ");
    appendDecapitalized(sb, why, whyEnd);
    if (blocks > 1) {
      sb.append(", and ").append(blocks - 1).append(" more finding").append(blocks > 2 ? "s" : "");
      sb.append(" that block");
    }
    return sb.append(". Send a portal notice instead.").toString();
  }

  private static String rewriteExplanation(List<Finding> findings) {
    Set<Category> cats = EnumSet.noneOf(Category.class);
    for (Finding f : findings) {
      if (f.action() == Action.REWRITE) {
        cats.add(f.category());
      }
    }
    StringBuilder sb = new StringBuilder(capacity(findings, EXPLANATION_WORDS + 12 * cats.size()))
        .append("Rewritten: removed [");
    boolean firstCategory = true;
    for (Category c : cats) {
      if (!firstCategory) {
        sb.append(", ");
      }
      firstCategory = false;
      sb.append(c.name());
    }
    sb.append("] that the message does not need (rules ");
    appendRules(sb, findings, Action.REWRITE);
    return sb.append("); the rest may be sent.").toString();
  }

  private static final String NOTHING_FOUND =
      "Allowed: nothing identifies the patient or reveals health information.";

  /** How an allowed message's explanation starts when findings were allowed; rule ids follow. */
  private static final String ALLOWED_BY = "Allowed: only details the policy permits (rules ";

  /** The rule id of every finding when all are ALLOW findings of one rule, else null. */
  private static @Nullable String onlyAllowRule(List<Finding> findings) {
    String id = findings.get(0).ruleId();
    for (int k = 0; k < findings.size(); k++) {
      Finding f = findings.get(k);
      if (f.action() != Action.ALLOW || !f.ruleId().equals(id)) {
        return null;
      }
    }
    return id;
  }

  /** {@link #allowExplanation} of findings that are all ALLOW findings of rule {@code id}. */
  private static String allowedByRule(String id) {
    return ALLOWED_BY + id + ").";
  }

  private String allowExplanation(List<Finding> findings) {
    if (findings.isEmpty()) {
      return NOTHING_FOUND;
    }
    String onlyRule = onlyAllowRule(findings);
    if (onlyRule != null) {
      return allowedByOneRule.computeIfAbsent(onlyRule, Engine::allowedByRule);
    }
    StringBuilder sb = new StringBuilder(capacity(findings, EXPLANATION_WORDS))
        .append(ALLOWED_BY);
    appendRules(sb, findings, Action.ALLOW);
    sb.append(')');
    int before = sb.length();
    sb.append("; warnings: ");
    if (!appendRules(sb, findings, Action.WARN)) {
      sb.setLength(before);
    }
    return sb.append('.').toString();
  }

  /** The distinct rule ids of the findings with {@code action}, in order, joined by ", ". */
  private static String rules(List<Finding> findings, Action action) {
    StringBuilder sb = new StringBuilder(64);
    appendRules(sb, findings, action);
    return sb.toString();
  }

  /**
   * Appends the distinct rule ids of the findings with {@code action}, in order, joined by ", ";
   * whether there was any.
   */
  private static boolean appendRules(StringBuilder sb, List<Finding> findings, Action action) {
    if (findings.size() > SCAN_LIMIT) {
      Set<String> ids = new LinkedHashSet<>();
      for (Finding f : findings) {
        if (f.action() == action) {
          ids.add(f.ruleId());
        }
      }
      sb.append(String.join(", ", ids));
      return !ids.isEmpty();
    }
    // A message has a handful of findings: a scan back for a repeat costs less than a set.
    boolean any = false;
    for (int k = 0; k < findings.size(); k++) {
      Finding f = findings.get(k);
      if (f.action() != action || seenBefore(findings, k, action)) {
        continue;
      }
      if (any) {
        sb.append(", ");
      }
      any = true;
      sb.append(f.ruleId());
    }
    return any;
  }

  /** Up to this many findings, repeats are found by scanning back (quadratic, but tiny). */
  private static final int SCAN_LIMIT = 32;

  private static boolean seenBefore(List<Finding> findings, int k, Action action) {
    String id = findings.get(k).ruleId();
    for (int j = 0; j < k; j++) {
      Finding f = findings.get(j);
      if (f.action() == action && f.ruleId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Appends {@code s[0, end)} with its first character in lower case. */
  private static void appendDecapitalized(StringBuilder sb, String s, int end) {
    if (end > 0) {
      sb.append(Character.toLowerCase(s.charAt(0))).append(s, 1, end);
    }
  }
}
