package dev.redactor.internal.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewriterTest {

  /** Removes the first occurrence of each {@code part} (no label). */
  private static String remove(String text, String... parts) {
    List<Rewriter.Removal> rs = new ArrayList<>();
    for (String p : parts) {
      int i = text.indexOf(p);
      rs.add(new Rewriter.Removal(i, i, i + p.length()));
    }
    return Rewriter.rewrite(text, rs);
  }

  /** Removes {@code label + value} where the value starts after the label. */
  private static String removeLabelled(String text, String label, String value) {
    int l = text.indexOf(label);
    int v = text.indexOf(value, l);
    return Rewriter.rewrite(text, List.of(new Rewriter.Removal(l, v, v + value.length())));
  }

  @Test
  void hangingConnector_goesWithTheRemovedPart() {
    assertEquals("We will call you tomorrow.",
        remove("We will call you at 617-555-0142 tomorrow.", "617-555-0142"));
  }

  @Test
  void punctuationAndSpacing_areRepaired() {
    assertEquals("Hi, your visit is Monday.", remove("Hi, 617-555-0142, your visit is Monday.",
        "617-555-0142"));
    assertEquals("Your visit is Monday.", remove("Your visit is Monday (MRN 00482913).",
        "MRN 00482913"));
  }

  @Test
  void removedSentenceStart_isCapitalizedAgain() {
    assertEquals("Your visit is Monday.", remove("Maria: your visit is Monday.", "Maria"));
  }

  @Test
  void sentenceWithoutContent_isDropped() {
    assertEquals("See you Monday.",
        removeLabelled("Your MRN is 00482913. See you Monday.", "MRN", "00482913"));
  }

  @Test
  void nothingLeft_isNull() {
    assertNull(removeLabelled("Your MRN is 00482913.", "MRN", "00482913"));
  }

  @Test
  void coordinatedNounPhrase_losesItsConjunction() {
    assertEquals("Please bring a photo ID.",
        removeLabelled("Please bring your Member ID: X-1 and a photo ID.", "Member", "X-1"));
  }

  @Test
  void coordinatedVerbPhrase_keepsItsConjunction() {
    assertEquals("Call or visit us.", remove("Call 617-555-0142 or visit us.", "617-555-0142"));
  }

  @Test
  void articleAgreesWithTheNextWord() {
    assertEquals("You have an appointment Monday.",
        remove("You have a cardiology appointment Monday.", "cardiology"));
    assertEquals("You have a follow-up Monday.",
        remove("You have an oncology follow-up Monday.", "oncology"));
  }

  @Test
  void labelThatIsTheSubject_stays() {
    assertEquals("Rx is ready.", removeLabelled("Rx #7788123 is ready.", "Rx", "7788123"));
  }

  @Test
  void lineBreaks_arePreserved() {
    assertEquals("Hello,\nSee you Monday.",
        remove("Hello 617-555-0142,\nSee you Monday.", "617-555-0142"));
  }

  @Test
  void vowelSound() {
    assertEquals(true, Rewriter.startsWithVowelSound("hour"));
    assertEquals(false, Rewriter.startsWithVowelSound("unit"));
    assertEquals(true, Rewriter.startsWithVowelSound("appointment"));
    assertEquals(false, Rewriter.startsWithVowelSound("follow-up"));
  }
}
