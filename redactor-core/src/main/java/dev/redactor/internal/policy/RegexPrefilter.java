package dev.redactor.internal.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The required literals ({@link RegexLiterals}) of every regex of a policy, found in a message in
 * one pass: a regex none of whose literals is in the message cannot match it and is not run. A
 * policy of a thousand regex rules then reads each message about twice instead of a thousand
 * times. Regexes without literals are always run.
 */
final class RegexPrefilter {
  private final Map<Condition.RegexFind, int[]> ids;
  private final @Nullable LiteralScanner exact;
  private final @Nullable LiteralScanner folded;
  private final int size;

  private RegexPrefilter(Map<Condition.RegexFind, int[]> ids, @Nullable LiteralScanner exact,
      @Nullable LiteralScanner folded, int size) {
    this.ids = ids;
    this.exact = exact;
    this.folded = folded;
    this.size = size;
  }

  /** The prefilter of {@code rules}' regexes, or null when none has literals. */
  static @Nullable RegexPrefilter of(List<Rule> rules) {
    List<Condition.RegexFind> regexes = new ArrayList<>();
    for (Rule r : rules) {
      r.when().regexes(regexes);
    }
    Map<String, Integer> exactIds = new LinkedHashMap<>();
    Map<String, Integer> foldedIds = new LinkedHashMap<>();
    Map<Condition.RegexFind, int[]> ids = new IdentityHashMap<>();
    List<int[]> pending = new ArrayList<>(); // ids of folded strings, offset once counts are known
    for (Condition.RegexFind rf : regexes) {
      RegexLiterals.Required req = rf.required;
      if (req == null || ids.containsKey(rf)) {
        continue;
      }
      Map<String, Integer> table = req.ignoreCase() ? foldedIds : exactIds;
      int[] these = new int[req.anyOf().size()];
      for (int k = 0; k < these.length; k++) {
        Integer known = table.get(req.anyOf().get(k));
        if (known == null) {
          known = table.size();
          table.put(req.anyOf().get(k), known);
        }
        these[k] = known;
      }
      if (req.ignoreCase()) {
        pending.add(these);
      }
      ids.put(rf, these);
    }
    if (ids.isEmpty()) {
      return null;
    }
    int offset = exactIds.size();
    for (int[] these : pending) {
      for (int k = 0; k < these.length; k++) {
        these[k] += offset;
      }
    }
    LiteralScanner exact = exactIds.isEmpty() ? null
        : new LiteralScanner(new ArrayList<>(exactIds.keySet()), 0, false);
    LiteralScanner folded = foldedIds.isEmpty() ? null
        : new LiteralScanner(new ArrayList<>(foldedIds.keySet()), offset, true);
    return new RegexPrefilter(ids, exact, folded, offset + foldedIds.size());
  }

  /** The literals that occur in {@code text}, by id. */
  BitSet scan(CharSequence text) {
    BitSet found = new BitSet(size);
    if (exact != null) {
      exact.scan(text, found);
    }
    if (folded != null) {
      folded.scan(text, found);
    }
    return found;
  }

  /**
   * False only when {@code regex} has literals and none of them is in {@code found}: it cannot
   * match the text scanned, nor any part of it.
   */
  boolean mayMatch(Condition.RegexFind regex, BitSet found) {
    int[] these = ids.get(regex);
    if (these == null) {
      return true;
    }
    for (int id : these) {
      if (found.get(id)) {
        return true;
      }
    }
    return false;
  }
}
