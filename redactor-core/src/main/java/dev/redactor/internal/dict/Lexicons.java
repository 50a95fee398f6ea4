package dev.redactor.internal.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The bundled dictionaries, compiled once on first use and shared. */
public final class Lexicons {
  private Lexicons() {}

  private static final class Standard {
    static final Lexicon INSTANCE = load();

    private static Lexicon load() {
      Lexicon pre = LexiconIO.readStandard();
      return pre != null ? pre : Lexicon.compile(bundledEntries(Set.of()), Set.of());
    }
  }

  /** The lexicon of every bundled list. */
  public static Lexicon standard() {
    return Standard.INSTANCE;
  }

  /** The entries of every bundled list except those named in {@code excluded}. */
  public static List<Entry> bundledEntries(Set<String> excluded) {
    List<Entry> all = new ArrayList<>(200_000);
    for (String[] row : DictionaryFiles.bundledIndex()) {
      if (excluded.contains(row[0])) {
        continue;
      }
      all.addAll(DictionaryFiles.bundled(row[0]).entries());
    }
    return all;
  }
}
