package dev.redactor.internal.dict;

import dev.redactor.internal.analysis.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dictionaries one {@code Redactor} matches against: the compiled standard lexicon, a small
 * overlay of terms a policy or the builder added (compiled in milliseconds), and the keys removed
 * from the standard lexicon. Immutable and thread-safe.
 */
public final class Dictionaries {
  private final Lexicon base;
  private final @Nullable Lexicon overlay;
  private final @Nullable BitSet excluded;

  private Dictionaries(Lexicon base, @Nullable Lexicon overlay, @Nullable BitSet excluded) {
    this.base = base;
    this.overlay = overlay;
    this.excluded = excluded;
  }

  /** The standard lexicon alone. */
  public static Dictionaries of(Lexicon base) {
    return new Dictionaries(base, null, null);
  }

  /**
   * {@code base} plus {@code added} entries, minus {@code removed} terms (removed from both).
   */
  public static Dictionaries of(Lexicon base, List<Entry> added, Set<String> removed) {
    BitSet ex = null;
    for (String term : removed) {
      int id = base.lookup(term);
      if (id >= 0) {
        if (ex == null) {
          ex = new BitSet(base.keyCount());
        }
        ex.set(id);
      }
    }
    Lexicon overlay = added.isEmpty() ? null : Lexicon.compile(added, removed);
    return new Dictionaries(base, overlay, ex);
  }

  /** The standard (or fully compiled) lexicon. */
  public Lexicon base() {
    return base;
  }

  /** All matches of both lexicons, ordered by first token, longest first at equal starts. */
  public List<TermMatcher.Match> match(Tokens tokens) {
    List<TermMatcher.Match> m = TermMatcher.match(base, tokens, excluded);
    if (overlay == null) {
      return m;
    }
    List<TermMatcher.Match> o = TermMatcher.match(overlay, tokens);
    if (o.isEmpty()) {
      return m;
    }
    List<TermMatcher.Match> all = new ArrayList<>(m.size() + o.size());
    all.addAll(o);
    all.addAll(m);
    all.sort((x, y) -> x.firstToken() != y.firstToken()
        ? Integer.compare(x.firstToken(), y.firstToken())
        : Integer.compare(y.lastToken(), x.lastToken()));
    return all;
  }

  @Override
  public String toString() {
    return "Dictionaries{" + base + (overlay == null ? "" : ", overlay=" + overlay)
        + (excluded == null ? "" : ", removed=" + excluded.cardinality()) + "}";
  }
}
