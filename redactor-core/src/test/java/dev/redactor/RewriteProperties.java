package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Properties of REWRITE over generated messages: a purpose frame (reminder, visit, recall,
 * pickup; Spanish reminder and pickup) with optional fragments — a greeting with the patient's
 * name, a provider, a procedure or specialty word (sometimes hidden with a zero-width space), a
 * specialty-revealing practice name, a medication, a date and time — in normal or SMS lower case.
 *
 * <p>The generator knows which words it put in and which of them are sensitive (names, procedures,
 * specialties, practice names, medications — DESIGN.md, "REWRITE"), so the properties compare the
 * verdict with what was inserted rather than with anything the engine says about itself:
 *
 * <ul>
 *   <li>a message with a sensitive fragment is never ALLOW (the false-ALLOW property), and is
 *       REWRITE, since the purpose survives without the fragment;
 *   <li>a message without one is ALLOW (provider, date and time are permitted);
 *   <li>a rewrite checks as ALLOW, contains none of the sensitive words, keeps the text outside
 *       the findings (template chunks, provider, date) in order, and reads cleanly (no double
 *       spaces, no space before a comma or period, no preposition left hanging before
 *       punctuation).
 * </ul>
 *
 * <p>All names and practice names are invented.
 */
class RewriteProperties {

  private static final Redactor REDACTOR = Redactor.standard();

  // --- the generator's vocabulary -------------------------------------------------------------

  /**
   * One piece of a composed message: its text, the words that must not survive a rewrite, and
   * whether the piece must survive it ({@code kept}: template text, provider, date).
   */
  record Part(String text, List<String> sensitive, boolean kept) {
    /** Template text. */
    static Part literal(String text) {
      return new Part(text, List.of(), true);
    }

    /** A permitted fragment: provider, date, time. */
    static Part allowed(String text) {
      return new Part(text, List.of(), true);
    }

    static Part sensitive(String text, String... words) {
      return new Part(text, List.of(words), false);
    }

    static final Part NONE = new Part("", List.of(), false);
  }

  /** A name addressed without a greeting word. */
  static final Part VOCATIVE = Part.sensitive("Liam, ", "Liam");

  static final List<Part> GREETINGS = List.of(
      Part.sensitive("Hi Maria, ", "Maria"),
      Part.sensitive("Hi José, ", "José"),
      Part.sensitive("Hi Priya, ", "Priya"),
      Part.sensitive("Dear Mr. Okafor, ", "Okafor"),
      Part.sensitive("Dear Mrs. Delgado, ", "Delgado"),
      VOCATIVE);

  static final List<Part> PROVIDERS = List.of(
      Part.allowed(" with Dr. Patel"),
      Part.allowed(" with Dr Sanchez"),
      Part.allowed(" with NP Rivera"),
      Part.allowed(" with Dr. Lee"));

  /** Procedure and specialty words used as a visit label ("your mammogram appointment"). */
  static final List<String[]> VISIT_TERMS = List.of(
      new String[] {"mammogram", "mammogram"},
      new String[] {"colonoscopy", "colonoscopy"},
      new String[] {"crown prep", "crown", "prep"},
      new String[] {"chemo", "chemo"},
      new String[] {"infusion", "infusion"},
      new String[] {"root canal", "root canal"},
      new String[] {"dialysis", "dialysis"},
      new String[] {"MRI", "MRI"},
      new String[] {"ultrasound", "ultrasound"},
      new String[] {"cardiology", "cardiology"},
      new String[] {"dermatology", "dermatology"},
      new String[] {"oncology", "oncology"},
      new String[] {"dental", "dental"});

  static final List<Part> PRACTICES = List.of(
      Part.sensitive(" at Summit Cancer Center", "Summit", "Cancer"),
      Part.sensitive(" at Harbor Behavioral Health", "Harbor", "Behavioral"),
      Part.sensitive(" at Bright Smiles Dental", "Bright Smiles", "Dental"));

  static final List<String[]> MEDICATIONS = List.of(
      new String[] {"sertraline", "sertraline"},
      new String[] {"atorvastatin", "atorvastatin"},
      new String[] {"metformin", "metformin"},
      new String[] {"insulin", "insulin"},
      new String[] {"Truvada", "Truvada"},
      new String[] {"birth control", "birth control"});

