package dev.redactor.internal.policy;

import dev.redactor.Category;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy's finding rules and, for each category, the ones a finding of it is tested against,
 * in policy order: a rule whose condition names categories is left out for the others ({@link
 * Condition#findingCategories}). Rules that can hold only for a finding whose folded text is one
 * of a few terms ({@link Condition#findingTerms}) are also indexed by those terms once a category
 * has many of them: a finding is then tested against the other rules and the rules of its own
 * text only, in the same order, so thousands of term rules cost a finding a map look-up, not
 * thousands of tests. The rules left out could not hold, so the chosen rule is the one testing
 * all would give. One index serves every category, so a rule is indexed once.
 */
final class FindingRules {
  /** Fewer term rules than this in a category are simply tested: an index would not pay. */
  static final int MIN_INDEXED = 8;
  private static final int[] NONE = {};

  static {
    if (Category.values().length > Long.SIZE) {
      throw new AssertionError("categories no longer fit a long mask");
    }
  }

  /** The finding rules, in policy order; positions below are into this. */
  final Rule[] rules;
  /* Per rule, the categories (bit by ordinal) it can hold for. */
  private final long[] categories;
  /* Per category, the positions of the rules it tests: all of them, or only those without
     terms when the category is indexed. */
  private final int[][] tested;
  private final boolean[] indexed;
  /* Positions of the rules with terms, by folded term. */
  private final Map<String, int[]> byTerm;

  FindingRules(List<Rule> findingRules) {
    rules = findingRules.toArray(new Rule[0]);
    categories = new long[rules.length];
    List<Set<String>> terms = new ArrayList<>(rules.length);
    Category[] all = Category.values();
    int[] keyedIn = new int[all.length];
    for (int i = 0; i < rules.length; i++) {
      Set<Category> only = rules[i].when().findingCategories();
      long mask = 0;
      for (Category c : all) {
        if (only == null || only.contains(c)) {
          mask |= 1L << c.ordinal();
        }
      }
      categories[i] = mask;
      Set<String> t = rules[i].when().findingTerms();
      terms.add(t);
      for (int c = 0; c < all.length && t != null; c++) {
        keyedIn[c] += (mask >>> c & 1) != 0 ? 1 : 0;
      }
    }
    indexed = new boolean[all.length];
    tested = new int[all.length][];
    Map<String, List<Integer>> by = new HashMap<>();
    for (int c = 0; c < all.length; c++) {
      indexed[c] = keyedIn[c] >= MIN_INDEXED;
      List<Integer> these = new ArrayList<>();
      for (int i = 0; i < rules.length; i++) {
        if ((categories[i] >>> c & 1) != 0 && (!indexed[c] || terms.get(i) == null)) {
          these.add(i);
        }
      }
      tested[c] = toArray(these);
    }
    for (int i = 0; i < rules.length; i++) {
      if (terms.get(i) != null) {
        for (String t : terms.get(i)) {
          by.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
        }
      }
    }
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

  /** Whether findings of {@code c} are matched to rules through the term index. */
  boolean indexed(Category c) {
    return indexed[c.ordinal()];
  }

  /**
   * The positions in {@link #rules}, ascending, of the rules a finding of {@code c} is tested
   * against when {@code c} is not {@linkplain #indexed indexed}.
   */
  int[] tested(Category c) {
    return tested[c.ordinal()];
  }

  /**
   * The positions in {@link #rules}, ascending, of the rules that may hold for a finding of
   * indexed category {@code c} whose folded text is {@code folded}.
   */
  int[] candidates(Category c, String folded) {
    int[] a = tested[c.ordinal()];
    int[] b = byTerm.getOrDefault(folded, NONE);
    if (b.length == 0) {
      return a;
    }
    long bit = 1L << c.ordinal();
    int[] out = new int[a.length + b.length];
    int i = 0;
    int k = 0;
    int n = 0;
    while (i < a.length || k < b.length) {
      if (k < b.length && (categories[b[k]] & bit) == 0) {
        k++; // a term rule that names other categories
        continue;
      }
      out[n++] = k >= b.length || (i < a.length && a[i] < b[k]) ? a[i++] : b[k++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
