package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Safe Harbor identifier detectors over one message and resolves overlaps, so that every
 * character belongs to at most one detection.
 *
 * <p>Overlap rules, in order: a classified template placeholder wins, an unclassified one loses;
 * an SSN wins (it decides BLOCK); a URL, e-mail or address wins over
 * what lies inside it (a number in a link, a ZIP in an address); a labelled identifier wins over a
 * bare number shape; then the higher confidence; then the longer span.
 */
public final class IdentifierDetectors {
  /** The built-in identifier detectors. */
  public static final List<Detector> ALL =
      List.of(
          new PlaceholderDetector(),
          new EmailDetector(),
          new UrlDetector(),
          new Ipv6Detector(),
          new NumberDetector(),
          new LabeledIdDetector(),
          new WrittenDateDetector(),
          new SpokenNumberDetector(),
          new AgeDetector(),
          new AddressDetector(),
          new NameDetector(),
          new TermDetector(),
          new ResultDetector(),
          new ExerciseDetector(),
          new Frames());

  private IdentifierDetectors() {}

  /** The detections of the built-in detectors in {@code analysis}, sorted, without overlaps. */
  public static List<Detection> detect(Analysis analysis) {
    return detect(analysis, ALL);
  }

  /** The detections of {@code detectors} in {@code analysis}, sorted by start, without overlaps. */
  public static List<Detection> detect(Analysis analysis, List<Detector> detectors) {
    List<Detection> raw = new ArrayList<>();
    for (Detector d : detectors) {
      d.detect(analysis, raw);
    }
    return resolve(raw);
  }

  /** Removes overlaps (see the class comment); the result is sorted by start. */
  public static List<Detection> resolve(List<Detection> raw) {
    if (raw.size() <= 1) {
      return raw;
    }
    List<Detection> sorted = new ArrayList<>(raw);
    sorted.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start)
        : Integer.compare(b.end, a.end));
    // Only detections still open at d.start can overlap d or any later one (starts only grow),
    // so each is compared with those, newest first, instead of with everything kept so far.
    // Open ones are indexes into kept, in the order they were kept.
    int n = sorted.size();
    Detection[] kept = new Detection[n];
    int keptCount = 0;
    boolean[] dead = new boolean[n];
    int[] open = new int[n];
    int openCount = 0;
    for (int s = 0; s < n; s++) {
      Detection d = sorted.get(s);
      int still = 0;
      for (int i = 0; i < openCount; i++) {
        if (kept[open[i]].end > d.start) {
          open[still++] = open[i];
        }
      }
      openCount = still;
      boolean keep = true;
      for (int i = openCount - 1; i >= 0 && keep; i--) {
        Detection o = kept[open[i]];
        if (!o.overlaps(d)) {
          continue;
        }
        if (wins(d, o)) {
          if (o.has(Detection.PLACEHOLDER) && !d.has(Detection.PLACEHOLDER)
              && o.start <= d.start && d.end <= o.end) {
            // "{PrepInstructions}": what prose finds in a field's name stands for the whole
            // field, its delimiters too, or a rewrite would leave "{}" behind
            d = new Detection(o.start, o.end, d.category, d.kind, d.confidence, d.flags,
                d.labelStart >= 0 && d.labelStart <= o.start ? d.labelStart : -1,
                Math.max(o.end, d.removalEnd), d.tags);
          }
          dead[open[i]] = true;
          System.arraycopy(open, i + 1, open, i, openCount - i - 1);
          openCount--;
        } else {
          keep = false;
        }
      }
      if (keep) {
        open[openCount++] = keptCount;
        kept[keptCount++] = d;
      }
    }
    List<Detection> out = new ArrayList<>(keptCount);
    for (int k = 0; k < keptCount; k++) {
      if (!dead[k]) {
        out.add(kept[k]);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return out;
  }

  /** Whether {@code a} should replace {@code b} when they overlap. */
  static boolean wins(Detection a, Detection b) {
    boolean aSlot = a.has(Detection.PLACEHOLDER);
    if (aSlot != b.has(Detection.PLACEHOLDER)) {
      // A classified placeholder is never read as prose, nor is control markup, which is not
      // sent; one that inserts nothing sensitive gives way to anything a prose detector finds
      // inside it (its name may say what it inserts).
      Detection slot = aSlot ? a : b;
      boolean slotWins = slot.category != Category.PLACEHOLDER
          || PlaceholderDetector.MARKUP.equals(slot.kind);
      return aSlot == slotWins;
    }
    if ((a.category == Category.SSN) != (b.category == Category.SSN)) {
      return a.category == Category.SSN;
    }
    boolean aContains = a.start <= b.start && b.end <= a.end;
    boolean bContains = b.start <= a.start && a.end <= b.end;
    if (aContains && !bContains && isContainer(a.category)) {
      return true;
    }
    if (bContains && !aContains && isContainer(b.category)) {
      return false;
    }
    if (a.category == b.category) {
      int la = a.end - a.start;
      int lb = b.end - b.start;
      return la != lb ? la > lb : a.confidence > b.confidence;
    }
    boolean aLabel = a.labelStart >= 0;
    boolean bLabel = b.labelStart >= 0;
    if (aLabel != bLabel) {
      return aLabel;
    }
    if (a.confidence != b.confidence) {
      return a.confidence > b.confidence;
    }
    return a.end - a.start > b.end - b.start;
  }

  private static boolean isContainer(Category c) {
    return c == Category.URL || c == Category.EMAIL || c == Category.ADDRESS;
  }
}