  static final List<Part> WHEN = List.of(
      Part.allowed("on Monday at 3pm"),
      Part.allowed("tomorrow at 9am"),
      Part.allowed("on May 6 at 10:30am"),
      Part.allowed("on 6/3 at 2pm"));

  static final List<Part> PICKUP_WHEN = List.of(
      Part.NONE, Part.allowed(" today"), Part.allowed(" after 2pm"));

  static final List<Part> GREETINGS_ES = List.of(
      Part.sensitive("Hola María, ", "María"),
      Part.sensitive("Hola Mateo, ", "Mateo"),
      Part.sensitive("Estimada Sra. López, ", "López"));

  static final List<Part> PROVIDERS_ES = List.of(
      Part.allowed(" con la Dra. Gómez"),
      Part.allowed(" con el Dr. Ramírez"));

  static final List<Part> VISIT_TERMS_ES = List.of(
      Part.sensitive(" de mamografía", "mamografía"),
      Part.sensitive(" de quimioterapia", "quimioterapia"),
      Part.sensitive(" de quim\u200Bioterapia", "quim\u200Bioterapia", "quimioterapia"),
      Part.sensitive(" de colonoscopia", "colonoscopia"),
      Part.sensitive(" de cardiología", "cardiología"),
      Part.sensitive(" de dermatología", "dermatología"),
      Part.sensitive(" de ultrasonido", "ultrasonido"),
      Part.sensitive(" de prueba de embarazo", "embarazo"),
      Part.sensitive(" de limpieza dental", "limpieza", "dental"));

  static final List<Part> PRACTICES_ES = List.of(
      Part.sensitive(" en Centro Oncológico Cumbre", "Oncológico", "Cumbre"),
      Part.sensitive(" en Clínica Dental Sonrisa Brillante", "Dental", "Sonrisa Brillante"),
      Part.sensitive(" en Centro de Salud Mental Bahía", "Salud Mental", "Bahía"));

  static final List<Part> MEDICATIONS_ES = List.of(
      Part.sensitive(" de sertralina", "sertralina"),
      Part.sensitive(" de metformina", "metformina"),
      Part.sensitive(" de insulina", "insulina"),
      Part.sensitive(" de atorvastatina", "atorvastatina"));

  static final List<Part> WHEN_ES = List.of(
      Part.allowed("el lunes a las 3pm"),
      Part.allowed("mañana a las 9am"),
      Part.allowed("el 6 de mayo a las 10:30am"));

  static final List<Part> PICKUP_WHEN_ES = List.of(Part.NONE, Part.allowed(" hoy"));

  /** A generated message and what the generator knows about it. */
  record Composed(String frame, Purpose purpose, List<Part> parts, boolean lowerCase) {

    String text() {
      StringBuilder sb = new StringBuilder();
      for (Part p : parts) {
        sb.append(p.text());
      }
      String s = sb.toString();
      if (lowerCase) {
        return s.toLowerCase(Locale.ROOT);
      }
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    List<String> sensitiveWords() {
      List<String> out = new ArrayList<>();
      for (Part p : parts) {
        out.addAll(p.sensitive());
      }
      return out;
    }

    boolean hasSensitive() {
      return !sensitiveWords().isEmpty();
    }

    /**
     * The template text, provider and date that lie outside every finding of {@code v}, trimmed,
     * in order: what a rewrite must keep.
     */
    List<String> keptChunks(Verdict v) {
      List<String> out = new ArrayList<>();
      int at = 0;
      for (Part p : parts) {
        String t = p.text().strip();
        int start = at + p.text().indexOf(t);
        int end = start + t.length();
        at += p.text().length();
        if (!p.kept() || t.isEmpty()) {
          continue;
        }
        boolean outside = true;
        for (Finding f : v.findings()) {
          outside &= f.end() <= start || f.start() >= end;
        }
        if (outside) {
          out.add(t);
        }
      }
      return out;
    }

    Message message() {
      return Message.of(text(), purpose, Channel.SMS);
    }

    @Override
    public String toString() {
      return frame + (lowerCase ? " (lower case)" : "") + ": " + text(); // synthetic text
    }
  }

  // --- generators -----------------------------------------------------------------------------

  private static <T> Arbitrary<T> optional(List<T> values, T none) {
    return Arbitraries.oneOf(Arbitraries.just(none), Arbitraries.of(values));
  }

