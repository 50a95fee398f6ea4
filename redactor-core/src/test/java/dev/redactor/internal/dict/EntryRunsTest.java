package dev.redactor.internal.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntryRunsTest {
  private static final String[] TERMS = {"", "a", "wellness reset", "ácido fólico", "x-ray",
      "line\nbreak", "emoji 🩺", "tab\there", "ß", "很好"};

  @Test
  void givesBackEveryEntry_inOrder() {
    Random r = new Random(7);
    ListKind[] kinds = ListKind.values();
    for (int round = 0; round < 200; round++) {
      List<Entry> entries = new ArrayList<>();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        // runs of shared fields, broken at random
        Entry previous = i == 0 ? null : entries.get(i - 1);
        boolean same = previous != null && r.nextInt(4) != 0;
        String term = r.nextBoolean() ? TERMS[r.nextInt(TERMS.length)] : "t" + r.nextInt(1000);
        entries.add(same
            ? new Entry(term, previous.kind(), previous.tags(), previous.ambiguity(),
                previous.language())
            : new Entry(term, kinds[r.nextInt(kinds.length)], r.nextInt(4) == 0 ? r.nextLong() : 0,
                r.nextInt(3) == 0 ? r.nextFloat() : 0f, r.nextBoolean() ? "any" : "es"));
      }
      List<Entry> compact = EntryRuns.of(entries);
      assertEquals(entries, compact);
      assertEquals(entries.size(), compact.size());
      for (int i = 0; i < n; i++) {
        assertEquals(entries.get(i), compact.get(i));
      }
    }
  }

  @Test
  void oneRunPerChangeOfFields() {
    List<Entry> entries = List.of(
        new Entry("a", ListKind.PROCEDURE, 0, 0f, "any"),
        new Entry("b", ListKind.PROCEDURE, 0, 0f, "any"),
        new Entry("c", ListKind.SPECIALTY, 0, 0f, "any"),
        new Entry("d", ListKind.SPECIALTY, 1, 0f, "any"),
        new Entry("e", ListKind.SPECIALTY, 1, 0.5f, "any"),
        new Entry("f", ListKind.SPECIALTY, 1, 0.5f, "es"),
        new Entry("g", ListKind.SPECIALTY, 1, 0.5f, "es"));
    EntryRuns compact = (EntryRuns) EntryRuns.of(entries);
    assertEquals(5, compact.runCount());
    assertEquals(entries, compact);
  }

  @Test
  void aCompactListIsKept_andNullsAreCopiedAsTheyAre() {
    List<Entry> compact = EntryRuns.of(List.of(new Entry("a", ListKind.PROCEDURE, 0, 0f, "any")));
    assertSame(compact, EntryRuns.of(compact));
    List<Entry> withNull = Arrays.asList(new Entry("a", ListKind.PROCEDURE, 0, 0f, "any"),
        new Entry(null, ListKind.PROCEDURE, 0, 0f, "any"), null);
    List<Entry> kept = EntryRuns.of(withNull);
    assertFalse(kept instanceof EntryRuns);
    assertEquals(withNull, kept);
    assertThrows(UnsupportedOperationException.class, () -> kept.add(null));
    assertTrue(EntryRuns.of(List.of()).isEmpty());
  }

  @Test
  void isUnmodifiable_andChecksIndexes() {
    List<Entry> compact = EntryRuns.of(List.of(new Entry("a", ListKind.PROCEDURE, 0, 0f, "any")));
    assertThrows(UnsupportedOperationException.class,
        () -> compact.add(new Entry("b", ListKind.PROCEDURE, 0, 0f, "any")));
    assertThrows(IndexOutOfBoundsException.class, () -> compact.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> compact.get(-1));
  }
}
