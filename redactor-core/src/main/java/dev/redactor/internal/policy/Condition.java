package dev.redactor.internal.policy;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.redactor.Category;
import dev.redactor.Channel;
import dev.redactor.Purpose;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.detect.Detection;
import dev.redactor.internal.dict.Tag;
import dev.redactor.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One test in a rule's {@code when}. A condition sees the finding being judged (null for
 * message-scope rules) and the message around it. Conditions are immutable; {@link #describe()}
 * gives back the YAML they were parsed from, so a policy can be printed and parsed again.
 */
abstract class Condition {

  /** Whether the condition holds for {@code d} (null for a message-scope rule). */
  abstract boolean test(EvalContext ctx, @Nullable Detection d);

  /** The condition as YAML-ready maps, lists and strings. */
  abstract Object describe();

  /**
   * The categories of the findings this condition can hold for, or null when it may hold for a
   * finding of any category. Read once when a policy is made, to test each finding against only
   * the rules that could match it; a condition that cannot say returns null, which is always
   * right.
   */
  @Nullable Set<Category> findingCategories() {
    return null;
  }

  /**
   * Adds to {@code out} every regex in this condition (read once when a policy is made); with
   * {@code wholeMessage}, only those a message rule runs over the whole message, leaving out those
   * under {@code with} or {@code near}, which read findings.
   */
  void regexes(List<RegexFind> out, boolean wholeMessage) {}

  /**
   * Folded terms one of which a finding's folded text must be for this condition to hold, or null
   * when it may hold otherwise too. Read once when a policy is made (see {@link FindingRules});
   * null is always right.
   */
  @Nullable Set<String> findingTerms() {
    return null;
  }

  private static Object oneOrMany(List<String> values) {
    return values.size() == 1 ? values.get(0) : new ArrayList<>(values);
  }

  // ---- leaves ---------------------------------------------------------------------------------

  static final class CategoryIs extends Condition {
    final Set<Category> categories;

    CategoryIs(Set<Category> categories) {
      this.categories = EnumSet.copyOf(categories);
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      if (d == null) {
        for (int k = 0; k < ctx.detections.size(); k++) { // indexed: no iterator per test
          Detection o = ctx.detections.get(k);
          if (categories.contains(o.category)) {
            return true;
          }
        }
        return false;
      }
      return categories.contains(d.category);
    }

    @Override
    Set<Category> findingCategories() {
      return categories;
    }

    @Override
    Object describe() {
      List<String> names = new ArrayList<>();
      for (Category c : categories) {
        names.add(c.name());
      }
      return Map.of("category", oneOrMany(names));
    }
  }

  /** All of the named flags are set. */
  static final class HasFlags extends Condition {
    final int mask;
    final List<String> names;
    final boolean any;

    HasFlags(int mask, List<String> names, boolean any) {
      this.mask = mask;
      this.names = List.copyOf(names);
      this.any = any;
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      if (d == null) {
        for (int k = 0; k < ctx.detections.size(); k++) { // indexed: no iterator per test
          Detection o = ctx.detections.get(k);
          if (matches(o)) {
            return true;
          }
        }
        return false;
      }
      return matches(d);
    }

    private boolean matches(Detection d) {
      return any ? (d.flags & mask) != 0 : (d.flags & mask) == mask;
    }

    @Override
    Object describe() {
      return Map.of(any ? "any-flag" : "flag", oneOrMany(names));
    }
  }

  /** The finding's term carries one of the sensitive-group tags. */
  static final class InGroup extends Condition {
    final long mask;
    final List<String> names;

    InGroup(long mask, List<String> names) {
      this.mask = mask;
      this.names = List.copyOf(names);
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      if (d == null) {
        for (int k = 0; k < ctx.detections.size(); k++) { // indexed: no iterator per test
          Detection o = ctx.detections.get(k);
          if ((o.tags & mask) != 0) {
            return true;
          }
        }
        return false;
      }
      return (d.tags & mask) != 0;
    }

    @Override
    Object describe() {
      return Map.of("group", oneOrMany(names));
    }
  }

  /**
   * The finding's text is one of the terms (compared in matching form: case, accents and evasions
   * folded); for a message rule, the message contains one of them as whole words.
   */
  static final class TermIs extends Condition {
    final List<String> terms;
    final List<String> folded;
    /* The folded terms as a set, and each between spaces (as looked for in a whole message). */
    private final Set<String> foldedSet;
    private final List<String> spaced;

    TermIs(List<String> terms) {
      this.terms = List.copyOf(terms);
      List<String> f = new ArrayList<>();
      List<String> sp = new ArrayList<>();
      for (String t : terms) {
        String x = fold(t);
        f.add(x);
        sp.add(" " + x + " ");
      }
      this.folded = f;
      this.foldedSet = Set.copyOf(f);
      this.spaced = sp;
    }

    static String fold(String s) {
      return TextNormalizer.terms(TextNormalizer.base(s)).text().trim();
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      if (d == null) {
        String all = ctx.spacedFoldedWords();
        for (int i = 0; i < spaced.size(); i++) { // indexed: no iterator per test
          if (all.contains(spaced.get(i))) {
            return true;
          }
        }
        return false;
      }
      return foldedSet.contains(ctx.foldedText(d));
    }

    @Override
    Set<String> findingTerms() {
      return foldedSet;
    }

    @Override
    Object describe() {
      return Map.of("term", oneOrMany(terms));
    }
  }

  /** An RE2/J expression found in the finding's text, or in the message for a message rule. */
  static final class RegexFind extends Condition {
    final String source;
    final Pattern pattern;
    /** Literals one of which every match contains, or null (see {@link RegexPrefilter}). */
    final RegexLiterals.@Nullable Required required;

    RegexFind(String source, Pattern pattern) {
      this.source = source;
      this.pattern = pattern;
      this.required = RegexLiterals.of(source);
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      if (!ctx.mayMatch(this)) {
        return false; // none of its literals is in the message, so none in a finding either
      }
      CharSequence s = d == null ? ctx.original() : ctx.original().subSequence(d.start, d.end);
      Matcher m = pattern.matcher(s);
      return m.find();
    }

    @Override
    void regexes(List<RegexFind> out, boolean wholeMessage) {
      out.add(this);
    }

    @Override
    Object describe() {
      return Map.of("regex", source);
    }
  }

  static final class PurposeIs extends Condition {
    final Set<Purpose> purposes;

    PurposeIs(Set<Purpose> purposes) {
      this.purposes = EnumSet.copyOf(purposes);
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      Purpose p = ctx.message.purpose().orElse(null);
      return p != null && purposes.contains(p);
    }

    @Override
    Object describe() {
      List<String> names = new ArrayList<>();
      for (Purpose p : purposes) {
        names.add(p.wireName());
      }
      return Map.of("purpose", oneOrMany(names));
    }
  }

  /** The channel, with an absent channel read as SMS (the strictest reading). */
  static final class ChannelIs extends Condition {
    final Set<Channel> channels;

    ChannelIs(Set<Channel> channels) {
      this.channels = EnumSet.copyOf(channels);
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      return channels.contains(ctx.message.effectiveChannel());
    }

    @Override
    Object describe() {
      List<String> names = new ArrayList<>();
      for (Channel c : channels) {
        names.add(c.wireName());
      }
      return Map.of("channel", oneOrMany(names));
    }
  }

  static final class MinConfidence extends Condition {
    final double min;

    MinConfidence(double min) {
      this.min = min;
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      return d != null && d.confidence >= min;
    }

    @Override
    Object describe() {
      return Map.of("min-confidence", min);
    }
  }

  /** Another finding satisfying {@code inner} lies within {@code within} tokens of this one. */
  static final class Near extends Condition {
    final Condition inner;
    final int within;

    Near(Condition inner, int within) {
      this.inner = inner;
      this.within = within;
    }

    @Override
    void regexes(List<RegexFind> out, boolean wholeMessage) {
      if (!wholeMessage) {
        inner.regexes(out, false); // inner is tested on findings
      }
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      if (d == null) {
        return false;
      }
      int[] r = ctx.tokenRange(d);
      // the findings come in token order: look only at those close enough to be near (all of
      // them when the order does not hold or d is not one of them)
      int at = ctx.inTokenOrder() ? ctx.indexOf(d) : -1;
      List<Detection> all = ctx.detections;
      int from = 0;
      int to = all.size();
      if (at >= 0) {
        from = at;
        while (from > 0 && ctx.tokenRangeAt(from - 1)[1] >= r[0] - within) {
          from--;
        }
        to = at + 1;
        while (to < all.size() && ctx.tokenRangeAt(to)[0] <= r[1] + within) {
          to++;
        }
      }
      for (int k = from; k < to; k++) {
        Detection o = all.get(k);
        if (o == d || !inner.test(ctx, o)) {
          continue;
        }
        int[] q = ctx.tokenRangeAt(k);
        int gap = q[0] > r[1] ? q[0] - r[1] : r[0] > q[1] ? r[0] - q[1] : 0;
        if (gap <= within) {
          return true;
        }
      }
      if (inner instanceof TermIs) {
        Tokens t = ctx.analysis.tokens();
        List<String> terms = ((TermIs) inner).folded;
        // indexed: an iterator per test was most of the bytes a check with many near rules made
        for (int i = 0; i < terms.size(); i++) {
          String term = terms.get(i);
          for (int k = Math.max(0, r[0] - within); k <= Math.min(t.size() - 1, r[1] + within);
              k++) {
            if (t.is(k, term)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    @Override
    Object describe() {
      Map<String, Object> m = new LinkedHashMap<>();
      @SuppressWarnings("unchecked")
      Map<String, Object> in = (Map<String, Object>) inner.describe();
      m.putAll(in);
      m.put("within", within);
      return Map.of("near", m);
    }
  }

  /** Some other finding in the message satisfies {@code inner}. */
  static final class With extends Condition {
    final Condition inner;

    With(Condition inner) {
      this.inner = inner;
    }

    @Override
    void regexes(List<RegexFind> out, boolean wholeMessage) {
      if (!wholeMessage) {
        inner.regexes(out, false); // inner is tested on findings
      }
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      // whether another finding satisfies inner: the same for every finding of the message but
      // the one satisfying it alone, so the findings are tested once per message
      int[] holding = ctx.holding(this);
      if (holding[1] >= 2) {
        return true;
      }
      return holding[1] == 1 && ctx.detections.get(holding[0]) != d;
    }

    /** {@code {first index, count (stopping at 2)}} of the findings satisfying inner. */
    int[] findHolding(EvalContext ctx) {
      int first = -1;
      int count = 0;
      for (int k = 0; k < ctx.detections.size() && count < 2; k++) {
        if (inner.test(ctx, ctx.detections.get(k))) {
          first = first < 0 ? k : first;
          count++;
        }
      }
      return new int[] {first, count};
    }

    @Override
    Object describe() {
      return Map.of("with", inner.describe());
    }
  }

  // ---- combinations ----------------------------------------------------------------------------

  static final class All extends Condition {
    final List<Condition> parts;

    All(List<Condition> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    void regexes(List<RegexFind> out, boolean wholeMessage) {
      for (Condition c : parts) {
        c.regexes(out, wholeMessage);
      }
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      // indexed: an iterator per test was 7% of the bytes a check allocated
      for (int i = 0; i < parts.size(); i++) {
        if (!parts.get(i).test(ctx, d)) {
          return false;
        }
      }
      return true;
    }

    @Override
    @Nullable Set<String> findingTerms() {
      Set<String> fewest = null; // all parts must hold: any part's terms will do, the fewest best
      for (Condition c : parts) {
        Set<String> these = c.findingTerms();
        if (these != null && (fewest == null || these.size() < fewest.size())) {
          fewest = these;
        }
      }
      return fewest;
    }

    @Override
    @Nullable Set<Category> findingCategories() {
      Set<Category> all = null; // all parts must hold: the categories every restricted part allows
      for (Condition c : parts) {
        Set<Category> these = c.findingCategories();
        if (these != null) {
          if (all == null) {
            all = EnumSet.copyOf(these);
          } else {
            all.retainAll(these);
          }
        }
      }
      return all;
    }

    @Override
    Object describe() {
      List<Object> items = new ArrayList<>();
      for (Condition c : parts) {
        items.add(c.describe());
      }
      return Map.of("all", items);
    }
  }

  static final class Any extends Condition {
    final List<Condition> parts;

    Any(List<Condition> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    void regexes(List<RegexFind> out, boolean wholeMessage) {
      for (Condition c : parts) {
        c.regexes(out, wholeMessage);
      }
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).test(ctx, d)) {
          return true;
        }
      }
      return false;
    }

    @Override
    @Nullable Set<String> findingTerms() {
      return union(parts, Condition::findingTerms, new HashSet<>());
    }

    @Override
    @Nullable Set<Category> findingCategories() {
      return union(parts, Condition::findingCategories, EnumSet.noneOf(Category.class));
    }

    /**
     * One part must hold, so what every part restricts a finding to, together: the union of
     * {@code of} over the parts, or null when one part does not restrict it.
     */
    private static <T> @Nullable Set<T> union(List<Condition> parts,
        Function<Condition, @Nullable Set<T>> of, Set<T> into) {
      for (Condition c : parts) {
        Set<T> these = of.apply(c);
        if (these == null) {
          return null;
        }
        into.addAll(these);
      }
      return into;
    }

    @Override
    Object describe() {
      List<Object> items = new ArrayList<>();
      for (Condition c : parts) {
        items.add(c.describe());
      }
      return Map.of("any", items);
    }
  }

  static final class Not extends Condition {
    final Condition inner;

    Not(Condition inner) {
      this.inner = inner;
    }

    @Override
    void regexes(List<RegexFind> out, boolean wholeMessage) {
      inner.regexes(out, wholeMessage);
    }

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      return !inner.test(ctx, d);
    }

    @Override
    Object describe() {
      return Map.of("not", inner.describe());
    }
  }

  /** Always true: a rule without {@code when}. */
  static final class Always extends Condition {
    static final Always INSTANCE = new Always();

    @Override
    boolean test(EvalContext ctx, @Nullable Detection d) {
      return true;
    }

    @Override
    Object describe() {
      return Map.of();
    }
  }

  /** The tag bits of group names, or -1 if one is unknown. */
  static long groupMask(List<String> names) {
    long m = 0;
    for (String n : names) {
      Tag t = Tag.byName(n);
      if (t == null) {
        return -1;
      }
      m |= t.bit();
    }
    return m;
  }
}