  /** A procedure/specialty label, sometimes disguised with a zero-width space inside the word. */
  private static Arbitrary<Part> visitTerm() {
    return Combinators.combine(Arbitraries.of(VISIT_TERMS), Arbitraries.integers().between(0, 3))
        .as((t, disguise) -> visitTerm(t, disguise == 0));
  }

  static Part visitTerm(String[] t, boolean disguise) {
    String term = t[0];
    if (disguise && term.length() > 3 && term.indexOf(' ') < 0) {
      String hidden = term.substring(0, 2) + "\u200B" + term.substring(2);
      return Part.sensitive(hidden + " ", hidden, term);
    }
    return Part.sensitive(term + " ", List.of(t).subList(1, t.length).toArray(new String[0]));
  }

  private static Arbitrary<Part> medication() {
    return Arbitraries.of(MEDICATIONS).map(RewriteProperties::medication);
  }

  static Part medication(String[] m) {
    return Part.sensitive(" for " + m[0], List.of(m).subList(1, m.length).toArray(new String[0]));
  }

  private static Arbitrary<Part> greeting() {
    return optional(GREETINGS, Part.NONE);
  }

  private static Arbitrary<Boolean> lowerCase() {
    return Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
  }

  static Composed reminder(Part g, Part t, Part p, Part l, Part d, boolean lc) {
    return new Composed("reminder", Purpose.REMINDER, List.of(
        g, Part.literal("your "), t, Part.literal("appointment"), p, l, Part.literal(" is "),
        d, Part.literal(". Reply YES to confirm.")), lc);
  }

  static Composed visit(Part g, Part t, Part p, Part l, Part d, boolean lc) {
    return new Composed("visit", Purpose.CONFIRMATION, List.of(
        g, Part.literal("we will see you for your "), t, Part.literal("visit"), p, l,
        Part.literal(" "), d, Part.literal(".")), lc);
  }

  static Composed recall(Part g, Part t, Part p, boolean lc) {
    return new Composed("recall", Purpose.RECALL, List.of(
        g, Part.literal("it's time to schedule your "), t, Part.literal("follow-up"), p,
        Part.literal(". Call us to book. Reply STOP to opt out.")), lc);
  }

  static Composed pickup(Part g, Part m, Part d, boolean lc) {
    return new Composed("pickup", Purpose.PICKUP, List.of(
        g, Part.literal("your prescription"), m, Part.literal(" is ready for pickup"), d,
        Part.literal(". Questions? Call us.")), lc);
  }

  static Composed recordatorio(Part g, Part t, Part p, Part l, Part d, boolean lc) {
    return new Composed("recordatorio", Purpose.REMINDER, List.of(
        g, Part.literal("su cita"), t, p, l, Part.literal(" es "), d,
        Part.literal(". Responda SI para confirmar.")), lc);
  }

  static Composed receta(Part g, Part m, Part d, boolean lc) {
    return new Composed("receta", Purpose.PICKUP, List.of(
        g, Part.literal("su receta"), m, Part.literal(" está lista para recoger"), d,
        Part.literal(". ¿Preguntas? Llámenos.")), lc);
  }

  private static Arbitrary<Composed> recordatorio() {
    return Combinators.combine(optional(GREETINGS_ES, Part.NONE),
        optional(VISIT_TERMS_ES, Part.NONE), optional(PROVIDERS_ES, Part.NONE),
        optional(PRACTICES_ES, Part.NONE), Arbitraries.of(WHEN_ES), lowerCase())
        .as(RewriteProperties::recordatorio);
  }

  private static Arbitrary<Composed> receta() {
    return Combinators.combine(optional(GREETINGS_ES, Part.NONE),
        optional(MEDICATIONS_ES, Part.NONE), Arbitraries.of(PICKUP_WHEN_ES), lowerCase())
        .as(RewriteProperties::receta);
  }

  private static Arbitrary<Composed> reminder() {
    return Combinators.combine(greeting(),
        Arbitraries.oneOf(Arbitraries.just(Part.NONE), visitTerm()),
        optional(PROVIDERS, Part.NONE), optional(PRACTICES, Part.NONE), Arbitraries.of(WHEN),
        lowerCase())
        .as(RewriteProperties::reminder);
  }

