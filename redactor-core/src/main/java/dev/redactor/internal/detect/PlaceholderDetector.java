package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds template placeholders and classifies them by their name, so that a template is judged by
 * what will be inserted: {@code Hi {{first_name}}} holds a NAME, {@code [ApptDate]} a DATE,
 * {@code {{appointment.reason}}} a PROCEDURE, {@code {{practice_name}}} a practice name that may
 * reveal a specialty. A placeholder is never read as prose: a classified placeholder wins over
 * whatever a prose detector finds inside it.
 *
 * <p>Syntaxes: Mustache/Handlebars/Jinja/Liquid {@code {{x}}} and {@code {{{x}}}} (sections,
 * partials, comments and {@code {% tags %}} are control markup), {@code ${x}} and {@code #{x}}
 * (FreeMarker, JavaScript, EL), {@code {x}} and {@code {0}} (ICU MessageFormat, Python, .NET),
 * {@code %{x}} (Ruby i18n), {@code %s} and {@code %1$s} (printf), {@code %FIRST_NAME%},
 * {@code [NameF]}, {@code [Patient Name]} and {@code [[ProviderName]]}, {@code <<first_name>>}
 * and {@code «FirstName»} (mail merge), {@code *|FNAME|*} (Mailchimp). Nameless placeholders
 * ({@code %s}, {@code {0}}) are classified by what precedes them: a greeting makes a NAME, a title
 * such as {@code Dr.} a PROVIDER.
 *
 * <p>Each detection carries {@link Detection#PLACEHOLDER}; a placeholder that inserts nothing
 * sensitive (or is control markup) has category {@link Category#PLACEHOLDER}, a practice or
 * location name also {@link Detection#PRACTICE_NAME}.
 */
public final class PlaceholderDetector implements Detector {
  /** The longest placeholder looked for, in UTF-16 units. */
  static final int MAX_LENGTH = 200;

  private static final String KIND = "placeholder";

  /** What a placeholder inserts. */
  enum Field {
    NAME(Category.NAME, 0),
    PROVIDER(Category.PROVIDER, 0),
    PRACTICE(Category.PLACEHOLDER, Detection.PRACTICE_NAME),
    SPECIALTY(Category.SPECIALTY, 0),
    DATE(Category.DATE, 0),
    DOB(Category.DATE, Detection.DOB),
    AGE(Category.AGE, 0),
    MEDICATION(Category.MEDICATION, 0),
    PROCEDURE(Category.PROCEDURE, 0),
    CONDITION(Category.CONDITION, 0),
    RESULT(Category.RESULT, 0),
    SSN(Category.SSN, 0),
    MRN(Category.MRN, 0),
    HEALTH_PLAN_ID(Category.HEALTH_PLAN_ID, 0),
    ACCOUNT(Category.ACCOUNT, 0),
    PATIENT_PHONE(Category.PHONE, Detection.PATIENT),
    PATIENT_EMAIL(Category.EMAIL, Detection.PATIENT),
    PATIENT_ADDRESS(Category.ADDRESS, Detection.PATIENT),
    OTHER(Category.PLACEHOLDER, 0);

    final Category category;
    final int flags;

    Field(Category category, int flags) {
      this.category = category;
      this.flags = flags;
    }
  }

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    String s = analysis.original();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int end = placeholderAt(s, i, out);
      i = end > i ? end : i + 1;
    }
  }

  /**
   * Recognizes a placeholder starting at {@code i}; adds its detection and returns its end, or
   * returns {@code i} if none starts there.
   */
  private static int placeholderAt(String s, int i, List<Detection> out) {
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return brace(s, i, out);
      case '$':
      case '#':
        if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
          int close = find(s, i + 2, "}");
          if (close > 0) {
            return add(s, i, close + 1, classify(expressionNames(s, i + 2, close)), out);
          }
        }
        return i;
      case '<':
        return delimited(s, i, "<<", ">>", true, out);
      case '\u00ab':
        return delimited(s, i, "\u00ab", "\u00bb", true, out);
      case '*':
        return delimited(s, i, "*|", "|*", false, out);
      case '%':
        return percent(s, i, out);
      case '[':
        // [[ProviderName]]: a field in double brackets, as some reminder vendors write them
        int doubled = delimited(s, i, "[[", "]]", false, out);
        return doubled > i ? doubled : bracket(s, i, out);
      default:
        return i;
    }
  }

  private static int brace(String s, int i, List<Detection> out) {
    int n = s.length();
    if (i + 1 < n && s.charAt(i + 1) == '{') {
      boolean triple = i + 2 < n && s.charAt(i + 2) == '{';
      int from = i + (triple ? 3 : 2);
      int close = find(s, from, triple ? "}}}" : "}}");
      if (close < 0) {
        return i;
      }
      int end = close + (triple ? 3 : 2);
      int e = skipSpace(s, from, close);
      char sigil = e < close ? s.charAt(e) : '!';
      if (sigil == '!' || sigil == '#' || sigil == '/' || sigil == '^' || sigil == '>'
          || sigil == '~' && !identifierStart(s, e + 1, close)) {
        return markup(i, end, out); // comment, section, partial: control markup
      }
      return add(s, i, end, classify(expressionNames(s, e, close)), out);
    }
    if (i + 1 < n && (s.charAt(i + 1) == '%' || s.charAt(i + 1) == '#')) {
      int close = find(s, i + 2, s.charAt(i + 1) + "}");
      return close < 0 ? i : markup(i, close + 2, out); // {% tag %}, {# comment #}
    }
    // {name}, {0}, {0,date,short}, {name:fmt}, {count, plural, one {...} other {...}}
    int p = skipSpace(s, i + 1, n);
    int nameEnd = identifierEnd(s, p, n, true);
    if (nameEnd == p) {
      return i;
    }
    int q = skipSpace(s, nameEnd, n);
    if (q >= n) {
      return i;
    }
    char after = s.charAt(q);
    if (after == '}') {
      return add(s, i, q + 1, fieldOf(s, p, nameEnd), out);
    }
    if (after == ':' || after == '!') {
      int close = find(s, q, "}");
      return close < 0 || close - i > 60 || newlineBetween(s, q, close) ? i
          : add(s, i, close + 1, fieldOf(s, p, nameEnd), out);
    }
    if (after != ',') {
      return i;
    }
    int t = skipSpace(s, q + 1, n);
    int typeEnd = identifierEnd(s, t, n, false);
    String type = s.substring(t, typeEnd).toLowerCase(Locale.ROOT);
    int u = skipSpace(s, typeEnd, n);
    if (u >= n) {
      return i;
    }
    if (type.equals("plural") || type.equals("select") || type.equals("selectordinal")) {
      // Only the argument head is a placeholder; the cases hold prose, checked as such.
      return s.charAt(u) == ',' ? add(s, i, u + 1, fieldOf(s, p, nameEnd), out) : i;
    }
    if (typeEnd == t) {
      return i;
    }
    int close = find(s, u, "}");
    return close < 0 || close - i > 80 || newlineBetween(s, u, close) ? i
        : add(s, i, close + 1, fieldOf(s, p, nameEnd), out);
  }

  /** The field of a named or numbered argument; numbers are classified by what precedes them. */
  private static Field fieldOf(String s, int nameStart, int nameEnd) {
    List<String> words = new ArrayList<>();
    splitName(s, nameStart, nameEnd, words);
    return classify(words);
  }

  private static int delimited(String s, int i, String open, String close, boolean spaces,
      List<Detection> out) {
    if (!s.startsWith(open, i)) {
      return i;
    }
    int from = i + open.length();
    int end = find(s, from, close);
    if (end < 0 || end == from || end - from > 60 || newlineBetween(s, from, end)) {
      return i;
    }
    for (int k = from; k < end; k++) {
      char c = s.charAt(k);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-'
          || spaces && c == ' ')) {
        return i;
      }
    }
    List<String> words = new ArrayList<>();
    splitName(s, from, end, words);
    return add(s, i, end + close.length(), classify(words), out);
  }

  private static int percent(String s, int i, List<Detection> out) {
    int n = s.length();
    if (i > 0 && s.charAt(i - 1) == '%') {
      return i;
    }
    // %{first_name} (Ruby i18n)
    if (i + 1 < n && s.charAt(i + 1) == '{') {
      int close = find(s, i + 2, "}");
      int end = identifierEnd(s, i + 2, n, false);
      if (close > i + 2 && end == close) {
        List<String> words = new ArrayList<>();
        splitName(s, i + 2, close, words);
        return add(s, i, close + 1, classify(words), out);
      }
      return i;
    }
    // %FIRST_NAME%
    int nameEnd = identifierEnd(s, i + 1, n, false);
    if (nameEnd > i + 2 && nameEnd < n && s.charAt(nameEnd) == '%') {
      List<String> words = new ArrayList<>();
      splitName(s, i + 1, nameEnd, words);
      return add(s, i, nameEnd + 1, classify(words), out);
    }
    // printf: %[index$][flags][width][.precision]conversion
    int k = i + 1;
    int digits = k;
    while (digits < n && isAsciiDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits > k && digits < n && s.charAt(digits) == '$') {
      k = digits + 1;
    }
    while (k < n && "-#+ 0,(".indexOf(s.charAt(k)) >= 0 && k - i < 4) {
      k++;
    }
    while (k < n && isAsciiDigit(s.charAt(k))) {
      k++;
    }
    if (k + 1 < n && s.charAt(k) == '.' && isAsciiDigit(s.charAt(k + 1))) {
      k++;
      while (k < n && isAsciiDigit(s.charAt(k))) {
        k++;
      }
    }
    if (k >= n || "sSdf".indexOf(s.charAt(k)) < 0) {
      return i;
    }
    int end = k + 1;
    if (end < n && Character.isLetterOrDigit(s.charAt(end))) {
      return i; // "%safe", "50%Sale": a word, not a conversion
    }
    return add(s, i, end, Field.OTHER, out);
  }

  private static int bracket(String s, int i, List<Detection> out) {
    int n = s.length();
    int close = find(s, i + 1, "]");
    if (close < 0 || close == i + 1 || close - i > 42 || newlineBetween(s, i, close)) {
      return i;
    }
    if (close + 1 < n && (s.charAt(close + 1) == '(' || s.charAt(close + 1) == '[')) {
      return i; // Markdown link text or reference
    }
    boolean spaced = false;
    boolean shaped = false; // CamelCase or snake_case: written as a field name
    for (int k = i + 1; k < close; k++) {
      char c = s.charAt(k);
      if (c == ' ') {
        if (k == i + 1 || s.charAt(k - 1) == ' ' || k + 1 >= close
            || !Character.isUpperCase(s.charAt(k + 1))) {
          return i; // only Title Case Words
        }
        spaced = true;
      } else if (c == '_' || c == '.') {
        shaped = true;
      } else if (!Character.isLetterOrDigit(c)) {
        return i;
      } else if (Character.isUpperCase(c) && k > i + 1 && Character.isLowerCase(s.charAt(k - 1))) {
        shaped = true;
      }
    }
    if (!Character.isLetter(s.charAt(i + 1)) || spaced && !Character.isUpperCase(s.charAt(i + 1))) {
      return i;
    }
    List<String> words = new ArrayList<>();
    splitName(s, i + 1, close, words);
    Field f = classify(words);
    if (f == Field.OTHER && (spaced || !shaped)) {
      return i; // "[STOP]", "[Optional Note]": prose in brackets, not a field
    }
    return add(s, i, close + 1, f, out);
  }

  /** The kind of control markup: a section, comment, partial or tag, which is never sent. */
  static final String MARKUP = "template-markup";

  /**
   * Control markup ({@code {{#if diabetic}}}, {@code {{! note }}}, {@code {% if %}}): what is
   * inside decides which text goes out but is never sent itself, so nothing is read in it.
   */
  private static int markup(int start, int end, List<Detection> out) {
    if (end - start > MAX_LENGTH) {
      return start;
    }
    out.add(new Detection(start, end, Category.PLACEHOLDER, MARKUP, 0.9, Detection.PLACEHOLDER));
    return end;
  }

  private static int add(String s, int start, int end, Field field, List<Detection> out) {
    if (end - start > MAX_LENGTH) {
      return start;
    }
    Field f = inContext(s, start, field);
    double confidence = f == Field.OTHER || f == field ? 0.9 : 0.75;
    out.add(new Detection(start, end, f.category, KIND, confidence,
        Detection.PLACEHOLDER | f.flags));
    return end;
  }

  /**
   * Refines a field by what precedes the placeholder: after a title ({@code Dr. {{last_name}}})
   * a name is a provider's; after a greeting ({@code Hi %s,}) a nameless placeholder is a name.
   */
  private static Field inContext(String s, int start, Field field) {
    String before = precedingWord(s, start);
    if (field == Field.NAME || field == Field.OTHER) {
      if (TITLES.contains(before)) {
        return Field.PROVIDER;
      }
    }
    if (field == Field.OTHER && GREETINGS.contains(before)) {
      return Field.NAME;
    }
    return field;
  }

  /** The word just before {@code start} (skipping spaces and a period), lower-cased. */
  private static String precedingWord(String s, int start) {
    int e = start;
    while (e > 0 && s.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > 0 && s.charAt(e - 1) == '.') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(s.charAt(b - 1)) && e - b < 20) {
      b--;
    }
    return s.substring(b, e).toLowerCase(Locale.ROOT);
  }

  // ---- names --------------------------------------------------------------------------------

  /** The words of the identifier paths in an expression, up to its first filter ({@code |}). */
  private static List<String> expressionNames(String s, int from, int to) {
    List<String> words = new ArrayList<>();
    int k = from;
    while (k < to) {
      char c = s.charAt(k);
      if (c == '|' || c == '?' || c == '!') {
        break; // filters and built-ins format the value; they do not change what it is
      }
      if (c == '"' || c == '\'') {
        int q = s.indexOf(c, k + 1);
        k = q < 0 || q >= to ? to : q + 1; // string literals are not field names
        continue;
      }
      int e = identifierEnd(s, k, to, false);
      if (e > k) {
        splitName(s, k, e, words);
        k = e;
      } else {
        k++;
      }
    }
    return words;
  }

  /**
   * Splits a field name into lower-case words at separators, case changes and digits
   * ({@code patient.firstName} → patient, first, name; {@code ApptDate} → appt, date;
   * {@code MRNNumber} → mrn, number) and expands the usual abbreviations.
   */
  static void splitName(String s, int from, int to, List<String> words) {
    int start = -1;
    for (int k = from; k <= to; k++) {
      char c = k < to ? s.charAt(k) : ' ';
      boolean boundary = !Character.isLetter(c);
      if (!boundary && start >= 0 && k > start) {
        char prev = s.charAt(k - 1);
        boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
        boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c)
            && k + 1 < to && Character.isLowerCase(s.charAt(k + 1));
        if (lowerToUpper || acronymEnd) {
          expand(s.substring(start, k).toLowerCase(Locale.ROOT), words);
          start = k;
          continue;
        }
      }
      if (boundary) {
        if (start >= 0) {
          expand(s.substring(start, k).toLowerCase(Locale.ROOT), words);
          start = -1;
        }
      } else if (start < 0) {
        start = k;
      }
    }
  }

  private static void expand(String w, List<String> words) {
    switch (w) {
      case "fname", "firstname", "givenname" -> words.addAll(List.of("first", "name"));
      case "lname", "lastname", "surname", "familyname" -> words.addAll(List.of("last", "name"));
      case "fullname", "ptname", "patientname" -> words.addAll(List.of("patient", "name"));
      case "namef" -> words.addAll(List.of("name", "first"));
      case "namel" -> words.addAll(List.of("name", "last"));
      case "pt" -> words.add("patient");
      case "appt" -> words.add("appointment");
      case "dr", "doc" -> words.add("doctor");
      case "rx" -> words.add("prescription");
      case "dx" -> words.add("diagnosis");
      case "tx" -> words.add("treatment");
      case "dob", "birthdate", "birthday" -> words.add("dob");
      case "phonenumber" -> words.add("phone");
      default -> words.add(w);
    }
  }

  /** What a placeholder whose name has these words inserts. */
  static Field classify(List<String> words) {
    if (words.isEmpty()) {
      return Field.OTHER;
    }
    if (words.contains("dob") || words.contains("birth")) {
      return Field.DOB;
    }
    String head = words.get(words.size() - 1);
    List<String> owner = words.subList(0, words.size() - 1);
    // Spanish puts the head first: {{fecha_procedimiento}} is the procedure's date,
    // {{hora_llegada}} the arrival time
    if (words.size() > 1 && SPANISH_DATE_HEADS.contains(words.get(0))) {
      return Field.DATE;
    }
    if (DATE_WORDS.contains(head)) {
      return Field.DATE;
    }
    if (head.equals("age")) {
      return Field.AGE;
    }
    if (COUNT_WORDS.contains(head)) {
      return Field.OTHER; // {{rx_count}}: how many, not which
    }
    if (CONTACT_WORDS.contains(head)) {
      boolean patients = anyIn(owner, PATIENT_WORDS) || head.equals("mobile")
          || head.equals("cell");
      if (!patients) {
        return Field.OTHER; // the practice's own number, address or link
      }
      return switch (head) {
        case "email", "mail" -> Field.PATIENT_EMAIL;
        case "address", "street", "city", "zip", "zipcode", "postcode" -> Field.PATIENT_ADDRESS;
        case "url", "link", "website" -> Field.OTHER;
        default -> Field.PATIENT_PHONE;
      };
    }
    if (words.contains("ssn") || words.contains("social")) {
      return Field.SSN;
    }
    if (ID_WORDS.contains(head) || words.contains("mrn")) {
      if (words.contains("mrn") || anyIn(owner, Set.of("chart", "record", "patient", "medical"))) {
        return Field.MRN;
      }
      if (anyIn(owner, Set.of("member", "subscriber", "insurance", "policy", "plan", "medicaid",
          "medicare", "group"))) {
        return Field.HEALTH_PLAN_ID;
      }
      if (anyIn(owner, Set.of("account", "acct", "billing", "invoice"))) {
        return Field.ACCOUNT;
      }
    }
    if (anyIn(words, CONDITION_WORDS)) {
      return Field.CONDITION;
    }
    if (anyIn(words, RESULT_WORDS)) {
      return Field.RESULT;
    }
    if (anyIn(words, MEDICATION_WORDS)) {
      return Field.MEDICATION;
    }
    if ((head.equals("name") || head.equals("nombre")) && !owner.isEmpty()
        && LAB_WORDS.containsAll(owner)) {
      return Field.OTHER; // {{LabName}}: the lab's name, like a pharmacy's, says nothing
    }
    if (anyIn(words, PROCEDURE_WORDS)
        || anyIn(words, VISIT_WORDS) && anyIn(words, Set.of("type", "kind", "description",
            "desc", "purpose", "category", "name", "detail", "details"))) {
      return Field.PROCEDURE;
    }
    if (anyIn(words, SPECIALTY_WORDS)) {
      return Field.SPECIALTY;
    }
    if (anyIn(words, PROVIDER_WORDS)) {
      return Field.PROVIDER;
    }
    if (anyIn(words, PRACTICE_WORDS)) {
      return Field.PRACTICE;
    }
    if (ID_WORDS.contains(head)) {
      return Field.OTHER; // confirmation numbers and the like
    }
    if (anyIn(owner, ORGANIZATION_WORDS)
        || owner.contains("nombre") && ORGANIZATION_WORDS.contains(head)) {
      return Field.OTHER; // the insurer's or pharmacy's name; in Spanish {{nombre_farmacia}}
    }
    if (anyIn(words, NAME_WORDS)) {
      return Field.NAME;
    }
    return Field.OTHER;
  }

  private static boolean anyIn(List<String> words, Set<String> set) {
    for (String w : words) {
      if (set.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DATE_WORDS = Set.of("date", "time", "datetime", "day", "when",
      "timestamp", "hour", "weekday", "month", "year", "start", "starts", "end", "slot", "fecha",
      "hora", "dia");
  private static final Set<String> SPANISH_DATE_HEADS = Set.of("fecha", "hora", "dia");
  private static final Set<String> COUNT_WORDS = Set.of("count", "qty", "quantity", "cantidad",
      "total");
  private static final Set<String> CONTACT_WORDS = Set.of("phone", "tel", "telephone", "mobile",
      "cell", "fax", "email", "mail", "address", "street", "city", "zip", "zipcode", "postcode",
      "url", "link", "website", "telefono", "correo", "direccion");
  private static final Set<String> PATIENT_WORDS = Set.of("patient", "member", "recipient",
      "customer", "client", "your", "user", "guardian", "parent", "child", "home", "personal",
      "person", "subscriber", "paciente");
  private static final Set<String> ID_WORDS = Set.of("id", "number", "no", "num", "nbr", "code",
      "identifier");
  private static final Set<String> CONDITION_WORDS = Set.of("diagnosis", "diagnoses", "condition",
      "conditions", "problem", "problems", "disease", "illness", "icd", "complaint", "disorder",
      "diagnostico", "condicion");
  private static final Set<String> RESULT_WORDS = Set.of("result", "results", "finding",
      "findings", "value", "values", "score", "reading", "readings", "level", "levels",
      "resultado", "resultados");
  private static final Set<String> MEDICATION_WORDS = Set.of("medication", "medications", "med",
      "meds", "drug", "drugs", "prescription", "prescriptions", "dose", "dosage", "refill",
      "refills", "medicine", "medicines", "pill", "pills", "medicamento", "receta");
  private static final Set<String> PROCEDURE_WORDS = Set.of("procedure", "procedures", "reason",
      "service", "services", "test", "tests", "exam", "exams", "treatment", "treatments",
      "therapy", "vaccine", "vaccines", "vaccination", "immunization", "immunizations", "imaging",
      "surgery", "screening", "cpt", "lab", "labs", "program", "procedimiento", "motivo", "prueba", "examen");
  private static final Set<String> LAB_WORDS = Set.of("lab", "labs", "laboratory",
      "laboratorio");
  private static final Set<String> VISIT_WORDS = Set.of("appointment", "visit", "encounter",
      "session", "consult", "consultation", "cita");
  private static final Set<String> SPECIALTY_WORDS = Set.of("specialty", "speciality",
      "department", "dept", "division", "especialidad");
  private static final Set<String> PROVIDER_WORDS = Set.of("provider", "providers", "doctor",
      "physician", "clinician", "practitioner", "prescriber", "dentist", "hygienist",
      "therapist", "counselor", "nurse", "np", "surgeon", "md", "medico",
      // {{nombre_proveedor}}, {{nombre_doctora}}
      "proveedor", "proveedora", "doctora", "medica", "profesional", "enfermera", "enfermero",
      // the staff member who writes or calls: {{staff_first_name}}, {{agent_name}}
      "staff", "agent", "rep", "representative", "coordinator", "scheduler", "navigator",
      "caller", "employee",
      // who drives or collects: {{driver_first_name}}, {{phlebotomist_name}}
      "driver", "chofer", "conductor", "phlebotomist", "technician", "tech", "caregiver",
      "cuidadora", "cuidador", "aide");
  private static final Set<String> PRACTICE_WORDS = Set.of("practice", "clinic", "office",
      "location", "facility", "site", "hospital", "center", "centre", "organization", "org",
      "company", "business", "brand", "sender", "clinica", "consultorio", "agency", "residence",
      "supplier", "portal", "app", "platform", "system",
      // where to go: {{garage_name}}, {{building_name}}, {{entrance_name}}
      "garage", "parking", "building", "entrance", "campus", "floor", "wing", "tower", "lot",
      // {{NombreUbicacion}}, {{nombre_sucursal}}
      "ubicacion", "sucursal", "oficina", "sede", "lugar", "centro", "branch",
      // a laboratory's patient service center: {{psc_name}}
      "psc");
  private static final Set<String> NAME_WORDS = Set.of("name", "names", "first", "last", "given",
      "family", "middle", "full", "nickname", "preferred", "patient", "recipient", "guardian",
      "parent", "child", "son", "daughter", "spouse", "customer", "client", "person", "member",
      "nombre", "paciente", "apellido");
  private static final Set<String> ORGANIZATION_WORDS = Set.of("insurance", "insurer", "payer",
      "carrier", "plan", "pharmacy", "vendor", "store", "employer", "school",
      // {{nombre_farmacia}}, {{nombre_aseguradora}}, {{nombre_escuela}}
      "farmacia", "aseguradora", "tienda", "escuela", "empleador",
      // what a campaign or an event is called: {{event_name}}, {{campaign_name}}
      "event", "campaign", "program", "course", "class", "product", "company", "team", "fund",
      "brand", "app", "site", "evento", "programa", "campana", "curso", "clase", "empresa",
      // things with names: {{ModelName}}, {{pet_name}}, {{book_title}}
      "model", "vehicle", "item", "book", "title", "pet", "dealer", "dealership", "modelo",
      "vehiculo", "producto", "mascota", "articulo");
  private static final Set<String> TITLES = Set.of("dr", "doctor", "dra", "np", "pa", "rn");
  private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "dear", "hola",
      "estimado", "estimada", "querido", "querida", "morning", "afternoon", "evening", "thanks",
      "congratulations");

  // ---- scanning -----------------------------------------------------------------------------

  /** Index of {@code close} at or after {@code from} within {@link #MAX_LENGTH}, or -1. */
  private static int find(String s, int from, String close) {
    int last = Math.min(s.length(), from + MAX_LENGTH) - close.length();
    for (int k = from; k <= last; k++) {
      if (s.startsWith(close, k)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean newlineBetween(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private static int skipSpace(String s, int from, int to) {
    int k = from;
    while (k < to && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  private static boolean identifierStart(String s, int k, int to) {
    return k < to && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '_');
  }

  /**
   * End of an identifier path ({@code patient.first_name}, {@code Appt-Date}) at {@code from}, or
   * {@code from} if none; with {@code digits}, a bare argument number ({@code 0}) counts too.
   */
  private static int identifierEnd(String s, int from, int to, boolean digits) {
    int k = from;
    if (digits && k < to && isAsciiDigit(s.charAt(k))) {
      while (k < to && isAsciiDigit(s.charAt(k))) {
        k++;
      }
      return k;
    }
    if (!identifierStart(s, k, to)) {
      return from;
    }
    while (k < to) {
      char c = s.charAt(k);
      if (Character.isLetterOrDigit(c) || c == '_') {
        k++;
      } else if ((c == '.' || c == '-') && identifierStart(s, k + 1, to)) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
