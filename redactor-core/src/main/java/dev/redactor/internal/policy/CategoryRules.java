package dev.redactor.internal.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The finding rules a finding of one category is tested against, in policy order. Rules that can
 * hold only for a finding whose folded text is one of a few terms ({@link
 * Condition#findingTerms}) are also indexed by those terms once a category has many of them: a
 * finding is then tested against the other rules and the rules of its own text only, in the same
 * order, so a policy of thousands of term rules costs a finding a map look-up, not thousands of
 * tests. The rules left out could not hold, so the verdict is the one testing all would give.
 */
final class CategoryRules {
  /** Fewer term-only rules than this are simply tested: the index would not pay its look-up. */
  static final int MIN_INDEXED = 8;
  private static final int[] NONE = {};

  final Rule[] rules;
  /* Positions in rules of those tested for every finding, and of those by term; null: no index. */
  private final int @Nullable [] always;
  private final @Nullable Map<String, int[]> byTerm;

  CategoryRules(List<Rule> rules) {
    this.rules = rules.toArray(new Rule[0]);
    List<Set<String>> terms = new ArrayList<>(rules.size());
    int keyed = 0;
    for (Rule r : rules) {
      Set<String> t = r.when().findingTerms();
      terms.add(t);
      keyed += t == null ? 0 : 1;
    }
    if (keyed < MIN_INDEXED) {
      always = null;
      byTerm = null;
      return;
    }
    List<Integer> plain = new ArrayList<>();
    Map<String, List<Integer>> by = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i) == null) {
        plain.add(i);
      } else {
        for (String t : terms.get(i)) {
          by.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
        }
      }
    }
    always = toArray(plain);
    Map<String, int[]> m = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : by.entrySet()) {
      m.put(e.getKey(), toArray(e.getValue()));
    }
    byTerm = m;
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** Whether findings are matched to rules through the term index. */
  boolean indexed() {
    return byTerm != null;
  }

  /**
   * The positions in {@link #rules}, ascending, of the rules that may hold for a finding whose
   * folded text is {@code folded}; only when {@link #indexed()}.
   */
  int[] candidates(String folded) {
    int[] a = always;
    int[] b = byTerm.getOrDefault(folded, NONE);
    if (b.length == 0) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int k = 0;
    int n = 0;
    while (i < a.length || k < b.length) {
      out[n++] = k >= b.length || (i < a.length && a[i] < b[k]) ? a[i++] : b[k++];
    }
    return out;
  }
}