  private static Arbitrary<Composed> visit() {
    return Combinators.combine(greeting(),
        Arbitraries.oneOf(Arbitraries.just(Part.NONE), visitTerm()),
        optional(PROVIDERS, Part.NONE), optional(PRACTICES, Part.NONE), Arbitraries.of(WHEN),
        lowerCase())
        .as(RewriteProperties::visit);
  }

  private static Arbitrary<Composed> recall() {
    return Combinators.combine(greeting(),
        Arbitraries.oneOf(Arbitraries.just(Part.NONE), visitTerm()),
        optional(PROVIDERS, Part.NONE), lowerCase())
        .as(RewriteProperties::recall);
  }

  private static Arbitrary<Composed> pickup() {
    return Combinators.combine(greeting(),
        Arbitraries.oneOf(Arbitraries.just(Part.NONE), medication()),
        Arbitraries.of(PICKUP_WHEN), lowerCase())
        .as(RewriteProperties::pickup);
  }

  @Provide
  Arbitrary<Composed> messages() {
    return Arbitraries.oneOf(reminder(), visit(), recall(), pickup(), recordatorio(), receta());
  }

  @Provide
  Arbitrary<Composed> sensitiveMessages() {
    return messages().filter(Composed::hasSensitive);
  }

  @Provide
  Arbitrary<Composed> cleanMessages() {
    return messages().filter(c -> !c.hasSensitive());
  }

  /** Records what was generated and requires every frame and every kind of fragment to occur. */
  private static void collect(Composed c) {
    Statistics.label("frame").collect(c.frame());
    Statistics.label("frame").coverage(cov -> {
      for (String frame : List.of("reminder", "visit", "recall", "pickup", "recordatorio",
          "receta")) {
        cov.check(frame).count(n -> n > 0);
      }
    });
    for (Part p : c.parts()) {
      if (!p.sensitive().isEmpty()) {
        Statistics.label("sensitive").collect(kind(p));
      }
    }
    Statistics.label("sensitive").coverage(cov -> {
      for (String kind : List.of("name", "practice", "medication", "visit term")) {
        cov.check(kind).count(n -> n > 0);
      }
    });
  }

  private static String kind(Part p) {
    if (GREETINGS.contains(p) || GREETINGS_ES.contains(p)) {
      return "name";
    }
    if (PRACTICES.contains(p) || PRACTICES_ES.contains(p)) {
      return "practice";
    }
    if (MEDICATIONS_ES.contains(p) || p.text().startsWith(" for ")) {
      return "medication";
    }
    return "visit term";
  }

  // --- helpers --------------------------------------------------------------------------------

