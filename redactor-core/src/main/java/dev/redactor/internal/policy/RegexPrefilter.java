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
      r.when().regexes(regexes, false);
    }
    // each distinct literal once per case rule: exact ones take ids from 0, folded ones after
    Map<String, Integer> exactIds = new LinkedHashMap<>();
    Map<String, Integer> foldedIds = new LinkedHashMap<>();
    for (Condition.RegexFind rf : regexes) {
      if (rf.required != null) {
        Map<String, Integer> table = rf.required.ignoreCase() ? foldedIds : exactIds;
        for (String literal : rf.required.anyOf()) {
          table.putIfAbsent(literal, table.size());
        }
      }
    }
    int offset = exactIds.size();
    Map<Condition.RegexFind, int[]> ids = new IdentityHashMap<>();
    for (Condition.RegexFind rf : regexes) {
      if (rf.required != null) {
        boolean fold = rf.required.ignoreCase();
        List<String> anyOf = rf.required.anyOf();
        int[] these = new int[anyOf.size()];
        for (int k = 0; k < these.length; k++) {
          these[k] = fold ? offset + foldedIds.get(anyOf.get(k)) : exactIds.get(anyOf.get(k));
        }
        ids.put(rf, these);
      }
    }
    if (ids.isEmpty()) {
      return null;
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
