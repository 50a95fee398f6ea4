package dev.redactor.internal.dict;

import dev.redactor.internal.IntArrays;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of entries kept compactly: every term in one string, and the other fields
 * once per run of consecutive entries that share them (terms added with one {@code addTerms} call
 * form one run). A {@link dev.redactor.Redactor} keeps the entries added to it so that {@code
 * toBuilder()} can rebuild it; as {@link Entry} records, a million added terms held about 94 MB,
 * more than the automaton compiled from them. Here they take about a byte or two per char of
 * term and four bytes per entry. {@link #get} makes the entry again, equal to the one given.
 */
public final class EntryRuns extends AbstractList<Entry> implements RandomAccess {
  private static final EntryRuns EMPTY = new EntryRuns(List.of());

  private final String terms;
  /** {@code ends[i]}: where entry i's term ends in {@link #terms}; it starts at ends[i - 1]. */
  private final int[] ends;
  /** {@code runStarts[r]}: the index of run r's first entry; ascending, starting with 0. */
  private final int[] runStarts;
  private final ListKind[] kinds;
  private final long[] tags;
  private final float[] ambiguities;
  private final String[] languages;

  private EntryRuns(List<Entry> entries) {
    int n = entries.size();
    StringBuilder all = new StringBuilder();
    ends = new int[n];
    int runs = 0;
    int[] starts = new int[n];
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      all.append(e.term());
      ends[i] = all.length();
      if (i == 0 || !sameRun(entries.get(i - 1), e)) {
        starts[runs++] = i;
      }
    }
    terms = all.toString();
    runStarts = Arrays.copyOf(starts, runs);
    kinds = new ListKind[runs];
    tags = new long[runs];
    ambiguities = new float[runs];
    languages = new String[runs];
    for (int r = 0; r < runs; r++) {
      Entry e = entries.get(runStarts[r]);
      kinds[r] = e.kind();
      tags[r] = e.tags();
      ambiguities[r] = e.ambiguity();
      languages[r] = e.language();
    }
  }

  /**
   * {@code entries} kept compactly. A list that is already compact is returned as it is; one
   * with a null anywhere (entry, term, kind or language) is kept as an unmodifiable copy instead.
   */
  public static List<Entry> of(List<Entry> entries) {
    if (entries instanceof EntryRuns) {
      return entries;
    }
    for (Entry e : entries) {
      if (e == null || e.term() == null || e.kind() == null || e.language() == null) {
        return Collections.unmodifiableList(new ArrayList<>(entries));
      }
    }
    return entries.isEmpty() ? EMPTY : new EntryRuns(entries);
  }

  private static boolean sameRun(Entry a, Entry b) {
    return a.kind() == b.kind() && a.tags() == b.tags()
        && Float.compare(a.ambiguity(), b.ambiguity()) == 0
        && a.language().equals(b.language());
  }

  @Override
  public Entry get(int index) {
    Objects.checkIndex(index, ends.length);
    // the last run that starts at or before index
    int r = IntArrays.firstAtLeast(runStarts, runStarts.length, index + 1) - 1;
    int start = index == 0 ? 0 : ends[index - 1];
    return new Entry(terms.substring(start, ends[index]), kinds[r], tags[r], ambiguities[r],
        languages[r]);
  }

  @Override
  public int size() {
    return ends.length;
  }

  /** The number of runs of entries that share every field but the term. */
  int runCount() {
    return runStarts.length;
  }
}