  private static final Pattern DANGLING = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}])(for|at|with|on|in|of|to|from|by|about|and|or)\\s*([.,;:!?]|$)");

  private static boolean containsWord(String haystack, String word) {
    String h = haystack.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = h.indexOf(w); i >= 0; i = h.indexOf(w, i + 1)) {
      boolean startOk = i == 0 || !Character.isLetterOrDigit(h.charAt(i - 1));
      int end = i + w.length();
      boolean endOk = end == h.length() || !Character.isLetterOrDigit(h.charAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }

  /** Index just after {@code chunk} found as whole words at or after {@code from}, or -1. */
  private static int findChunk(String haystack, String chunk, int from) {
    String h = haystack.toLowerCase(Locale.ROOT);
    String c = chunk.toLowerCase(Locale.ROOT);
    for (int i = h.indexOf(c, from); i >= 0; i = h.indexOf(c, i + 1)) {
      boolean startOk = i == 0 || !Character.isLetterOrDigit(c.charAt(0))
          || !Character.isLetterOrDigit(h.charAt(i - 1));
      int end = i + c.length();
      boolean endOk = end == h.length() || !Character.isLetterOrDigit(c.charAt(c.length() - 1))
          || !Character.isLetterOrDigit(h.charAt(end));
      if (startOk && endOk) {
        return end;
      }
    }
    return -1;
  }

  private static String describe(String text, Verdict v) {
    StringBuilder sb = new StringBuilder(v.decision().toString());
    for (Finding f : v.findings()) {
      sb.append(String.format(Locale.ROOT, " [%s \"%s\" %s]", f.category(),
          text.substring(f.start(), f.end()), f.action()));
    }
    v.rewritten().ifPresent(r -> sb.append(" -> \"").append(r).append('"'));
    return sb.toString();
  }

  // --- properties -----------------------------------------------------------------------------

  /** The false-ALLOW property: inserted sensitive words never go out as they are. */
  @Property
  void sensitiveFragment_isNeverAllowed(@ForAll("sensitiveMessages") Composed c) {
    collect(c);
    assertNotAllowed(c);
  }

  /** Names, visit labels, practice names and medications are removable: REWRITE, not BLOCK. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void sensitiveFragment_isRewrittenNotBlocked(@ForAll("sensitiveMessages") Composed c) {
    rewriteOf(c);
  }

  /** Template text, provider, date and time alone are permitted. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void withoutSensitiveFragment_isAllowed(@ForAll("cleanMessages") Composed c) {
    assertAllowed(c);
  }

  /** The rewrite is a fixed point: checked again, plainly (strictest reading), it is ALLOW. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void rewrite_checksAsAllow(@ForAll("sensitiveMessages") Composed c) {
    assertRewriteChecksAsAllow(c);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void rewrite_containsNoInsertedSensitiveWord(@ForAll("sensitiveMessages") Composed c) {
    assertNoSensitiveWordInRewrite(c);
  }

  /** Text outside the findings' spans (template chunks, provider, date) survives, in order. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void rewrite_keepsTextOutsideFindingsInOrder(@ForAll("sensitiveMessages") Composed c) {
    assertRewriteKeepsTheRest(c);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void rewrite_readsCleanly(@ForAll("sensitiveMessages") Composed c) {
    assertRewriteReadsCleanly(c);
  }

  // --- the claims, one method each (also usable outside jqwik) --------------------------------

  static void assertNotAllowed(Composed c) {
    Verdict v = REDACTOR.check(c.message());
    assertNotEquals(Decision.ALLOW, v.decision(), () -> c + " -> " + describe(c.text(), v));
  }

  static void assertAllowed(Composed c) {
    Verdict v = REDACTOR.check(c.message());
    assertEquals(Decision.ALLOW, v.decision(), () -> c + " -> " + describe(c.text(), v));
  }

  /** Asserts REWRITE and returns the rewrite. */
  static String rewriteOf(Composed c) {
    Verdict v = REDACTOR.check(c.message());
    assertEquals(Decision.REWRITE, v.decision(), () -> c + " -> " + describe(c.text(), v));
    return v.rewritten().orElseThrow();
  }

  static void assertRewriteChecksAsAllow(Composed c) {
    String rewritten = rewriteOf(c);
    Verdict again = REDACTOR.check(rewritten);
    assertEquals(Decision.ALLOW, again.decision(),
        () -> c + " -> \"" + rewritten + "\" -> " + describe(rewritten, again));
    assertEquals(Decision.ALLOW, REDACTOR.check(c.message().withText(rewritten)).decision(),
        () -> c + " -> \"" + rewritten + "\" with the same purpose");
  }

  static void assertNoSensitiveWordInRewrite(Composed c) {
    String rewritten = rewriteOf(c);
    for (String word : c.sensitiveWords()) {
      assertFalse(containsWord(rewritten, word),
          () -> c + " -> \"" + rewritten + "\" still has \"" + word + "\"");
    }
  }

  static void assertRewriteKeepsTheRest(Composed c) {
    Verdict v = REDACTOR.check(c.message());
    String rewritten = rewriteOf(c);
    int at = 0;
    for (String chunk : c.keptChunks(v)) {
      int next = findChunk(rewritten, chunk, at);
      int from = at;
      assertTrue(next >= 0,
          () -> c + " -> \"" + rewritten + "\" lost \"" + chunk + "\" (after index " + from + ")");
      at = next;
    }
  }

  static void assertRewriteReadsCleanly(Composed c) {
    String rewritten = rewriteOf(c);
    assertFalse(rewritten.isBlank(), () -> c + " -> blank rewrite");
    assertFalse(rewritten.contains("  "), () -> c + " -> double space: \"" + rewritten + "\"");
    assertFalse(rewritten.contains(" ,"), () -> c + " -> \" ,\": \"" + rewritten + "\"");
    assertFalse(rewritten.contains(" ."), () -> c + " -> \" .\": \"" + rewritten + "\"");
    assertEquals(rewritten.strip(), rewritten, () -> c + " -> untrimmed: \"" + rewritten + "\"");
    Matcher m = DANGLING.matcher(rewritten);
    assertFalse(m.find(), () -> c + " -> dangling \"" + m.group() + "\": \"" + rewritten + "\"");
  }
}
