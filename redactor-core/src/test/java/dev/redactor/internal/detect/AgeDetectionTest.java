package dev.redactor.internal.detect;

import static dev.redactor.internal.detect.Detect.assertFound;
import static dev.redactor.internal.detect.Detect.assertNone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redactor.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeDetectionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "your 92-year-old father|92",
        "she is 95 years old|95",
        "patient, 93 yo|93",
        "a 91 y/o female|91",
        "age 90|90",
        "aged 104|104",
        "turning 90 next week|90",
        "Happy 91st birthday!|91st",
        "tiene 92 años|92",
        "edad: 96|96",
        "cumple 90 años|90",
        "Your mother Edna (96) had a fall today.|96",
        "Sr. Ortega (91) llegó bien a su casa.|91",
        "Family update: Mr. Pilcher, 93, is out of surgery.|93",
        "Your grandmother Edith, 96, was admitted overnight.|96",
        "Since the patient is 94, we reserved a wheelchair.|94",
        "Because Mrs. Haldane is 93 and signed the form|93",
        "my mother is 92 now|92",
        "Because you are 94, our team gives you an extra call.|94",
        "We see you're 92, so we reserved a seat by the door.|92",
        "Our records show you'll be 92 on your next birthday.|92",
        "Mrs. Farris, at 93 you're due for your pneumonia shot.|93",
        "Our records list your age as 93.|93",
        "Transportation is booked for your grandmother (93) on Tuesday.|93",
        "Doña Carmen, ¡feliz cumpleaños 93!|93",
        "Opal! Happy belated 93rd :) Just confirming your visit Friday.|93rd"
      })
  void agesOver89(String text, String age) {
    assertFound(text, Category.AGE, age);
  }

  @ParameterizedTest
  @ValueSource(strings = {"your 89-year-old mother", "age 45", "Happy 50th birthday", "Room 92",
      "Take 90 tablets", "90 minutes before", "Call 92 times", "$95 copay", "page 120 of 300",
      "a 1990 model", "95 mg daily", "Please go to Room (101) for check-in",
      "see page (92) of the guide", "Edna (42) had a fall",
      "Pilcher, 93, is on the list", "Suite 4 West, 95, opens Monday",
      "¡95 años cuidando a nuestra comunidad!", "Celebramos 100 años de servicio.",
      "the patient is 95% better", "he is 90 minutes away", "Mrs. Lee is 10 minutes late",
      "Suite B is 94 steps down the hall", "You are 90 days past due.", "You are 100% covered.",
      "you are 95 on the waitlist", "You are 92 of 120 in line",
      "Arrive at 930 you can park in Lot B.", "Check in at 100 Main St.",
      "The total will be 92 dollars.", "Please go to Room (92) for check-in.",
      "Happy 100th day of school from the nurse's office!"})
  void notAnAgeOver89(String text) {
    assertNone(text, Category.AGE);
  }

  @Test
  void removal_coversTheAgeExpression() {
    String text = "Your 92-year-old father is well";
    Detection d = Detect.one(text, Category.AGE);
    assertEquals("92-year-old", text.substring(d.removalStart(), d.removalEnd));
    String label = "Patient aged 94 arrives";
    Detection l = Detect.one(label, Category.AGE);
    assertEquals("aged 94", label.substring(l.removalStart(), l.removalEnd));
    String spanish = "Su mamá tiene 92 años de edad.";
    Detection e = Detect.one(spanish, Category.AGE);
    assertEquals("92 años de edad", spanish.substring(e.removalStart(), e.removalEnd));
  }
}
