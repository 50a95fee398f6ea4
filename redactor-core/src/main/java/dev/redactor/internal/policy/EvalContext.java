package dev.redactor.internal.policy;

import dev.redactor.Message;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.detect.Detection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What conditions see: the message, its analysis and every detection. One per check. */
final class EvalContext {
  final Message message;
  final Analysis analysis;
  final List<Detection> detections;
  private Map<Detection, int[]> ranges; // made on first use
  private String folded;

  EvalContext(Message message, Analysis analysis, List<Detection> detections) {
    this.message = message;
    this.analysis = analysis;
    this.detections = detections;
  }

  String original() {
    return message.text();
  }

  /** The message in matching form (the terms view), words separated as written. */
  String foldedWords() {
    if (folded == null) {
      StringBuilder sb = new StringBuilder();
      Tokens t = analysis.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(t.term(i));
      }
      folded = sb.toString();
    }
    return folded;
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
