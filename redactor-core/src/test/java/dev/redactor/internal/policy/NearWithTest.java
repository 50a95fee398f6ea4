package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Limits;
import dev.redactor.Message;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.detect.Detection;
import dev.redactor.internal.detect.IdentifierDetectors;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Lexicons;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code near} looks only at the findings next to one in token order, and {@code with} tests the
 * findings once per message; both must answer as their definitions do, which test every other
 * finding: for each finding of the corpora, and of long texts made of many messages.
 */
class NearWithTest {
  private static final List<Condition> INNERS = List.of(
      new Condition.CategoryIs(EnumSet.of(Category.DATE)),
      new Condition.CategoryIs(EnumSet.of(Category.NAME, Category.PHONE)),
      new Condition.CategoryIs(EnumSet.of(Category.PROCEDURE, Category.CONDITION)),
      new Condition.TermIs(List.of("tomorrow", "Monday", "Dr")));

  /** Another finding satisfying inner lies within {@code within} tokens of {@code d}. */
  private static boolean nearByDefinition(Condition inner, int within, EvalContext ctx,
      Detection d) {
    int[] r = ctx.tokenRange(d);
    for (Detection o : ctx.detections) {
      if (o != d && inner.test(ctx, o)) {
        int[] q = ctx.tokenRange(o);
        int gap = q[0] > r[1] ? q[0] - r[1] : r[0] > q[1] ? r[0] - q[1] : 0;
        if (gap <= within) {
          return true;
        }
      }
    }
    if (inner instanceof Condition.TermIs) {
      Tokens t = ctx.analysis.tokens();
      for (String term : ((Condition.TermIs) inner).folded) {
        for (int k = 0; k < t.size(); k++) {
          if (k >= r[0] - within && k <= r[1] + within && t.is(k, term)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean withByDefinition(Condition inner, EvalContext ctx,
      @Nullable Detection d) {
    for (Detection o : ctx.detections) {
      if (o != d && inner.test(ctx, o)) {
        return true;
      }
    }
    return false;
  }

  /** Returns how many (condition, finding) pairs held. */
  private static int check(EvalContext ctx, String id) {
    int held = 0;
    for (Condition inner : INNERS) {
      Condition.With with = new Condition.With(inner);
      assertEquals(withByDefinition(inner, ctx, null), with.test(ctx, null), id);
      for (Detection d : ctx.detections) {
        boolean w = withByDefinition(inner, ctx, d);
        assertEquals(w, with.test(ctx, d), () -> id + " with, at " + d.start);
        held += w ? 1 : 0;
        for (int within : new int[] {0, 1, 3, 10}) {
          boolean n = nearByDefinition(inner, within, ctx, d);
          assertEquals(n, new Condition.Near(inner, within).test(ctx, d),
              () -> id + " near " + within + ", at " + d.start);
          held += n ? 1 : 0;
        }
      }
    }
    return held;
  }

  @Test
  void answersAsTheDefinitionsOnEveryCorpusMessage() {
    int held = 0;
    for (AnalysedCorpus.Analysed m : AnalysedCorpus.messages()) {
      held += check(m.context(null), m.id());
    }
    assertTrue(held > 500, "held: " + held);
  }

  @Test
  void answersAsTheDefinitionsOnLongTexts() {
    Dictionaries dictionaries = Dictionaries.of(Lexicons.standard());
    List<AnalysedCorpus.Analysed> all = AnalysedCorpus.messages();
    int held = 0;
    for (int start = 0; start + 40 <= all.size(); start += 97) {
      List<String> parts = new ArrayList<>();
      for (int k = start; k < start + 40; k++) {
        parts.add(all.get(k).message().text());
      }
      String text = String.join(" ", parts);
      Message msg = Message.of(text);
      Analysis a = Analysis.of(text, Limits.defaults(), dictionaries);
      List<Detection> detections = IdentifierDetectors.detect(a);
      EvalContext ctx = new EvalContext(msg, a, detections, null);
      assertTrue(ctx.inTokenOrder(), "findings in token order");
      held += check(ctx, "messages " + start + "+40");
    }
    assertTrue(held > 500, "held: " + held);
  }
}
