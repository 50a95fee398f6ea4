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
  private int[][] ranges; // by detection index, made on first use
  private String folded;
  private String[] foldedTexts; // by detection index, made on first use
  private BitSet literals; // the prefilter's literals found in the message, on first use
  private int inTokenOrder; // 0: not known yet, 1: yes, 2: no
  private Map<Condition.With, int[]> holding; // made on first use

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
   * finding of the message however many rules ask.
   */
  String foldedText(Detection d) {
    int i = indexOf(d);
    if (i < 0) {
      return Condition.TermIs.fold(original().substring(d.start, d.end));
    }
    if (foldedTexts == null) {
      foldedTexts = new String[detections.size()];
    }
    String f = foldedTexts[i];
    if (f == null) {
      f = Condition.TermIs.fold(original().substring(d.start, d.end));
      foldedTexts[i] = f;
    }
    return f;
  }

  /** First and last token index of a detection, found once per finding of the message. */
  int[] tokenRange(Detection d) {
    int i = indexOf(d);
    return i < 0 ? findTokenRange(d) : tokenRangeAt(i);
  }

  /** {@link #tokenRange} of {@code detections.get(i)}, for a caller that knows the index. */
  int[] tokenRangeAt(int i) {
    if (ranges == null) {
      ranges = new int[detections.size()][];
    }
    int[] r = ranges[i];
    if (r == null) {
      r = findTokenRange(detections.get(i));
      ranges[i] = r;
    }
    return r;
  }

  /**
   * The index of {@code d} itself in {@link #detections}, which come sorted by start, or -1 (a
   * finding made up by a caller, or a list out of order: then nothing is kept for it).
   */
  int indexOf(Detection d) {
    int lo = 0;
    int hi = detections.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (detections.get(mid).start < d.start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < detections.size() && detections.get(i).start == d.start; i++) {
      if (detections.get(i) == d) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the findings' token ranges never go back, first and last token alike (findings come
   * sorted by start and without overlaps): then the findings near one are its neighbours in the
   * list. Read once per message.
   */
  boolean inTokenOrder() {
    if (inTokenOrder == 0) {
      boolean ordered = true;
      for (int i = 1; i < detections.size() && ordered; i++) {
        int[] a = tokenRangeAt(i - 1);
        int[] b = tokenRangeAt(i);
        ordered = a[0] <= b[0] && a[1] <= b[1];
      }
      inTokenOrder = ordered ? 1 : 2;
    }
    return inTokenOrder == 1;
  }

  /** What {@link Condition.With#findHolding} gives for {@code with}, once per message. */
  int[] holding(Condition.With with) {
    if (holding == null) {
      holding = new IdentityHashMap<>();
    }
    int[] h = holding.get(with);
    if (h == null) {
      h = with.findHolding(this);
      holding.put(with, h);
    }
    return h;
  }

  private int[] findTokenRange(Detection x) {
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
  }
}
