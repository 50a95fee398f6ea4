package dev.redactor.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Limits;
import dev.redactor.internal.analysis.Analysis;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
  @Test
  void aWorkspaceInUseIsNeverHandedOutAgain() {
    try (Workspace a = Workspace.acquire();
        Workspace b = Workspace.acquire();
        Workspace c = Workspace.acquire()) {
      assertNotSame(a, b);
      assertNotSame(b, c);
      assertNotSame(a, c);
      // both pooled ones are taken: the unpooled one, which keeps nothing
      assertSame(Workspace.unpooled(), c);
      assertNotSame(c.booleans(Workspace.NAME_TAKEN, 8), c.booleans(Workspace.NAME_TAKEN, 8));
      assertSame(b.booleans(Workspace.NAME_TAKEN, 8), b.booleans(Workspace.NAME_TAKEN, 8));
    }
  }

  @Test
  void aClosedWorkspaceIsReusedWithItsArrays() {
    Workspace first;
    boolean[] taken;
    try (Workspace w = Workspace.acquire()) {
      first = w;
      taken = w.booleans(Workspace.NAME_TAKEN, 10);
    }
    try (Workspace w = Workspace.acquire()) {
      assertSame(first, w);
      assertSame(taken, w.booleans(Workspace.NAME_TAKEN, 10));
    }
  }

  @Test
  void scratchComesBackCleared() {
    try (Workspace w = Workspace.acquire()) {
      boolean[] b = w.booleans(Workspace.RESULT_LAB, 12);
      Arrays.fill(b, true);
      float[] f = w.floats(Workspace.NAME_GIVEN, 12, -1f);
      Arrays.fill(f, 0.25f);
      int[] v = w.ints(Workspace.TOKEN_VOCABULARY, 12);
      Arrays.fill(v, 7);
      String[] s = w.strings(12);
      Arrays.fill(s, "x");
    }
    try (Workspace w = Workspace.acquire()) {
      boolean[] b = w.booleans(Workspace.RESULT_LAB, 9);
      for (int i = 0; i < 9; i++) {
        assertFalse(b[i], "boolean " + i);
      }
      float[] f = w.floats(Workspace.NAME_GIVEN, 9, -1f);
      for (int i = 0; i < 9; i++) {
        assertEquals(-1f, f[i], "float " + i);
      }
      int[] v = w.ints(Workspace.TOKEN_VOCABULARY, 9);
      for (int i = 0; i < 9; i++) {
        assertEquals(0, v[i], "int " + i);
      }
      String[] s = w.strings(12);
      for (int i = 0; i < 12; i++) {
        assertNull(s[i], "string " + i);
      }
    }
  }

  @Test
  void closingKeepsNoMessageTextInTheThread() {
    char[] kept;
    try (Workspace w = Workspace.acquire()) {
      Analysis a = Analysis.of("Call Maria Lopez at 555-201-7788", Limits.defaults(), null, w);
      assertTrue(a.tokens().size() > 3);
      kept = a.base().buffer();
      assertEquals('c', kept[0]);
    }
    char[] zeros = new char[kept.length];
    assertArrayEquals(zeros, kept);
  }

  @Test
  void longMessagesLeaveNothingBehind() {
    int n = Workspace.MAX_KEPT + 1;
    try (Workspace w = Workspace.acquire()) {
      assertNotSame(w.chars(Workspace.BASE_CHARS, n), w.chars(Workspace.BASE_CHARS, n));
      assertNotSame(w.booleans(Workspace.NAME_TAKEN, n), w.booleans(Workspace.NAME_TAKEN, n));
      assertSame(w.booleans(Workspace.NAME_TAKEN, 4), w.booleans(Workspace.NAME_TAKEN, 4));
    }
  }

  @Test
  void eachThreadHasItsOwn() throws Exception {
    Workspace mine;
    try (Workspace w = Workspace.acquire()) {
      mine = w;
    }
    AtomicReference<Workspace> theirs = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try (Workspace w = Workspace.acquire()) {
        theirs.set(w);
      }
    });
    t.start();
    t.join();
    assertNotSame(mine, theirs.get());
  }
}
