package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Message;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.detect.Detection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code term} condition holds for a finding whose text, folded, is one of its terms, and for a
 * message that has one of them as whole words. The context folds each finding and joins the
 * message's words once, however many rules ask; the answers must be those of folding afresh.
 * (Token ranges, which {@code near} asks for, are kept per finding the same way.)
 */
class TermConditionTest {
  private static final List<String> TERMS = List.of("appointment", "root canal", "Dr", "MRI",
      "your results", "colonoscopy", "therapy session", "tomorrow", "María", "555-0100");

  @Test
  void answersAsFoldingAfreshWould() {
    Condition.TermIs term = new Condition.TermIs(TERMS);
    int messagesHeld = 0;
    int findingsHeld = 0;
    for (AnalysedCorpus.Analysed m : AnalysedCorpus.messages()) {
      Message msg = m.message();
      Analysis a = m.analysis();
      List<Detection> detections = m.detections();
      EvalContext ctx = m.context(null);
      // the message: its folded words joined by single spaces, a term as whole words
      StringBuilder joined = new StringBuilder(" ");
      Tokens t = a.tokens();
      for (int i = 0; i < t.size(); i++) {
        joined.append(t.term(i)).append(' ');
      }
      boolean expected = false;
      for (String x : TERMS) {
        expected |= joined.toString().contains(" " + Condition.TermIs.fold(x) + " ");
      }
      assertEquals(expected, term.test(ctx, null), m::id);
      messagesHeld += expected ? 1 : 0;
      // each finding, asked twice (the second answer comes from the context's fold)
      for (Detection d : detections) {
        String folded = Condition.TermIs.fold(msg.text().substring(d.start, d.end));
        boolean holds = false;
        for (String x : TERMS) {
          holds |= Condition.TermIs.fold(x).equals(folded);
        }
        assertEquals(holds, term.test(ctx, d), () -> m.id() + " at " + d.start);
        assertEquals(holds, term.test(ctx, d), () -> m.id() + " at " + d.start);
        findingsHeld += holds ? 1 : 0;
        // folded once: a finding of the message gets the same string back
        assertSame(ctx.foldedText(d), ctx.foldedText(d), () -> m.id() + " at " + d.start);
        assertSame(ctx.tokenRange(d), ctx.tokenRange(d), () -> m.id() + " at " + d.start);
        // a finding made up by a caller is folded all the same
        Detection copy = new Detection(d.start, d.end, d.category, d.kind, d.confidence,
            d.flags, d.labelStart, d.removalEnd, d.tags);
        assertEquals(folded, ctx.foldedText(copy));
        assertArrayEquals(ctx.tokenRange(d), ctx.tokenRange(copy));
      }
      }
    assertTrue(messagesHeld > 20, "messages: " + messagesHeld);
    assertTrue(findingsHeld > 5, "findings: " + findingsHeld);
  }
}
