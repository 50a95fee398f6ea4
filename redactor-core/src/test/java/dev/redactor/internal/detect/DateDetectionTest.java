package dev.redactor.internal.detect;

import static dev.redactor.internal.detect.Detect.assertFound;
import static dev.redactor.internal.detect.Detect.assertNone;
import static dev.redactor.internal.detect.Detect.one;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateDetectionTest {

  @ParameterizedTest
  @ValueSource(strings = {"03/14/1962", "3/14/62", "3-14-1962", "1962-03-14", "14.03.1962", "6/3",
      "12/31", "02/29/2024"})
  void numericDates(String date) {
    assertFound("Due " + date + " please", Category.DATE, date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"May 14", "May 14th", "May 14, 2025", "Sept. 5", "Dec 1 2024",
      "14 May", "14th of May", "14 de mayo", "14 de mayo de 2025", "mayo 14", "May 2025",
      "marzo de 2024", "March 3rd", "12-Jun-1949", "12/jun/1949", "Jun-12-1949"})
  void writtenDates(String date) {
    assertFound("Your visit: " + date + " at our office", Category.DATE, date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 de mayo", "May 3", "June 3", "July 4", "14 de mayo de 2025"})
  void fullMonthName_atTheEndOfASentence_leavesTheFullStopOut(String date) {
    assertFound("Su cita es el " + date + ". Gracias.", Category.DATE, date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"02/30/2024", "13/13/2020", "2/29/2023", "00/12", "6/31", "4/31/2024"})
  void impossibleDays_areNotDates(String date) {
    assertNone("On " + date + " we", Category.DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please arrive 10/15 min early.",
      "Take 1/2 tablet twice a day.",
      "We are open 24/7.",
      "Rated 4/5 stars by patients.",
      "Your appointment is at 3:45 pm.",
      "Meet at 10.30 in the lobby.",
      "May we help you?",
      "You may 2 choose later",
      "Our march for health starts at noon",
      "BP 120/80 is in range",
      "Room 3-Mar-2 is on the left",
      "Code A12-Dec-2025x is your coupon",
      "Students in grades 6-12 may carry an inhaler with a self-carry form."
  })
  void timesFractionsAndWords_areNotDates(String text) {
    assertNone(text, Category.DATE);
  }

  @Test
  void dateOfBirth_byContext() {
    Detection dob = one("DOB: 03/14/1962", Category.DATE);
    assertTrue(dob.has(Detection.DOB));
    assertTrue(dob.has(Detection.FULL_DATE));
    assertTrue(one("Fecha de nacimiento: 14 de mayo de 1950", Category.DATE).has(Detection.DOB));
    assertTrue(one("born May 14", Category.DATE).has(Detection.DOB));
    assertTrue(one("Héctor Ruiz, fecha de nac. 04/03/61", Category.DATE).has(Detection.DOB));
    // who the record says the recipient is: the full date there is the birth date
    assertTrue(one("We have you as Jordan Pike, 04/19/1988 - correct?", Category.DATE)
        .has(Detection.DOB));
    Detection appt = one("Your appointment is on 03/14/2026", Category.DATE);
    assertFalse(appt.has(Detection.DOB));
    // a birth plan or birth control dates no one's birth; a birth certificate may
    assertFalse(one("Your birth plan visit is on 5/2.", Category.DATE).has(Detection.DOB));
    assertFalse(one("Your birth control refill is ready on 6/1.", Category.DATE)
        .has(Detection.DOB));
    assertTrue(one("Submit her birth certificate within 30 days of 3/9.", Category.DATE)
        .has(Detection.DOB));
    // an event or a deadline between the birth's words and the date takes the date
    assertFalse(one("Please confirm your date of birth before your appointment on 8/20.",
        Category.DATE).has(Detection.DOB));
    assertFalse(one("Please confirm your date of birth by 8/20.", Category.DATE)
        .has(Detection.DOB));
    assertFalse(one("Confirme su fecha de nacimiento antes de su cita el 20 de agosto.",
        Category.DATE).has(Detection.DOB));
    assertTrue(one("Your date of birth on file is 8/20/1961.", Category.DATE)
        .has(Detection.DOB));
  }

  @Test
  void weekdays_areNotPartOfTheSpan() {
    assertFound("See you Monday, May 14 at 3pm", Category.DATE, "May 14");
  }

  @Test
  void whatThePracticeHasOnFile_inTheSentenceAskingTheBirthDate_isTheBirthDate() {
    assertTrue(one("Please check your student's date of birth on the emergency card: we have"
        + " 02/09/2012. Reply YES if it's correct.", Category.DATE).has(Detection.DOB));
    // another sentence, or a visit's date, is not
    assertFalse(one("We updated your date of birth. For the visit we have 02/09/2026 at 3 PM.",
        Category.DATE).has(Detection.DOB));
  }
}
