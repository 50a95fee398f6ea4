package dev.redactor.internal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Limits;
import dev.redactor.internal.analysis.Analysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholderDetectionTest {

  /** The placeholders found in {@code text}: "category:text" for each. */
  private static List<String> placeholders(String text) {
    List<String> out = new ArrayList<>();
    for (Detection d : Detect.all(text)) {
      if (d.has(Detection.PLACEHOLDER)) {
        out.add(d.category + ":" + text.substring(d.start, d.end));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        // every syntax, with the field its name says
        "Hi {{first_name}}, see you soon. => NAME:{{first_name}}",
        "Park in {{garage_name}} and check in. => PLACEHOLDER:{{garage_name}}",
        "Su cita es con {{nombre_proveedor}}. => PROVIDER:{{nombre_proveedor}}",
        "Hi {{ patient.first_name | capitalize }}! => NAME:{{ patient.first_name | capitalize }}",
        "Hi {{{patientName}}}! => NAME:{{{patientName}}}",
        "Hi ${patient.firstName?cap_first}, welcome. => NAME:${patient.firstName?cap_first}",
        "Hi #{recipient.name}, welcome. => NAME:#{recipient.name}",
        "Hi {name}, welcome. => NAME:{name}",
        "Hi <<first_name>>, welcome. => NAME:<<first_name>>",
        "Hi \u00abFirstName\u00bb, welcome. => NAME:\u00abFirstName\u00bb",
        "Hi *|FNAME|*, welcome. => NAME:*|FNAME|*",
        "Hi %FIRST_NAME%, welcome. => NAME:%FIRST_NAME%",
        "Hi %{first_name}, welcome. => NAME:%{first_name}",
        "Hi [NameF], welcome. => NAME:[NameF]",
        "Hi [Patient Name], welcome. => NAME:[Patient Name]",
        "Hi [FNAME], welcome. => NAME:[FNAME]",
        "Your visit with [[ProviderName]] is soon. => PROVIDER:[[ProviderName]]",
        // nameless placeholders take their field from what precedes them
        "Hello %s, your visit is soon. => NAME:%s",
        "Dear {0}, your visit is soon. => NAME:{0}",
        "Your visit with Dr. %s is soon. => PROVIDER:%s",
        "Your balance is %1$s. => PLACEHOLDER:%1$s",
        // a name after a title belongs to a provider
        "Your visit with Dr. {{last_name}} is soon. => PROVIDER:{{last_name}}",
        "Your visit with {{provider.display_name}}. => PROVIDER:{{provider.display_name}}",
        "Your driver {{driver_first_name}} will text. => PROVIDER:{{driver_first_name}}",
        // dates, dates of birth, ages
        "Your visit is [ApptDate] at [ApptTime]. => DATE:[ApptDate];DATE:[ApptTime]",
        "Confirm your birth date {{patient.dob}}. => DATE:{{patient.dob}}",
        "You turn {{age}} this year. => AGE:{{age}}",
        // clinical fields
        "Your {{appointment.reason}} is Monday. => PROCEDURE:{{appointment.reason}}",
        "Your [ProcedureDescription] is Monday. => PROCEDURE:[ProcedureDescription]",
        "Your {{visit_type}} is Monday. => PROCEDURE:{{visit_type}}",
        "Your {{med_name}} refill is ready. => MEDICATION:{{med_name}}",
        "About your {{dx}}: please call. => CONDITION:{{dx}}",
        "Your result: ${labResult}. => RESULT:${labResult}",
        "Your {{department}} visit is Monday. => SPECIALTY:{{department}}",
        // identifiers and contact details: the patient's, or the practice's own
        "Your MRN is {{patient.mrn}}. => MRN:{{patient.mrn}}",
        "Member ID {{member_id}} is on file. => HEALTH_PLAN_ID:{{member_id}}",
        "We have your cell as {{mobile}}. => PHONE:{{mobile}}",
        "Call us at {{clinic_phone}}. => PLACEHOLDER:{{clinic_phone}}",
        "Your code is {{confirmation_code}}. => PLACEHOLDER:{{confirmation_code}}",
        "Your plan {{insurance_name}} is on file. => PLACEHOLDER:{{insurance_name}}",
        "Thanks for attending {{event_name}}! => PLACEHOLDER:{{event_name}}",
        // how many, where, and things that have names: none is the patient's
        "You have {{rx_count}} prescription(s) ready. => PLACEHOLDER:{{rx_count}}",
        "Su cita es en [NombreUbicacion]. => PLACEHOLDER:[NombreUbicacion]",
        "Certain [ModelName] vehicles are recalled. => PLACEHOLDER:[ModelName]",
        // a practice or location name is flagged for review, not removed
        "Thanks for choosing {{practice_name}}. => PLACEHOLDER:{{practice_name}}",
        "{{nombre_farmacia}}: Su envío llega mañana. => PLACEHOLDER:{{nombre_farmacia}}",
        // control markup
        "{{#if late}}Please call.{{/if}} => PLACEHOLDER:{{#if late}};PLACEHOLDER:{{/if}}",
        "{% if late %}Please call.{% endif %} => PLACEHOLDER:{% if late %};PLACEHOLDER:{% endif %}",
        "{{! note for staff }}See you soon. => PLACEHOLDER:{{! note for staff }}",
      })
  void recognizesAndClassifies(String text, String expected) {
    assertEquals(List.of(expected.split(";")), placeholders(text.strip()));
  }

  @Test
  void icuMessageFormatArgumentsAndPluralCases() {
    String t = "Hi {name}, you have {count, plural, one {# message} other {# messages}} since"
        + " {0,date,short}.";
    assertEquals(
        List.of("NAME:{name}", "PLACEHOLDER:{count, plural,", "PLACEHOLDER:{0,date,short}"),
        placeholders(t));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Reply [STOP] to opt out.",
        "See our [Patient Guide](https://example.org/guide) online.",
        "Save 20% on whitening, 30% on cleanings.",
        "That is 100%safe and {not closed",
        "Use the code in brackets [sic] as given.",
        "We are open 9-5 {weekdays only, holidays excepted}.",
        "An unclosed {{first_name greeting.",
      })
  void proseIsNotAPlaceholder(String text) {
    assertEquals(List.of(), placeholders(text));
  }

  @Test
  void aClassifiedPlaceholderIsNeverReadAsProse() {
    // Without the placeholder rule, the words inside would be judged as prose.
    String t = "Your [ChemoInfusionName] is on {{appt_date}}.";
    List<Detection> all = Detect.all(t);
    for (Detection d : all) {
      assertTrue(d.has(Detection.PLACEHOLDER), () -> "prose detection inside a placeholder: " + d);
    }
  }

  @Test
  void anUnclassifiedPlaceholderGivesWayToWhatIsInsideIt() {
    // "{Maria}" is not a field name: the name inside it must still be found.
    String t = "Hi {Maria}, your visit is Monday.";
    assertTrue(Detect.found(t, Category.NAME).stream().anyMatch(s -> s.contains("Maria")),
        () -> "name lost inside braces: " + Detect.all(t));
  }

  @Test
  void controlMarkupIsNeverReadAsProse() {
    // a section's condition decides which text goes out but is not sent: "diabetic" inside it
    // is no diagnosis of the recipient; what is outside the markup is still read
    String t = "Your visit is Monday.{{#if diabetic}} Bring your logbook.{{/if}}"
        + "{{! HIV clinic copy }}{% if hiv %}Room 4{% endif %}";
    dev.redactor.Verdict v = dev.redactor.Redactor.standard().check(t);
    assertEquals(dev.redactor.Decision.ALLOW, v.decision(), v::explanation);
    for (dev.redactor.Finding f : v.findings()) {
      assertEquals(Category.PLACEHOLDER, f.category(), () -> "read inside markup: " + f);
    }
    assertEquals(List.of("617-555-0142"),
        Detect.found("Call 617-555-0142.{{#if late}}Call us.{{/if}}", Category.PHONE));
  }

  @Test
  void longAndUnclosedDelimitersStayLinear() {
    // 200k opening braces, none closed: each is looked at within a bounded window.
    String t = "{{".repeat(100_000) + "${".repeat(50_000) + "[x".repeat(50_000);
    List<Detection> out = new ArrayList<>();
    new PlaceholderDetector().detect(Analysis.of(t, Limits.builder().maxMessageLength(t.length())
        .build()), out);
    assertEquals(List.of(), out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "patient.firstName, NAME",
    "MRNNumber, MRN",
    "NameL, NAME",
    "appt_time, DATE",
    "result_date, DATE",
    "test_result, RESULT",
    "provider_name, PROVIDER",
    "location_name, PRACTICE",
    "patient_email, PATIENT_EMAIL",
    "office_email, OTHER",
    "ssn_last4, SSN",
    "account_number, ACCOUNT",
    "amount_due, OTHER",
    "LabName, OTHER",
    "lab_test_name, PROCEDURE",
    "lab_order, PROCEDURE",
    "agencyName, PRACTICE",
    "supplier_name, PRACTICE",
    "staff_first_name, PROVIDER",
    "agentFirstName, PROVIDER",
    "portal_name, PRACTICE",
    "first_name, NAME",
    // Spanish names put the head first: the procedure's date, not the procedure
    "fecha_procedimiento, DATE",
    "hora_llegada, DATE",
    "procedimiento, PROCEDURE",
  })
  void fieldNames(String name, PlaceholderDetector.Field expected) {
    List<String> words = new ArrayList<>();
    PlaceholderDetector.splitName(name, 0, name.length(), words);
    assertEquals(expected, PlaceholderDetector.classify(words), () -> name + " -> " + words);
  }

  @Test
  void aTermFoundInAFieldsName_takesTheWholeFieldWithItsBraces() {
    String text = "Reminder: {ApptDate}. {PrepInstructions} Reply Y to confirm.";
    for (Detection d : Detect.all(text)) {
      if (d.start <= text.indexOf("Prep") && text.indexOf("Prep") < d.end) {
        assertEquals("{PrepInstructions}", text.substring(d.start, d.end));
        return;
      }
    }
    throw new AssertionError("nothing found in the prep field");
  }
}
