package dev.redactor.internal.dict;

import dev.redactor.internal.Workspace;
import dev.redactor.internal.analysis.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
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

  /** One-word terms the caller removed, as the terms view spells them. */
  private final Set<String> removedWords;

  private Dictionaries(Lexicon base, @Nullable Lexicon overlay, @Nullable BitSet excluded,
      Set<String> removedWords) {
    this.base = base;
    this.overlay = overlay;
    this.excluded = excluded;
    this.removedWords = removedWords;
  }

  /**
   * Whether token {@code i} is a one-word term the caller removed: a term taken out of the lists
   * is not found again by its shape ("colonoscopy" by its ending).
   */
  public boolean removed(Tokens tokens, int i) {
    return !removedWords.isEmpty() && removedWords.contains(tokens.term(i));
  }

  /** The standard lexicon alone. */
  public static Dictionaries of(Lexicon base) {
    return new Dictionaries(base, null, null, Set.of());
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
    Set<String> words = new java.util.HashSet<>();
    for (String term : removed) {
      List<String> tokens = Lexicon.keyTokens(term);
      if (tokens.size() == 1) {
        words.add(tokens.get(0));
      }
    }
    return new Dictionaries(base, overlay, ex, Set.copyOf(words));
  }

  /** The standard (or fully compiled) lexicon. */
  public Lexicon base() {
    return base;
  }

  /** All matches of both lexicons, ordered by first token, longest first at equal starts. */
  public List<TermMatcher.Match> match(Tokens tokens) {
    return match(tokens, null, false);
  }

  /**
   * As {@link #match(Tokens)}, plus matches through one misspelled token (see {@link
   * TermMatcher#corrected}) for the tokens {@code correctable} accepts; null corrects nothing.
   * Spanish terms are correction targets only when {@code spanish}.
   */
  public List<TermMatcher.Match> match(Tokens tokens, @Nullable IntPredicate correctable,
      boolean spanish) {
    return match(tokens, correctable, spanish, Workspace.unpooled());
  }

  /** As {@link #match(Tokens, IntPredicate, boolean)}, with scratch from {@code workspace}. */
  public List<TermMatcher.Match> match(Tokens tokens, @Nullable IntPredicate correctable,
      boolean spanish, Workspace workspace) {
    List<TermMatcher.Match> m = TermMatcher.match(base, tokens, excluded);
    List<TermMatcher.Match> o = overlay == null ? List.of() : TermMatcher.match(overlay, tokens);
    List<TermMatcher.Match> c = List.of();
    if (correctable != null) {
      boolean[] covered = workspace.booleans(Workspace.DICTIONARY_COVERED, tokens.size());
      cover(m, covered);
      cover(o, covered);
      c = TermMatcher.corrected(base, tokens, excluded, covered, correctable, overlay, spanish);
    }
    if (o.isEmpty() && c.isEmpty()) {
      return m;
    }
    List<TermMatcher.Match> all = new ArrayList<>(m.size() + o.size() + c.size());
    all.addAll(o);
    all.addAll(m);
    all.addAll(c);
    all.sort((x, y) -> x.firstToken() != y.firstToken()
        ? Integer.compare(x.firstToken(), y.firstToken())
        : Integer.compare(y.lastToken(), x.lastToken()));
    return all;
  }

  /** Marks the tokens of matches that are more than a name ("canel" is also a surname). */
  private static void cover(List<TermMatcher.Match> matches, boolean[] covered) {
    for (int i = 0; i < matches.size(); i++) { // by index: an iterator here was 1-2% of the bytes
      TermMatcher.Match x = matches.get(i);
      boolean nameOnly = true;
      for (int k = 0; k < x.senseCount() && nameOnly; k++) {
        nameOnly = x.sense(k).kind() == ListKind.NAME;
      }
      if (nameOnly && x.firstToken() == x.lastToken()) {
        continue;
      }
      for (int k = x.firstToken(); k <= x.lastToken(); k++) {
        covered[k] = true;
      }
    }
  }

  @Override
  public String toString() {
    return "Dictionaries{" + base + (overlay == null ? "" : ", overlay=" + overlay)
        + (excluded == null ? "" : ", removed=" + excluded.cardinality()) + "}";
  }
}
