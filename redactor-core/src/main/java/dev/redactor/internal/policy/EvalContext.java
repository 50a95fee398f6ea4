package dev.redactor.internal.policy;

import dev.redactor.Message;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.detect.Detection;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What conditions see: the message, its analysis and every detection. One per check. */
final class EvalContext {
  final Message message;
  final Analysis analysis;
  final List<Detection> detections;
  private final @Nullable RegexPrefilter prefilter;
  private Map<Detection, int[]> ranges; // made on first use
  private String folded;
  /* The last findings folded and their folded texts, a ring made on first use. */
  private static final int FOLDED_KEPT = 4;
  private Detection[] foldedFor;
  private String[] foldedTexts;
  private int foldedNext;
  private BitSet literals; // the prefilter's literals found in the message, on first use

  EvalContext(Message message, Analysis analysis, List<Detection> detections,
      @Nullable RegexPrefilter prefilter) {
    this.message = message;
    this.analysis = analysis;
    this.detections = detections;
    this.prefilter = prefilter;
  }

  /** False when {@code regex} cannot match the message (see {@link RegexPrefilter}). */
  boolean mayMatch(Condition.RegexFind regex) {
    if (prefilter == null) {
      return true;
    }
    if (literals == null) {
      literals = prefilter.scan(original());
    }
    return prefilter.mayMatch(regex, literals);
  }

  String original() {
    return message.text();
  }

  /**
   * The message in matching form (the terms view), its words separated by single spaces, with a
   * space before the first and after the last: a term is in it as " term ".
   */
  String spacedFoldedWords() {
    if (folded == null) {
      StringBuilder sb = new StringBuilder().append(' ');
      Tokens t = analysis.tokens();
      for (int i = 0; i < t.size(); i++) {
        sb.append(t.term(i)).append(' ');
      }
      if (t.size() == 0) {
        sb.append(' '); // no words: the empty message between its two spaces
      }
      folded = sb.toString();
    }
    return folded;
  }

  /**
   * The text of {@code d} in matching form ({@link Condition.TermIs#fold}), folded once per
   * finding however many rules ask: the last few findings asked about are kept (a finding is
   * judged against all its rules in a row; {@code near} and {@code with} look at a few others).
   */
  String foldedText(Detection d) {
    if (foldedFor == null) {
      foldedFor = new Detection[FOLDED_KEPT];
      foldedTexts = new String[FOLDED_KEPT];
    }
    for (int k = 0; k < FOLDED_KEPT; k++) {
      if (foldedFor[k] == d) {
        return foldedTexts[k];
      }
    }
    String f = Condition.TermIs.fold(original().substring(d.start, d.end));
    foldedFor[foldedNext] = d;
    foldedTexts[foldedNext] = f;
    foldedNext = (foldedNext + 1) % FOLDED_KEPT;
    return f;
  }

  /** First and last token index of a detection. */
  int[] tokenRange(Detection d) {
    if (ranges == null) {
      ranges = new IdentityHashMap<>();
    }
    return ranges.computeIfAbsent(d, x -> {
      Tokens t = analysis.tokens();
      // token offsets never decrease: the overlapping tokens are a run found by binary search
      int lo = 0;
      int hi = t.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (t.originalEnd(mid) > x.start) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      int first = -1;
      int last = -1;
      for (int i = lo; i < t.size() && t.originalStart(i) < x.end; i++) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
      if (first < 0) {
        first = last = 0;
      }
      return new int[] {first, last};
    });
  }
}
