package dev.redactor.internal.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.redactor.Limits;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Analysis#sentenceStarts()} skips the sentence iterator, or uses the unfiltered one, when
 * the text cannot need it; the boundaries must still be exactly those of ICU's English sentence
 * iterator with the abbreviation filter ("Mr.", "e.g.") and the titles it lacks ("Dr.").
 */
class SentenceProperties {

  private static final String[] PIECES = {
    "Hi", "Maria", "see", "you", "Monday", "Dr.", "Dr", "Mr.", "e.g.", "p.m.", "3", "10:30",
    " ", " ", " ", "  ", ".", "!", "?", "...", "!?", "\"", "'", ")", "(", "]", ",", ";", "\n",
    "\n\n", "\r\n", "\t", "é", "ñ", "。", "¿", "¡", "\u2024", "\uFF0E", "\u2029", "\u0085",
    "Call", "us", "at", "617-555-0142", "OK", "A", "b"
  };

  @Provide
  Arbitrary<String> texts() {
    return Pieces.joined(PIECES, 14);
  }

  @Property(tries = 10000)
  boolean sentenceStarts_areThoseOfTheFilteredIcuIterator(@ForAll("texts") String text) {
    Statistics.label("sentences").collect(Math.min(icu(text).size(), 3));
    int[] got = Analysis.of(text, Limits.defaults()).sentenceStarts();
    List<Integer> want = icu(text);
    if (got.length != want.size()) {
      return false;
    }
    for (int i = 0; i < got.length; i++) {
      if (got[i] != want.get(i)) {
        return false;
      }
    }
    return true;
  }

  @Example
  void aTitleBeforeANameEndsNoSentence() {
    org.junit.jupiter.api.Assertions.assertEquals("[0]", java.util.Arrays.toString(
        Analysis.of("See Dr. Patel today.", Limits.defaults()).sentenceStarts()));
    org.junit.jupiter.api.Assertions.assertEquals("[0, 26]", java.util.Arrays.toString(
        Analysis.of("Llame a la Dra. Ruiz hoy. Gracias.", Limits.defaults()).sentenceStarts()));
  }

  @Example
  void abbreviationsDoNotEndSentences_andBreaksBeforeTheClosingRunAreKept() {
    for (String text : new String[] {
        "See Dr. Patel today.", "Hi. See you Monday!", "Hi\n\nBye", "One sentence, no end",
        "Done?! ", "Wait... ok then.", "Llame al consultorio. Gracias.", "Why? Because.",
        "Dr. \"", "Hi. \"", "Hi.\" ", "Call (me). ", "Ok \"yes\".", "Hi! ?", "Dr. (",
        "See you.\n"}) {
      int[] got = Analysis.of(text, Limits.defaults()).sentenceStarts();
      List<Integer> want = icu(text);
      org.junit.jupiter.api.Assertions.assertEquals(want.toString(),
          java.util.Arrays.toString(got), text);
    }
  }

  private static List<Integer> icu(String text) {
    FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
    Analysis.TITLES.forEach(filter::suppressBreakAfter);
    BreakIterator it = filter.wrapIteratorWithFilter(
        BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
      out.add(b);
    }
    if (out.isEmpty()) {
      out.add(0);
    }
    return out;
  }
}
