package dev.redactor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BearerTokensTest {
  @Test
  void parse_skipsBlankAndCommentLines() {
    BearerTokens t = BearerTokens.parse("\n# ops team\nalpha-0123456789abc\r\n  beta-0123456789abcd  \n",
        "tokens.txt");
    assertEquals(2, t.size());
    assertTrue(t.accepts("Bearer alpha-0123456789abc"));
    assertTrue(t.accepts("Bearer beta-0123456789abcd"));
    assertFalse(t.accepts("Bearer alpha-0123456789ab"));
    assertFalse(t.accepts("Bearer "));
    assertFalse(t.accepts("alpha-0123456789abc"));
    assertFalse(t.accepts(null));
  }

  @Test
  void fromList_splitsOnCommasAndSpaces() {
    BearerTokens t = BearerTokens.fromList("alpha-0123456789abc, beta-0123456789abcd", "REDACTOR_TOKENS");
    assertEquals(2, t.size());
    assertTrue(t.accepts("BEARER beta-0123456789abcd"));
  }

  @Test
  void shortOrEmpty_isRejected_namingWhereButNeverTheToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BearerTokens.parse("alpha-0123456789abc\nshort-secret\n", "tokens.txt"));
    assertEquals("tokens.txt line 2: a token must be at least 16 characters (was 12)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BearerTokens.parse("# none\n", "f"));
    assertThrows(IllegalArgumentException.class, () -> BearerTokens.fromList(" , ", "env"));
    IllegalArgumentException ctl = assertThrows(IllegalArgumentException.class,
        () -> BearerTokens.parse("alpha-0123456789\u00e9bc\n", "f"));
    assertFalse(ctl.getMessage().contains("alpha"));
    assertEquals("BearerTokens[1]", BearerTokens.fromList("alpha-0123456789abc", "e").toString());
  }
}
