package dev.redactor.internal.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.redactor.Category;
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

  /** Removes the first occurrence of each {@code part}, a term of {@code category}. */
  private static String removeTerms(String text, Category category, String... parts) {
    List<Rewriter.Removal> rs = new ArrayList<>();
    for (String p : parts) {
      int i = text.indexOf(p);
      rs.add(new Rewriter.Removal(i, i, i + p.length(), category, null));
    }
    return Rewriter.rewrite(text, rs);
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
  void bracketsLeftWithOnlyFunctionWords_go() {
    assertEquals("Please enter your date of birth and your ZIP.",
        remove("Please enter your date of birth (we have 07/30/1988) and your ZIP.",
            "07/30/1988"));
    // a content word keeps the brackets
    assertEquals("Call the desk (ask for billing) today.",
        remove("Call the desk (ask for billing 617-555-0142) today.", "617-555-0142"));
  }

  @Test
  void labelStrandedAtASentenceStart_goes() {
    assertEquals("Your appointment is confirmed for 5/3.",
        remove("Name: Maria Lopez, MRN 4481902. Your appointment is confirmed for 5/3.",
            "Maria Lopez", "MRN 4481902"));
    assertEquals("Your visit is confirmed for 5/3.",
        remove("Patient: Maria Lopez - your visit is confirmed for 5/3.", "Maria Lopez"));
    assertEquals("Su cita es el 5/3.", remove("Paciente: Rosa Paredes. Su cita es el 5/3.",
        "Rosa Paredes"));
    // a label that says what the message is, not whose it is, stays
    assertEquals("Reminder, your visit is confirmed for 5/3.",
        remove("Reminder: Maria, your visit is confirmed for 5/3.", "Maria"));
  }

  @Test
  void droppedLine_keepsItsLineBreak() {
    assertEquals("Hi Ana.\n\nSee you Monday.",
        removeLabelled("Hi Ana.\nYour MRN: 00482913\nSee you Monday.", "MRN", "00482913"));
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
  void withWrittenAsWSlash_goesWithTheNameItIntroduced() {
    assertEquals("Please pick up your prescription today.",
        removeTerms("Please pick up your prescription w/ atorvastatin today.",
            Category.MEDICATION, "atorvastatin"));
  }

  @Test
  void labelAfterAPreposition_isNotTheSubject_andGoesWithItsValue() {
    assertEquals("Your claim was approved.",
        removeLabelled("Your claim for CPT 70553 was approved.", "CPT", "70553"));
    assertEquals("La factura es de marzo.",
        removeLabelled("La factura de CPT 99213 es de marzo.", "CPT", "99213"));
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

  @Test
  void removalAtTheEnd_leavesNoHangingConnectorOrSpace() {
    assertEquals("Please call us", remove("Please call us at 617-555-0142", "617-555-0142"));
    assertEquals("Please call us", remove("Please call us at 617-555-0142 ", "617-555-0142"));
  }

  @Test
  void connectors_matchWhateverTheirCase() {
    assertEquals("PLEASE CALL US TODAY.",
        remove("PLEASE CALL US AT 617-555-0142 TODAY.", "617-555-0142"));
  }

  @Test
  void nonBreakingSpace_isASpace() {
    assertEquals("Call us today.", remove("Call us at\u00a0617-555-0142 today.", "617-555-0142"));
  }

  @Test
  void emojiNextToARemoval_staysWhole() {
    assertEquals("Thanks \ud83d\ude42. See you Monday.",
        remove("Thanks \ud83d\ude42 617-555-0142. See you Monday.", "617-555-0142"));
  }

  @Test
  void ruleReplacement_startingASentence_isCapitalized() {
    String text = "Bright Smiles Dental: your visit is Monday.";
    int end = "Bright Smiles Dental".length();
    assertEquals("Our office: your visit is Monday.", Rewriter.rewrite(text,
        List.of(new Rewriter.Removal(0, 0, end, Category.ADDRESS, "our office"))));
  }

  @Test
  void headNounAfterDeterminer_becomesGeneric() {
    assertEquals("Your next appointment is Monday.",
        removeTerms("Your next infusion is Monday.", Category.PROCEDURE, "infusion"));
    assertEquals("Your prescription is ready.",
        removeTerms("Your sertraline 50mg is ready.", Category.MEDICATION, "sertraline 50mg"));
    assertEquals("Su cita es el martes.",
        removeTerms("Su quimio es el martes.", Category.PROCEDURE, "quimio"));
  }

  @Test
  void modifierOfAVisitNoun_goes() {
    assertEquals("Your follow-up is Monday.",
        removeTerms("Your cardiology follow-up is Monday.", Category.SPECIALTY, "cardiology"));
  }

  @Test
  void weakVisitNoun_goesWithTheTerm() {
    assertEquals("Your appointment is Monday.",
        removeTerms("Your asthma check is Monday.", Category.CONDITION, "asthma"));
  }

  @Test
  void objectOfAPreposition_isRemovedWithIt() {
    assertEquals("Please pick up your prescription today.",
        removeTerms("Please pick up your prescription for atorvastatin today.",
            Category.MEDICATION, "atorvastatin"));
  }

  @Test
  void coordinatedTerms_becomeOnePluralWord() {
    assertEquals("Your appointments are Monday.",
        removeTerms("Your colonoscopy and mammogram are Monday.", Category.PROCEDURE,
            "colonoscopy", "mammogram"));
  }
}
