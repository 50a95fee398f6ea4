package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.dict.Tag;
import dev.redactor.internal.dict.TermMatcher;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;

/**
 * Turns dictionary matches into SPECIALTY, CONDITION, PROCEDURE and MEDICATION detections.
 *
 * <ul>
 *   <li>Allow-list phrases ("positive photo ID", "grace period") win over anything they overlap.
 *   <li>A capitalized practice name that contains a specialty term or a specialty-revealing word
 *       ("Bright Smiles Dental", "Harbor Behavioral Health", "Summit Cancer Center") is one
 *       SPECIALTY detection covering the whole name. Primary-care, lab and pharmacy names reveal
 *       nothing and are not findings.
 *   <li>A term whose ambiguity is below 0.5 is a finding. Above that it needs context: a
 *       possessive before it ("your cleaning"), a visit word after it ("cleaning appointment"),
 *       another clear clinical term in the message, or for medications a pickup word ("refill",
 *       "ready"). The more ambiguous the term, the more cues it needs.
 *   <li>Spanish-only senses (such as {@code its}, the Spanish abbreviation for STIs) count only in
 *       Spanish messages.
 *   <li>A medication's strength and form written after it are part of its span ({@code sertraline
 *       50mg}, {@code lisinopril 10 mg tablets}).
 * </ul>
 */
final class TermDetector implements Detector {

  @Override
  public void detect(Analysis a, List<Detection> out) {
    if (a.lexicon() == null) {
      return;
    }
    Lexicon lx = a.lexicon();
    Tokens t = a.tokens();
    List<TermMatcher.Match> matches = a.matches();
    // 1. allow-list phrases, and people already found
    boolean[] blocked = allowedTokens(a, Workspace.TERM_ALLOWED);
    for (Detection d : out) {
      if (d.category == Category.NAME || d.category == Category.PROVIDER) {
        markTokens(t, d, blocked);
      }
    }
    timeZones(a, blocked);
    boolean spanish = a.isSpanish();
    boolean clearClinical = hasClearClinical(lx, matches, blocked, spanish, t);
    // 2. practice names
    PracticeNames.detect(a, lx, matches, blocked, out);
    long specialtyGroups = 0; // "Bright Harbor Dental ... two fillings": the practice's field
    for (Detection d : out) {
      if (d.category == Category.SPECIALTY) {
        specialtyGroups |= d.tags & GROUP_MASK;
      }
    }
    // 3. terms
    int base = out.size();
    int coveredUntil = -1;
    for (int mi = 0; mi < matches.size(); mi++) {
      TermMatcher.Match m = matches.get(mi);
      if (m.firstToken() <= coveredUntil || anyBlocked(blocked, m) && !careTeamOf(t, blocked, m)
          || longerTermInside(t, matches, mi, spanish)
          || (m.corrected() && replyKeyword(a, m.firstToken()))) {
        continue;
      }
      Lexicon.Sense best = bestClinical(m, spanish, t, innerCapitals(a, m.firstToken(),
          m.lastToken()));
      if (best == null) {
        continue;
      }
      if (m.firstToken() == m.lastToken()
          && ResultDetector.WORDS.contains(t, m.firstToken())) {
        continue; // "benign", "positive": results, found by ResultDetector
      }
      if (m.firstToken() == m.lastToken() && courtesyTitle(a, m.firstToken())) {
        continue; // "Ms. Patel": a title, not multiple sclerosis
      }
      if (m.firstToken() == m.lastToken() && m.firstToken() > 0
          && t.type(m.firstToken() - 1) == Tokens.NUMBER
          && t.isAny(m.firstToken(), MEASURE_UNITS)) {
        continue; // "60 mg", "5 ml": a unit, not the abbreviation it spells
      }
      if (best.has(Tag.PRACTICE_WORD) && best.ambiguity() >= 0.5f
          && !(best.ambiguity() < 0.8f && !m.possessive()
              && (clinicalVisitFollows(t, m.lastToken())
                  || ownAppointment(t, m.firstToken(), m.lastToken())))) {
        // "heart", "smiles", "kids": only inside a practice name, "ortho follow-up" or "your
        // ortho appt"
        continue;
      }
      if (best.kind() == ListKind.SPECIALTY && !revealing(lx, m, spanish)) {
        continue; // primary care, lab, pharmacy
      }
      if (a.capitalized(m.firstToken()) && namesAPlace(a, t, m.lastToken())) {
        continue;
      }
      if (best.kind() == ListKind.SPECIALTY && m.firstToken() == m.lastToken()
          && benefitLineInList(t, m.firstToken())) {
        continue; // "your medical, dental, vision and life benefits": lines of a plan
      }
      if (best.kind() == ListKind.PROCEDURE && ofAPlace(t, m.lastToken())) {
        continue; // "deep cleaning of the office", "limpieza profunda de las instalaciones"
      }
      if (m.lastToken() + 1 < t.size() && LIKENESS.contains(t, m.lastToken() + 1)
          && "-".equals(t.originalGap(m.lastToken(), m.lastToken() + 1))) {
        continue; // "a migraine-sized traffic jam", "the spirometer-shaped trophy"
      }
      if (m.firstToken() == m.lastToken() && (spelledOutAsSomethingElse(a, m.firstToken())
          && !clinicalInside(matches, spanish, t, m.firstToken() + 1,
              m.firstToken() + 2 * t.length(m.firstToken()))
          || spelledOutBefore(a, m.firstToken()) && !clinicalInside(matches, spanish, t,
              m.firstToken() - 2 * t.length(m.firstToken()), m.firstToken() - 1))) {
        // "PAP (Patient Assistance Program)", "Heartland Regional Transit (HRT)": the message
        // says what it stands for
        continue;
      }
      if (m.firstToken() == m.lastToken() && everydayAbbreviation(a, m.firstToken())) {
        continue; // "prior balance $40.00 CF", "their MS in Nursing"
      }
      if (stateAfterCity(a, m.firstToken())) {
        continue; // "our Jackson, MS clinic", "Portland, OR"
      }
      if (m.firstToken() == m.lastToken() && productCode(a, m.firstToken())) {
        continue; // "Item CYSTO-4410 (stackable storage bins)"
      }
      if (m.firstToken() == m.lastToken() && roomCode(t, m.firstToken())) {
        continue; // "Thursday's scrim is in room B12", "Suite D3": where, not a vitamin
      }
      if (best.kind() != ListKind.MEDICATION && campaignOrProduct(a, m.firstToken(),
          m.lastToken())) {
        continue; // "Men's Health Month", "Migraine Relief caplets", "Parque Colón"
      }
      if (best.kind() == ListKind.CONDITION && vaccineTarget(t, m.firstToken())) {
        continue; // "vacunarse contra la influenza": what a vaccine prevents
      }
      if (best.ambiguity() >= 0.8f && coveredUntil == m.firstToken() - 1
          && m.firstToken() > 0 && sameGap(t, m.firstToken() - 1)) {
        continue; // "insulin delivery", "CPAP supplies": the head of a compound, not a term
      }
      // "your hCG is 1,240", "ur sugar was 300+": a reading follows, so the lab test is meant
      boolean reading = readingFollows(a, m.lastToken());
      if (reading && best.kind() == ListKind.MEDICATION) {
        Lexicon.Sense lab = senseOf(m, ListKind.PROCEDURE, spanish);
        best = lab != null ? lab : best;
      }
      boolean sameField = (best.tags() & specialtyGroups
          & ~(Tag.PRIMARY_CARE.bit() | Tag.GENERAL.bit())) != 0;
      if (!accepted(a, m, best, clearClinical, reading, sameField)) {
        continue;
      }
      // "take your calcium", "Start vitamin D3 2000 IU", "iron pills": the drug is meant
      boolean pickup = !reading && (pickupNear(t, m.firstToken(), m.lastToken())
          || dosingVerbBefore(t, m.firstToken()) || strengthFollows(a, m.lastToken()));
      TermMatcher.Match n = narrow(a, m, spanish, pickup);
      Lexicon.Sense sense = n == m ? best
          : bestClinical(n, spanish, t, innerCapitals(a, n.firstToken(), n.lastToken()), pickup);
      if (sense == null) {
        sense = best; // the narrowed part holds no sense the whole did not pass ("IUD check")
      }
      if (sense.kind() == ListKind.SPECIALTY && best.kind() != ListKind.SPECIALTY
          && !sense.has(Tag.PRACTICE_WORD)) {
        sense = best; // "control de niño sano": a visit type; "oncology visit" names a specialty
      }
      if (n == m && pickup && best.kind() != ListKind.MEDICATION) {
        Lexicon.Sense med = bestClinical(m, spanish, t, false, true);
        sense = med != null && med.kind() == ListKind.MEDICATION ? med : best;
      }
      Category cat = sense.kind().category();
      int first = n.firstToken();
      int last = n.lastToken();
      if (cat == Category.PROCEDURE && cytologyFinding(t, first)) {
        cat = Category.RESULT; // "your pap came back with ASC-US": a smear's finding, no test
      }
      if (cat == Category.CONDITION && sharedVaccineHead(t, last)) {
        cat = Category.PROCEDURE; // "your COVID-19 and flu vaccines": a vaccine, not the disease
      }
      if (cat == Category.MEDICATION && !n.possessive()) {
        // "losartan potassium", "metoprolol succinate XL": the salt, then the release form, are
        // the drug's ("ER" left behind was read as the emergency room)
        int named = wordAfter(t, last, SALTS);
        // ("insulina glargina la mañana": in lower case "la" is Spanish's article, not LA)
        if (named + 1 < t.size() && !(t.is(named + 1, "la") && !a.allCaps(named + 1))) {
          named = wordAfter(t, named, RELEASE_FORMS);
        }
        last = wordAfter(t, named, ROUTES);
        if (last > named) {
          last = wordAfter(t, last, FORMS); // "fluticasone nasal spray", "minoxidil oral solution"
        }
        // "Gamunex-C", "Bydureon-BCise": a hyphened capital suffix is the product's name
        if (last + 1 < t.size() && "-".equals(t.originalGap(last, last + 1))
            && t.type(last + 1) == Tokens.WORD && t.length(last + 1) <= 5
            && (a.allCaps(last + 1) || t.length(last + 1) == 1 && a.capitalized(last + 1))) {
          last++;
        }
      }
      if (first > 0 && t.isAny(first - 1, "post", "pre", "peri")
          && "-".equals(t.originalGap(first - 1, first))) {
        first--; // "Post-vasectomy", "post-colonoscopy": the prefix goes with the term
      } else if (cat == Category.CONDITION && first > 0
          && t.isAny(first - 1, "chronic", "acute", "recurrent") && sameGap(t, first - 1)) {
        first--; // "chronic neck pain": a rewrite would leave "for chronic"
      }
      // "your culture results", "your A1c results": the results are the reader's to hear of,
      // the test is the span (authors never span the word: 634 of 634 older uses leave it out),
      // so a rewrite says "your results", not "your appointments"
      if (cat == Category.PROCEDURE && last > first
          && t.isAny(last, "result", "results", "resultado", "resultados")) {
        last--;
      }
      int start = t.originalStart(first);
      int end = t.originalEnd(last);
      if (n.possessive()) {
        end = possessiveBodyEnd(a, last, end);
      }
      if (cat == Category.MEDICATION) {
        end = strengthEnd(a, last, end);
      }
      long tags = tagsOf(lx, n, sense.kind()) | tagsOf(lx, m, best.kind());
      int flags = m.corrected() || viaEvasion(a, start, end) ? Detection.EVASION : 0;
      double conf = (1.0 - 0.5 * best.ambiguity()) * (m.corrected() ? 0.85 : 1.0);
      // "Eylea injection": the span names the drug, the rewrite takes the injection along
      int removalEnd = n != m && MEDICATION_TAIL.contains(t, m.lastToken())
          ? Math.max(end, t.originalEnd(m.lastToken())) : end;
      if (cat == Category.PROCEDURE) {
        // "la vacuna contra la meningitis": the rewrite takes what the vaccine prevents along,
        // or "contra la meningitis" is left to read as the recipient's condition
        removalEnd = Math.max(removalEnd, vaccineTargetEnd(a, matches, mi, last));
      }
      out.add(new Detection(start, end, cat, kindName(cat), conf, flags, -1, removalEnd, tags));
      coveredUntil = Math.max(m.lastToken(), last);
    }
    // 3b. procedures no list holds, by their ending ("meniscectomy", "septoplastia")
    proceduresBySuffix(a, blocked, out);
    // 4. terms joined with the words around them ("hepatitis test", "inhalador de albuterol")
    Compounds.apply(a, out, base);
  }

  /** Endings of operations and scopes, English and (accents folded) Spanish. */
  private static final String[] PROCEDURE_SUFFIXES = {"ectomy", "ectomies", "ostomy", "otomy",
      "plasty", "plasties", "oscopy", "oscopies", "centesis", "pexy", "rrhaphy", "tripsy",
      "ectomia", "ectomias", "ostomia", "otomia", "plastia", "plastias", "oscopia", "pexia",
      "rrafia", "tripsia"};

  /** Words with those endings that name no procedure. */
  private static final WordSet NOT_PROCEDURES =
      WordSet.of("dichotomy", "trichotomy", "dicotomia", "tricotomia");

  /**
   * A word of eight letters or more that ends like an operation or a scope ("meniscectomy",
   * "septoplasty", "arthrocentesis", "colecistectomía") is a PROCEDURE even if no list holds
   * it: surgical names are built from a handful of endings, and the lists cannot hold them all.
   * Only words no term found and no allow-list phrase covers; the last letter gates the check.
   */
  private static void proceduresBySuffix(Analysis a, boolean[] blocked, List<Detection> out) {
    Tokens t = a.tokens();
    char[] c = t.view().buffer();
    for (int k = 0; k < t.size(); k++) {
      int len = t.length(k);
      if (len >= 4 && len <= 6 && !blocked[k]
          && cycleDay(a.original(), t.originalStart(k), t.originalEnd(k)) && !a.removedTerm(k)) {
        // "C3D1 tmrw": cycle 3, day 1 of a chemotherapy regimen names the treatment visit
        addUncovered(t, k, out);
        continue;
      }
      if (len < 8 || blocked[k] || t.type(k) != Tokens.WORD) {
        continue;
      }
      char last = c[t.end(k) - 1];
      if (last != 'y' && last != 's' && last != 'a') {
        continue;
      }
      boolean procedure = false;
      for (String suffix : PROCEDURE_SUFFIXES) {
        if (len > suffix.length() + 2 && t.endsWith(k, suffix)) {
          procedure = true;
          break;
        }
      }
      if (!procedure || NOT_PROCEDURES.contains(t, k) || a.removedTerm(k)) {
        continue;
      }
      addUncovered(t, k, out);
    }
  }

  /** Token {@code k} as a PROCEDURE, unless a detection already covers it. */
  private static void addUncovered(Tokens t, int k, List<Detection> out) {
    int start = t.originalStart(k);
    int end = t.originalEnd(k);
    for (Detection d : out) {
      if (d.start < end && start < d.end) {
        return;
      }
    }
    out.add(new Detection(start, end, Category.PROCEDURE, kindName(Category.PROCEDURE), 0.8,
        0, -1, end, 0L));
  }

  /**
   * {@code o[from, to)} reads "C3D1", "c12d8": a chemotherapy cycle and day. Read in the original
   * text: the terms view undoes leet, so its "C3D1" is "cedi".
   */
  private static boolean cycleDay(String o, int from, int to) {
    int p = from;
    if (p >= to || Character.toLowerCase(o.charAt(p++)) != 'c') {
      return false;
    }
    int digits = 0;
    while (p < to && Character.isDigit(o.charAt(p)) && digits < 2) {
      p++;
      digits++;
    }
    if (digits == 0 || p >= to || Character.toLowerCase(o.charAt(p++)) != 'd') {
      return false;
    }
    int dayDigits = 0;
    while (p < to && Character.isDigit(o.charAt(p)) && dayDigits < 2) {
      p++;
      dayDigits++;
    }
    return dayDigits > 0 && p == to;
  }

  private static final WordSet SEVERITIES = WordSet.of("mild", "moderate", "severe", "acute",
      "chronic", "leve", "moderada", "moderado", "severa", "severo", "aguda", "agudo", "cronica",
      "cronico");

  private static final WordSet REPLY_VERBS = WordSet.of("reply", "text", "txt", "send",
      "responda", "responde", "conteste", "envie", "escriba", "press", "marque");

  /**
   * "reply PREFS", "text STOP": a keyword in capitals after a verb of replying is a command word.
   * Only a spelling correction is refused there ("PREFS" is no misspelled drug); a keyword that
   * is a term as written ("Reply LASIK to book") still tells the care.
   */
  static boolean replyKeyword(Analysis a, int k) {
    Tokens t = a.tokens();
    return k > 0 && REPLY_VERBS.contains(t, k - 1) && a.allCaps(k) && !a.mostlyUpperCase();
  }

  private static final WordSet TIME_ZONES = WordSet.of("pt", "pst", "pdt", "et", "est", "edt",
      "ct", "cst", "cdt", "mt", "mst", "mdt");

  /**
   * "5:00 PM PT", "8-5 ET": a time zone after a time is no physical therapy or CT scan; it and
   * the AM/PM before it are marked so no term or practice name is read there.
   */
  private static void timeZones(Analysis a, boolean[] blocked) {
    Tokens t = a.tokens();
    for (int k = 1; k < t.size(); k++) {
      if (t.length(k) <= 3 && TIME_ZONES.contains(t, k) && a.allCaps(k) && sameGap(t, k - 1)
          && (t.isAny(k - 1, "am", "pm") || t.type(k - 1) == Tokens.NUMBER)) {
        blocked[k] = true;
        if (t.isAny(k - 1, "am", "pm")) {
          blocked[k - 1] = true;
        }
      }
    }
  }

  /**
   * Generic words that stay outside a span when the rest of a listed phrase is a term of its own
   * (corpus/README.md span conventions): "prenatal appointment" → "prenatal", "PrEP refill" →
   * "PrEP", "H I V care" → "H I V", "glaucoma check" → "glaucoma".
   */
  private static final WordSet GENERIC_TAIL = WordSet.of(
    "appointment", "appointments", "appt", "appts", "visit", "visits", "cita", "citas",
    "followup", "checkup", "check", "checks", "clinic", "clinics", "care", "refill", "refills",
    "dose", "doses", "team", "consult", "consultation", "program", "seguimiento", "consulta",
    "revision", "clinica", "dosis", "programa"
  );

  /** "HIV specialist" → "HIV": only a condition gives way ("retina specialist" stays whole). */
  private static final WordSet SPECIALIST_TAIL = WordSet.of(
    "specialist", "specialists", "especialista", "especialistas"
  );

  /** Two-word generic tails (the hyphen splits "follow-up"). */
  private static final String[][] GENERIC_TAIL2 = {
    {"follow", "up"}, {"check", "up"}
  };

  /** Spanish visit nouns that come first: "control de diabetes", "clínica de VIH". */
  private static final WordSet GENERIC_HEAD = WordSet.of(
    "control", "clinica", "cita", "citas", "consulta", "dosis", "seguimiento", "programa",
    "unidad", "revision", "tratamiento"
  );

  /**
   * Match {@code mi} starts with a Spanish visit noun ("cita de terapia") and a later match
   * starts inside it and reaches further ("terapia física"): the later one names the care, and
   * taking the first would leave its end behind ("su cita física").
   */
  private static boolean longerTermInside(Tokens t, List<TermMatcher.Match> matches, int mi,
      boolean spanish) {
    TermMatcher.Match m = matches.get(mi);
    if (m.firstToken() == m.lastToken() || !GENERIC_HEAD.contains(t, m.firstToken())) {
      return false;
    }
    for (int k = mi + 1; k < matches.size(); k++) {
      TermMatcher.Match next = matches.get(k);
      if (next.firstToken() > m.lastToken()) {
        return false;
      }
      if (next.firstToken() > m.firstToken() && next.lastToken() > m.lastToken()
          && bestClinical(next, spanish, t, false) != null) {
        return true;
      }
    }
    return false;
  }

  /** Only before a drug: "Eylea injection" → "Eylea". */
  private static final WordSet MEDICATION_TAIL =
      WordSet.of("injection", "injections", "inyeccion", "shot");

  /**
   * The match narrowed to the term inside it that reveals something, or {@code m} itself when
   * nothing generic surrounds a term of its own.
   */
  private static TermMatcher.Match narrow(Analysis a, TermMatcher.Match m, boolean spanish,
      boolean pickup) {
    Tokens t = a.tokens();
    int f = m.firstToken();
    int l = m.lastToken();
    if (f == l) {
      return m;
    }
    for (String[] two : GENERIC_TAIL2) {
      if (l - 2 >= f && t.is(l - 1, two[0]) && t.is(l, two[1])) {
        TermMatcher.Match n = sub(a, m, f, l - 2, spanish, pickup, null, true);
        if (n != null) {
          return n;
        }
      }
    }
    if (GENERIC_TAIL.contains(t, l) || MEDICATION_TAIL.contains(t, l)) {
      boolean medicationOnly = MEDICATION_TAIL.contains(t, l);
      TermMatcher.Match n = sub(a, m, f, l - 1, spanish, pickup,
          medicationOnly ? ListKind.MEDICATION : null, !medicationOnly);
      if (n != null) {
        return n;
      }
    }
    if (SPECIALIST_TAIL.contains(t, l)) {
      TermMatcher.Match n = sub(a, m, f, l - 1, spanish, pickup, ListKind.CONDITION, false);
      if (n != null) {
        return n;
      }
    }
    if (l - f >= 2 && GENERIC_HEAD.contains(t, f) && t.isAny(f + 1, "de", "del", "para")) {
      TermMatcher.Match n = sub(a, m, f + 2, l, spanish, pickup, null, false);
      if (n != null) {
        return n;
      }
    }
    return m;
  }

  /**
   * Tokens {@code [f, l]} as a match of their own, if they are a clinical key; of kind
   * {@code only} when not null; {@code specialtyNames}: a specialty name that stands alone may be
   * the key ("oncology visit" → "oncology").
   */
  private static TermMatcher.Match sub(Analysis a, TermMatcher.Match m, int f, int l,
      boolean spanish, boolean pickup, ListKind only, boolean specialtyNames) {
    boolean medicationOnly = only == ListKind.MEDICATION;
    Tokens t = a.tokens();
    StringBuilder key = new StringBuilder();
    for (int k = f; k <= l; k++) {
      key.append(k > f ? " " : "").append(t.term(k));
    }
    Lexicon lx = m.lexicon();
    int id = lx.lookup(key.toString());
    if (id < 0) {
      return null;
    }
    TermMatcher.Match n = new TermMatcher.Match(f, l, id, m.possessive() && l == m.lastToken(),
        lx, m.corrected());
    boolean capitals = innerCapitals(a, f, l) || (f == l && a.allCaps(f));
    Lexicon.Sense s = bestClinical(n, spanish, t, capitals, pickup || medicationOnly);
    // "PrEP", "MAT" written as abbreviations are clear; "wound" of "wound care" is not
    boolean clear = s != null && (s.ambiguity() < 0.5f
        || (capitals && s.has(Tag.ABBREV) && s.ambiguity() < 0.9f));
    // a specialty name that stands alone ("oncology visit" → "oncology") names the specialty
    boolean specialtyName = specialtyNames && s != null && s.kind() == ListKind.SPECIALTY
        && s.ambiguity() < 0.3f;
    if (!clear || (only != null && s.kind() != only)
        || (s.has(Tag.PRACTICE_WORD) && !specialtyName)) {
      return null; // "wound care", "skin check": the rest alone is not a clear term
    }
    return n;
  }

  private static final WordSet PLACE_NOUNS = WordSet.of(
      "office", "offices", "building", "buildings", "clinic", "clinics", "facility",
      "facilities", "premises", "carpet", "carpets", "floor", "floors", "lobby", "suite",
      "waiting", "parking", "windows", "ducts", "hvac", "instalaciones", "consultorio",
      "consultorios", "oficina", "oficinas", "clinica", "clinicas", "edificio", "edificios",
      "sala", "alfombras", "pisos", "estacionamiento", "local");

  private static final WordSet PLACE_DETERMINERS = WordSet.of(
      "the", "our", "its", "all", "entire", "whole", "la", "las", "el", "los", "nuestra",
      "nuestro", "nuestras", "nuestros", "toda", "todo", "todas", "todos");

  /**
   * "of the office", "de las instalaciones" after token {@code last}: the procedure's object is a
   * place, so the words are housekeeping ("deep cleaning of the office and carpets").
   */
  private static boolean ofAPlace(Tokens t, int last) {
    int k = last + 1;
    if (k >= t.size() || !t.isAny(k, "of", "de", "del")) {
      return false;
    }
    k++;
    while (k < t.size() && k <= last + 4 && PLACE_DETERMINERS.contains(t, k)) {
      k++;
    }
    return k < t.size() && PLACE_NOUNS.contains(t, k);
  }

  /**
   * "with Dr. Lee", "w/ Alicia", "con la Lic. Soto" after token {@code last}: what one has with a
   * named person is a visit.
   */
  private static boolean withSomeoneFollows(Analysis a, int last) {
    Tokens t = a.tokens();
    int k = last + 1;
    if (k >= t.size()) {
      return false;
    }
    if (t.is(k, "w") && t.originalGap(k, Math.min(k + 1, t.size() - 1)).startsWith("/")) {
      k++;
    } else if (t.isAny(k, "with", "con")) {
      k++;
    } else {
      return false;
    }
    while (k < t.size() && t.isAny(k, "la", "el", "our", "your", "su")) {
      k++;
    }
    if (k >= t.size() || t.type(k) != Tokens.WORD) {
      return false;
    }
    char first = a.original().charAt(t.originalStart(k));
    return Character.isUpperCase(first) && !a.mostlyUpperCase();
  }

  /** "4-year", "2-month", "18 month" right before token {@code first}. */
  private static boolean ageBefore(Tokens t, int first) {
    return first >= 2 && t.isAny(first - 1, "year", "month", "yr", "mo", "week")
        && isNumberish(t, first - 2);
  }

  private static boolean isNumberish(Tokens t, int k) {
    return t.type(k) == Tokens.NUMBER || COUNT_WORDS.contains(t, k);
  }

  /** A pickup or refill word within four tokens of the term. */
  private static boolean pickupNear(Tokens t, int first, int last) {
    for (int k = Math.max(0, first - 4); k <= Math.min(t.size() - 1, last + 4); k++) {
      if ((k < first || k > last) && PICKUP_WORDS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens {@code k} and {@code k+1} are separated by spaces or a hyphen only. */
  static boolean sameGap(Tokens t, int k) {
    char[] c = t.view().buffer();
    for (int p = t.end(k); p < t.start(k + 1); p++) {
      if (c[p] != ' ' && c[p] != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tokens covered by an allow-list phrase ("positive photo ID", "grace period"), in the
   * workspace's boolean slot {@code slot}.
   */
  static boolean[] allowedTokens(Analysis a, int slot) {
    boolean[] allowed = a.workspace().booleans(slot, a.tokens().size());
    Lexicon lx = a.lexicon();
    if (lx == null) {
      return allowed;
    }
    for (TermMatcher.Match m : a.matches()) {
      if (has(lx, m, ListKind.ALLOW)) {
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
          allowed[k] = true;
        }
      }
    }
    return allowed;
  }

  static String kindName(Category c) {
    switch (c) {
      case SPECIALTY:
        return "specialty";
      case CONDITION:
        return "condition";
      case PROCEDURE:
        return "procedure";
      case RESULT:
        return "result";
      default:
        return "medication";
    }
  }

  static boolean has(Lexicon lx, TermMatcher.Match m, ListKind kind) {
    for (int k = 0; k < m.senseCount(); k++) {
      if (m.sense(k).kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Memory Care Team", "Hospice Care Team": a term ending in "care" right before "team", whose
   * only blocked token is that "care" (the allow-list's "care team", said alone of anyone's
   * team, does not hide what kind of care the team gives).
   */
  private static boolean careTeamOf(Tokens t, boolean[] blocked, TermMatcher.Match m) {
    int l = m.lastToken();
    if (l <= m.firstToken() || !t.is(l, "care") || l + 1 >= t.size()
        || !t.isAny(l + 1, "team", "teams")) {
      return false;
    }
    for (int k = m.firstToken(); k < l; k++) {
      if (blocked[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyBlocked(boolean[] blocked, TermMatcher.Match m) {
    for (int k = m.firstToken(); k <= m.lastToken(); k++) {
      if (blocked[k]) {
        return true;
      }
    }
    return false;
  }

  /** The least ambiguous clinical sense usable in this message, or null. */
  static Lexicon.Sense bestClinical(Lexicon lx, TermMatcher.Match m, boolean spanish, Tokens t) {
    return bestClinical(m, spanish, t, false);
  }

  /** As above; {@code capitals}: the term is written with inner capitals ("PrEP", "MAT"). */
  static Lexicon.Sense bestClinical(TermMatcher.Match m, boolean spanish, Tokens t,
      boolean capitals) {
    return bestClinical(m, spanish, t, capitals, false);
  }

  /** As above; with {@code pickup}, a clear medication sense wins ("your PrEP is ready"). */
  static Lexicon.Sense bestClinical(TermMatcher.Match m, boolean spanish, Tokens t,
      boolean capitals, boolean pickup) {
    Lexicon.Sense best = null;
    for (int k = 0; k < m.senseCount(); k++) {
      Lexicon.Sense s = m.sense(k);
      ListKind kind = s.kind();
      if (kind == ListKind.NAME || kind == ListKind.ALLOW) {
        continue;
      }
      if (otherLanguage(s, spanish)) {
        continue;
      }
      // "mi", "tia", "ir", "uds": short English abbreviations are ordinary words in Spanish
      // (written in capitals they are the abbreviations: "su NST es hoy", "la MRI")
      if (!s.spanish() && spanish && s.has(Tag.ABBREV) && m.firstToken() == m.lastToken()
          && t.length(m.firstToken()) <= 3 && !capitals) {
        continue;
      }
      boolean medicationFirst = pickup && s.kind() == ListKind.MEDICATION && s.ambiguity() < 0.9f;
      boolean keepMedication = best != null && pickup && best.kind() == ListKind.MEDICATION
          && best.ambiguity() < 0.9f && s.kind() != ListKind.MEDICATION;
      if (best == null || (medicationFirst && best.kind() != ListKind.MEDICATION)
          || (!keepMedication && better(s, best, capitals))) {
        best = s;
      }
    }
    return best;
  }

  /**
   * Whether {@code s} reads better than {@code best}: a practice-name word ("cáncer" as in
   * "Centro de Cáncer") loses to a term that stands on its own; then the less ambiguous; then the
   * more sensitive list.
   */
  private static boolean better(Lexicon.Sense s, Lexicon.Sense best, boolean capitals) {
    boolean pw = s.has(Tag.PRACTICE_WORD);
    boolean bestPw = best.has(Tag.PRACTICE_WORD);
    if (pw != bestPw) {
      return !pw;
    }
    if (capitals && s.has(Tag.ABBREV) != best.has(Tag.ABBREV)) {
      return s.has(Tag.ABBREV); // "PrEP" the drug, not the dental "prep"
    }
    if (s.ambiguity() < 0.35f && best.ambiguity() < 0.35f && s.kind() != best.kind()) {
      return rank(s.kind()) > rank(best.kind()); // both clear: the more specific list wins
    }
    if (s.ambiguity() != best.ambiguity()) {
      return s.ambiguity() < best.ambiguity();
    }
    return rank(s.kind()) > rank(best.kind());
  }

  /** When two lists tie, the more sensitive reading wins. */
  private static int rank(ListKind k) {
    switch (k) {
      case CONDITION:
        return 4;
      case MEDICATION:
        return 3;
      case PROCEDURE:
        return 2;
      default:
        return 1;
    }
  }

  /**
   * A Spanish sense that is also an everyday word, read in an English message: it does not count
   * there ("mi", "Rx" as an x-ray).
   */
  private static boolean otherLanguage(Lexicon.Sense s, boolean spanish) {
    return s.spanish() && !spanish && s.ambiguity() > 0.2f;
  }

  /** Whether a SPECIALTY match reveals anything (primary care, generic lab or pharmacy do not). */
  static boolean revealing(Lexicon lx, TermMatcher.Match m, boolean spanish) {
    boolean englishSense = false;
    for (int k = 0; k < m.senseCount(); k++) {
      englishSense |= m.sense(k).kind() == ListKind.SPECIALTY && !m.sense(k).spanish();
    }
    for (int k = 0; k < m.senseCount(); k++) {
      Lexicon.Sense s = m.sense(k);
      if (s.kind() != ListKind.SPECIALTY) {
        continue;
      }
      if (englishSense && otherLanguage(s, spanish)) {
        // in an English message the English sense decides: "Quick Rx" is a pharmacy, not the
        // Spanish "Rx" (x-ray); a Spanish-only name ("Urgencias San Jorge") still counts
        continue;
      }
      long groups = s.tags() & GROUP_MASK;
      if ((groups & ~GENERIC_GROUPS) != 0 || groups == 0) {
        return true;
      }
    }
    return false;
  }

  private static final long GENERIC_GROUPS =
      Tag.PRIMARY_CARE.bit() | Tag.LAB.bit() | Tag.PHARMACY.bit();

  /**
   * A primary-care sense with no other care group ("family medicine", "pcp"); "occupational
   * medicine" (urgent care too) and "walk-in clinic" are not.
   */
  static boolean primaryCareOnly(Lexicon.Sense s) {
    return s.has(Tag.PRIMARY_CARE) && (s.tags() & GROUP_MASK & ~GENERIC_GROUPS) == 0;
  }

  static final long GROUP_MASK = groupMask();

  private static long groupMask() {
    long m = 0;
    for (Tag t : Tag.values()) {
      if (t.isGroup()) {
        m |= t.bit();
      }
    }
    return m;
  }

  private static long tagsOf(Lexicon lx, TermMatcher.Match m, ListKind kind) {
    long tags = 0;
    for (int k = 0; k < m.senseCount(); k++) {
      Lexicon.Sense s = m.sense(k);
      if (s.kind() == kind) {
        tags |= s.tags();
      }
    }
    return tags;
  }

  private static boolean hasClearClinical(Lexicon lx, List<TermMatcher.Match> matches,
      boolean[] blocked, boolean spanish, Tokens t) {
    for (TermMatcher.Match m : matches) {
      if (anyBlocked(blocked, m)) {
        continue;
      }
      Lexicon.Sense s = bestClinical(lx, m, spanish, t);
      if (s != null && s.ambiguity() < 0.3f && !s.has(Tag.PRACTICE_WORD)
          && (s.kind() != ListKind.SPECIALTY || revealing(lx, m, spanish))) {
        return true;
      }
    }
    return false;
  }

  // ---- context for ambiguous terms ------------------------------------------------------------

  private static final WordSet POSSESSIVES = WordSet.of(
    "your", "ur", "yr", "his", "her", "their", "my", "su", "sus", "tu", "tus", "mi"
  );

  private static final WordSet VISIT_WORDS = WordSet.of(
    "appointment", "appt", "appointments", "apointment", "appoinment", "appointmnet", "apt",
    "visit", "visits", "follow", "followup", "check", "recheck", "re-check",
    "checkup", "exam", "results", "result", "test", "testing", "screening", "procedure", "consult",
    "consultation", "session", "sessions", "therapy", "treatment", "class", "program", "clinic",
    "prep", "instructions", "scheduled", "due", "cita", "citas", "consulta", "examen", "prueba",
    "resultado", "resultados", "control", "tratamiento", "sesion", "programa", "refill", "refills",
    "dose", "injection", "shot", "medication", "meds", "rx"
  );

  /**
   * Visit words that name a clinical encounter, not just a time slot: a practice word before one
   * names the specialty ("ortho follow-up", "gastro consult", "derm check").
   */
  private static final WordSet CLINICAL_VISIT_WORDS = WordSet.of(
    "follow", "followup", "consult", "consultation", "check", "checkup", "exam", "screen",
    "screening", "evaluation", "eval", "assessment", "therapy", "rehab", "recheck", "seguimiento",
    "consulta", "control", "revision", "evaluacion", "terapia"
  );

  private static final WordSet ROOM_WORDS = WordSet.of("room", "rm", "suite", "ste", "sala",
      "cuarto", "consultorio", "bldg", "building", "gate", "locker", "booth");

  /** Token {@code k} has a digit and names a room: "room B12", "Suite D3", "sala B6". */
  private static boolean roomCode(Tokens t, int k) {
    // (the view holds digits of any script as ASCII, so Frames' test reads them alike)
    return k > 0 && ROOM_WORDS.contains(t, k - 1) && sameGap(t, k - 1) && Frames.hasDigit(t, k);
  }

  /** Appointment words a service line's name can stand before: "your ortho appt". */
  private static final WordSet APPOINTMENT_WORDS = WordSet.of(
    "appointment", "appt", "apt", "appointments"
  );

  /** Practice words that say how soon, not what kind: "your urgent appointment". */
  private static final WordSet HOW_SOON_WORDS = WordSet.of(
    "emergency", "urgent", "walk", "stat", "urgencias", "urgente", "emergencias", "sin"
  );

  /**
   * The recipient's own appointment named by a service line right before it ("your ortho appt",
   * "ur gastro appointment"): a possessive just before the word and an appointment word just
   * after.
   */
  private static boolean ownAppointment(Tokens t, int first, int last) {
    return first > 0 && last + 1 < t.size() && POSSESSIVES.contains(t, first - 1)
        && APPOINTMENT_WORDS.contains(t, last + 1) && !HOW_SOON_WORDS.contains(t, first)
        && sameGap(t, first - 1) && sameGap(t, last);
  }

  /** The token after {@code last} names a clinical encounter ("follow-up", "consult"). */
  private static boolean clinicalVisitFollows(Tokens t, int last) {
    return last + 1 < t.size() && (CLINICAL_VISIT_WORDS.contains(t, last + 1)
        || followUpShorthandAt(t, last + 1));
  }

  /** "f/u" from token {@code k}: a follow-up in a clinician's shorthand. */
  static boolean followUpShorthandAt(Tokens t, int k) {
    return k + 1 < t.size() && t.is(k, "f") && t.is(k + 1, "u")
        && t.originalGap(k, k + 1).equals("/");
  }

  private static final String[] MEASURE_UNITS = {
    "mg", "mcg", "ml", "cc", "kg", "lb", "lbs", "g", "gm", "mm", "cm", "iu", "u", "units", "mmhg",
    "meq", "mmol", "dl", "oz", "hr", "hrs", "min", "mins"
  };

  /** Verbs that put a visit type after them: "you have therapy", "tienes terapia". */
  private static final WordSet HAVE_WORDS = WordSet.of(
    "have", "has", "attend", "attending", "missed", "booked", "scheduled", "tienes", "tiene",
    "tenes", "next", "proxima", "proximo"
  );

  /**
   * A day or time follows within four tokens: "knee rehab Thursday at 4", "terapia a las 5". The
   * term then names what happens at that time.
   */
  private static boolean whenFollows(Analysis a, int last) {
    Tokens t = a.tokens();
    int end = Math.min(t.size() - 1, last + 4);
    for (int k = last + 1; k <= end; k++) {
      if (WHEN_WORDS.contains(t, k)) {
        return true;
      }
      if (t.type(k) == Tokens.NUMBER && k > last + 1 && t.isAny(k - 1, "at", "las", "la", "@")) {
        return true;
      }
      if (t.type(k) == Tokens.NUMBER && k < t.size() - 1 && t.isAny(k + 1, "am", "pm")) {
        return true;
      }
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /** Days and relative days, English and Spanish, with their short forms. */
  static final WordSet WHEN_WORDS = WordSet.of(
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tomorrow", "tonight",
    "tmrw", "tmr", "2morrow", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado",
    "domingo", "hoy", "manana", "mnn"
  );

  private static final WordSet PICKUP_WORDS = WordSet.of(
    "refill", "refills", "prescription", "rx", "pickup", "pick", "ready", "pharmacy", "dose",
    "doses", "mg", "tablets", "tablet", "pills", "capsules", "receta", "medicamento", "farmacia",
    "lista", "listo", "surtir", "delivery", "deliver", "delivered", "deliveries", "shipped",
    "ship", "shipping", "shipment", "supplies", "entrega", "entregado", "envio", "enviado",
    "llega", "insumos", "supplement", "supplements", "suplemento", "suplementos", "vitamins",
    "vitaminas", "script", "scripts"
  );

  /** Verbs of putting a device or dressing in or taking it out. */
  private static final WordSet PLACEMENT_VERBS = WordSet.of(
      "placed", "inserted", "removed", "replaced", "pulled", "pusimos", "pusieron", "puso",
      "colocamos", "colocaron", "coloco", "insertamos", "insertaron", "retiramos", "retiraron",
      "quitamos", "quitaron", "cambiamos", "cambiaron");

  /**
   * "came in w/ a fever", "sent home with vomiting", "llegó con fiebre": what someone arrived
   * or was sent with, the condition starting at token {@code first}.
   */
  static boolean arrivedWith(Tokens t, int first) {
    for (int k = Math.max(1, first - 2); k < first; k++) {
      if (!t.isAny(k, "with", "w", "con")) {
        continue;
      }
      if (ARRIVAL_VERBS.contains(t, k - 1)) {
        return true;
      }
      // "came in with", "was sent home w/", "woke up with"
      if (k > 1 && t.isAny(k - 1, "in", "home", "up") && ARRIVAL_VERBS.contains(t, k - 2)) {
        return true;
      }
    }
    return false;
  }

  /** "Kevin relapsed", "she vomited twice": a one-word condition told as what someone did. */
  static boolean toldAsDone(Analysis a, int first, int last) {
    Tokens t = a.tokens();
    return first == last && first > 0 && t.endsWith(first, "ed")
        && (SUBJECT_PRONOUNS.contains(t, first - 1)
            || a.capitalized(first - 1) && !a.allCaps(first - 1) && sameGap(t, first - 1));
  }

  /** Verbs of arriving or being sent, before "with": "came in with", "sent home w/". */
  private static final WordSet ARRIVAL_VERBS = WordSet.of("came", "arrived", "presented",
      "showed", "sent", "woke", "llego", "vino", "llegaron", "vinieron", "desperto");

  /** "a fever of 101.2", "fiebre de 38.6", "temp 100.4": a fever with its reading. */
  static boolean feverReading(Tokens t, int last) {
    if (!t.isAny(last, "fever", "fiebre", "calentura", "temp", "temperature", "temperatura")) {
      return false;
    }
    int k = last + 1;
    if (k < t.size() && t.isAny(k, "of", "de", "was", "is", "fue", "es")) {
      k++;
    }
    if (k >= t.size() || t.type(k) != Tokens.NUMBER) {
      return false;
    }
    String v = t.term(k);
    if (v.indexOf('/') >= 0 || v.indexOf('-') >= 0) {
      return false;
    }
    // a threshold, not a reading: "a fever of 100.4°F or higher", "fiebre de 38 °C o más"
    for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
      if (t.isAny(j, "or", "o") && j + 1 < t.size()
          && t.isAny(j + 1, "higher", "above", "more", "greater", "over", "mas", "mayor")) {
        return false;
      }
      if (!t.isAny(j, "f", "c", "°f", "°c", "degrees", "grados", "°")) {
        break;
      }
    }
    return true;
  }

  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "you", "i",
      "we", "u");

  private static final WordSet FINDING_CUES = WordSet.of(
      "showed", "shows", "found", "revealed", "detected", "had", "has", "diagnosed", "muestra",
      "mostro", "tuvo", "tiene", "sufrio", "indicating", "indicates", "saw", "noticed", "noted",
      "spotted", "vio", "vimos", "encontro", "encontramos");

  private static final WordSet VERB_OBJECTS = WordSet.of("it", "them", "this", "these",
      "those", "the", "your", "his", "her", "their", "in", "yourself", "yourselves");

  private static final WordSet MODALS = WordSet.of("will", "would", "can", "could", "may",
      "might", "should", "must", "to", "we'll", "they'll");

  /**
   * Token {@code k} in capitals, a hyphen and three digits or more right after it: an item or
   * model code ("CYSTO-4410"), not the term it spells ("COVID-19", "BRCA-1" keep theirs).
   */
  private static boolean productCode(Analysis a, int k) {
    Tokens t = a.tokens();
    if (k + 1 >= t.size() || !a.allCaps(k) || t.type(k + 1) != Tokens.NUMBER
        || !"-".equals(t.originalGap(k, k + 1)) || t.length(k + 1) < 3) {
      return false;
    }
    char[] c = t.view().buffer();
    for (int p = t.start(k + 1); p < t.end(k + 1); p++) {
      if (!Character.isDigit(c[p])) {
        return false;
      }
    }
    return true;
  }

  /** A clinical term starts among tokens {@code [from, to]}: "HIV (human immunodeficiency ...)". */
  private static boolean clinicalInside(List<TermMatcher.Match> matches, boolean spanish,
      Tokens t, int from, int to) {
    for (TermMatcher.Match x : matches) {
      if (x.firstToken() >= from && x.firstToken() <= to
          && bestClinical(x, spanish, t, false) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * An abbreviation in capitals in an everyday sense its neighbours give away: after an amount
   * of money ("prior balance $40.00 CF": carried forward), or a degree "in" a field ("their MS
   * in Nursing", "an MS degree").
   */
  private static boolean everydayAbbreviation(Analysis a, int k) {
    Tokens t = a.tokens();
    if (t.length(k) > 3 || !a.allCaps(k)) {
      return false;
    }
    if (k > 0 && t.type(k - 1) == Tokens.NUMBER && " ".equals(t.originalGap(k - 1, k))) {
      int p = t.originalStart(k - 1) - 1;
      if (p >= 0 && a.original().charAt(p) == '$') {
        return true;
      }
    }
    return t.isAny(k, "ms", "ma", "bs", "ba") && k + 1 < t.size()
        && (t.isAny(k + 1, "degree", "degrees", "program", "student", "students", "nursing")
            || t.is(k + 1, "in") && k + 2 < t.size() && a.capitalized(k + 2));
  }

  /** Token {@code k} is a state's code in capitals after a city and a comma. */
  private static boolean stateAfterCity(Analysis a, int k) {
    Tokens t = a.tokens();
    return AddressDetector.stateAfterComma(a, k) && a.capitalized(k - 1) && !a.allCaps(k - 1)
        && !(k > 1 && NameDetector.greeting(t, k - 2));
  }

  /** Small words an acronym's expansion may skip: "Department of Health". */
  private static final WordSet EXPANSION_SKIPS = WordSet.of("of", "and", "for", "the", "&", "de",
      "la", "el", "y", "del", "para");

  /**
   * Acronym token {@code k} in capitals, followed by its expansion in brackets whose words'
   * initials spell it, in either case: "PAP (Patient Assistance Program)", "STD (short-term
   * disability)"; "MS (Microsoft)" is not one. The expansion says which sense is meant; the
   * caller keeps the term when the expansion holds a clinical term itself ("HIV (human
   * immunodeficiency virus)", "ED (Emergency Department)"), and "Pap (Papanicolaou test)" does
   * not spell the letters.
   */
  private static boolean spelledOutAsSomethingElse(Analysis a, int k) {
    Tokens t = a.tokens();
    int len = t.length(k);
    if (len < 2 || len > 6 || k + len >= t.size() || !a.allCaps(k)) {
      return false;
    }
    String o = a.original();
    int g = t.originalEnd(k);
    while (g < o.length() && o.charAt(g) == ' ') {
      g++;
    }
    if (g >= o.length() || o.charAt(g) != '(' || g + 1 != t.originalStart(k + 1)) {
      return false; // "PAP (Patient...": an opening bracket right before the next word
    }
    char[] c = t.view().buffer();
    int s = t.start(k);
    int letter = 0;
    int j = k + 1;
    for (; j < t.size() && letter < len && j <= k + 2 * len; j++) {
      if (EXPANSION_SKIPS.contains(t, j) && !a.capitalized(j)) {
        continue;
      }
      if (c[t.start(j)] != c[s + letter]) {
        return false; // "STD (short-term disability)": the initials, in either case
      }
      letter++;
    }
    if (letter < len) {
      return false;
    }
    int p = t.originalEnd(j - 1);
    while (p < o.length() && o.charAt(p) == ' ') {
      p++;
    }
    return p < o.length() && o.charAt(p) == ')';
  }

  /**
   * An abbreviation in brackets right after the words it abbreviates: "Heartland Regional
   * Transit (HRT)", "Medication Therapy Management (MTM)"; the initials, read backwards, in
   * either case, past small words ("Bureau of Motor Vehicles (BMV)").
   */
  private static boolean spelledOutBefore(Analysis a, int k) {
    Tokens t = a.tokens();
    int len = t.length(k);
    if (len < 2 || len > 6 || k < len || !a.allCaps(k)) {
      return false;
    }
    String o = a.original();
    int open = t.originalStart(k) - 1;
    int close = t.originalEnd(k);
    if (open < 0 || o.charAt(open) != '(' || close >= o.length() || o.charAt(close) != ')') {
      return false;
    }
    char[] c = t.view().buffer();
    int s = t.start(k);
    int letter = len - 1;
    for (int j = k - 1; j >= 0 && letter >= 0 && j >= k - 2 * len; j--) {
      if (EXPANSION_SKIPS.contains(t, j) && !a.capitalized(j)) {
        continue;
      }
      if (c[t.start(j)] != c[s + letter]) {
        return false;
      }
      letter--;
    }
    return letter < 0;
  }

  /** Words after a condition that make it a cause's or a product's, in any case. */
  private static final WordSet CAUSE_TAILS = WordSet.of("research", "relief", "weather");

  /** Words after a name that make it a campaign's, a cause's or a product's. */
  private static final WordSet CAMPAIGN_TAILS = WordSet.of("month", "week", "day", "awareness",
      "5k", "walk", "gala", "fundraiser");

  /** Spanish place words before a proper name: "Parque Colón", "Prepa Juárez". */
  static final WordSet SPANISH_PLACES = WordSet.of("parque", "calle", "avenida",
      "colonia", "escuela", "colegio", "prepa", "preparatoria", "secundaria", "primaria",
      "universidad", "iglesia", "parroquia", "biblioteca", "mercado", "barrio", "puente");

  /**
   * Tokens {@code [first, last]} name a campaign, a cause or a product, or are part of a place's
   * name, not anyone's care: "Men's Health Month", "Breast Cancer Awareness", "World Kidney Day"
   * (a capital after a capital), "raise money for men's health research", "Migraine Relief
   * caplets", "mes de la lucha contra el cáncer de mama", "frente al Parque Colón".
   */
  private static boolean campaignOrProduct(Analysis a, int first, int last) {
    Tokens t = a.tokens();
    int n = t.size();
    if (last + 1 < n && sameGap(t, last)) {
      if (CAUSE_TAILS.contains(t, last + 1)) {
        return true; // "men's health research", "Migraine Relief", "'migraine weather' for some"
      }
      if (CAMPAIGN_TAILS.contains(t, last + 1) && a.capitalized(last + 1) && a.capitalized(last)
          && !a.mostlyUpperCase()) {
        return true;
      }
    }
    if (first >= 3 && t.is(first - 2, "contra") && t.is(first - 3, "lucha")) {
      return true;
    }
    return first >= 1 && SPANISH_PLACES.contains(t, first - 1) && a.capitalized(first)
        && a.capitalized(first - 1) && !a.mostlyUpperCase();
  }

  /**
   * The end of "contra (la) X" / "against X" after a vaccine word ending at token {@code last},
   * X a condition of the next matches; -1 when there is none.
   */
  private static int vaccineTargetEnd(Analysis a, List<TermMatcher.Match> matches, int i,
      int last) {
    Tokens t = a.tokens();
    if (!(t.startsWith(last, "vacun") || t.startsWith(last, "vaccin"))) {
      return -1;
    }
    for (int x = i + 1; x < matches.size() && x <= i + 8; x++) {
      TermMatcher.Match c = matches.get(x);
      if (c.firstToken() > last + 4) {
        break;
      }
      if (c.firstToken() > last && vaccineTarget(t, c.firstToken())
          && has(c.lexicon(), c, ListKind.CONDITION)) {
        return t.originalEnd(c.lastToken());
      }
    }
    return -1;
  }

  /**
   * A condition a vaccine prevents: "vacunarse contra la influenza", "vaccinated against
   * measles", "protects against shingles".
   */
  private static boolean vaccineTarget(Tokens t, int first) {
    int k = first - 1;
    if (k >= 1 && !t.isAny(k, "contra", "against")) {
      k--; // an article between: "contra la influenza"
    }
    if (k < 1 || !t.isAny(k, "contra", "against")) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (t.startsWith(j, "vacun") || t.startsWith(j, "vaccin") || t.startsWith(j, "immuniz")
          || t.startsWith(j, "inmuniz") || t.startsWith(j, "protect")
          || t.startsWith(j, "proteg")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "COVID-19 and flu vaccines", "COVID y gripe vacunas": the condition shares a vaccine head
   * with the next item of a short list, so it names a vaccine.
   */
  private static boolean sharedVaccineHead(Tokens t, int last) {
    // "flu, COVID-19, RSV (adults 60+), shingles, pneumonia and Tdap vaccines": a list of what
    // the vaccines prevent, over commas and asides, up to the head
    String after = last + 2 < t.size() ? t.originalGap(last, last + 1).trim() : "";
    if (after.equals(",") || after.equals("(")) { // ("RSV (adults 60+), shingles")
      int segment = 0; // words since the last comma or "and": list items are short
      for (int j = last + 1; j < Math.min(t.size(), last + 16); j++) {
        if (t.isAny(j, "vaccine", "vaccines", "vacuna", "vacunas", "shots", "boosters")) {
          return segment >= 1 && segment <= 4;
        }
        String gap = t.originalGap(j - 1, j);
        if (gap.contains(".") || gap.contains(";") || gap.contains(":") || gap.contains("\n")) {
          return false;
        }
        if (gap.contains(")")) {
          segment = 0; // the aside ends: "RSV (adults 60+), shingles"
        }
        boolean conjunction = t.isAny(j, "and", "or", "y", "o", "&");
        if (gap.contains(",") || conjunction) {
          segment = conjunction ? 0 : 1;
        } else if (++segment > 4) {
          return false;
        }
      }
      return false;
    }
    if (last + 2 >= t.size() || !t.isAny(last + 1, "and", "or", "&", "y", "o", "plus")) {
      return false;
    }
    for (int j = last + 2; j <= Math.min(t.size() - 1, last + 4); j++) {
      if (t.startsWith(j, "vaccin") || t.startsWith(j, "vacun") || t.isAny(j, "shots",
          "boosters")) {
        return true;
      }
    }
    return false;
  }

  /** What a skin rash is made of: "a rash of small red bumps" is one. */
  private static final WordSet LESIONS = WordSet.of("bumps", "spots", "blisters", "hives",
      "pimples", "welts", "sores", "patches", "dots", "lesions");

  /** What the law may seize: "seizure of your property", "seizure of assets". */
  private static final WordSet SEIZED = WordSet.of("property", "properties", "assets", "goods",
      "funds", "vehicle", "vehicles", "car", "cars", "home", "house", "accounts", "wages",
      "documents", "cash", "land", "bienes", "propiedad", "cuentas");

  /**
   * A condition word in an everyday sense: "a rash of spoofed calls" (many of something),
   * "seizure of your property" (by the law), "un virus informático", "your new aids".
   */
  private static boolean otherSense(Analysis a, int k) {
    Tokens t = a.tokens();
    // "your new aids", "leave the right aid out": in lower case in a message that is not all
    // capitals, "aids" is the plural of aid (hearing aids above all); the syndrome is AIDS
    // (no corpus author labels a lower-case "aids" as a condition: 0 of 129 uses)
    // (a test or a clinic for it, or "HIV/aids", is the syndrome whatever its case)
    if (t.is(k, "aids") && !a.allCaps(k) && !a.mostlyUpperCase()
        && !viaEvasion(a, t.originalStart(k), t.originalEnd(k))
        && !(k + 1 < t.size() && t.isAny(k + 1, "test", "tests", "testing", "screening",
            "clinic", "prueba"))
        && !(k > 0 && t.is(k - 1, "hiv"))) {
      return true;
    }
    // "un virus informático", "a computer virus"
    if (t.is(k, "virus") && (k + 1 < t.size() && t.isAny(k + 1, "informatico", "informaticos")
        || k > 0 && t.isAny(k - 1, "computer", "email", "e-mail"))) {
      return true;
    }
    if (k + 2 >= t.size() || !t.isAny(k + 1, "of", "de")) {
      return false;
    }
    int to = Math.min(t.size() - 1, k + 4);
    if (t.is(k, "rash") && k > 0 && t.is(k - 1, "a")) {
      for (int j = k + 2; j <= to; j++) {
        if (LESIONS.contains(t, j)) {
          return false;
        }
      }
      return true;
    }
    if (t.isAny(k, "seizure", "seizures")) {
      for (int j = k + 2; j <= to; j++) {
        if (SEIZED.contains(t, j)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A Bethesda category at token {@code first}: ASC-US, ASC-H, LSIL, HSIL, AGC name what a Pap
   * smear found (every corpus author labels them RESULT), though lab lists carry them.
   */
  private static boolean cytologyFinding(Tokens t, int first) {
    return t.isAny(first, "ascus", "lsil", "hsil", "agus", "agc")
        || t.is(first, "asc") && first + 1 < t.size() && t.isAny(first + 1, "us", "h");
  }

  /** Verbs that ask the recipient to take a measure of their own. */
  private static final WordSet MEASURE_VERBS = WordSet.of("check", "measure", "log", "record",
      "track", "mida", "medir", "mide", "midase", "tome", "tomar", "tomarse", "tomese", "cheque",
      "chequee", "checar", "revise", "revisar", "anote", "anotar", "registre");

  /** Words of work right after "OT" or "PT": overtime hours, part-time staff. */
  private static final WordSet WORK_TIME = WordSet.of("hours", "hrs", "staff", "pay", "rate",
      "position", "positions", "job", "jobs", "employee", "employees", "worker", "workers",
      "sign-up", "signup");

  /** Words of work anywhere near "OT" or "PT" (the window takes the next word too). */
  private static final WordSet SHIFTS = WordSet.of("shift", "shifts", "payroll", "timesheet",
      "timesheets", "overtime");

  private static boolean accepted(Analysis a, TermMatcher.Match m, Lexicon.Sense s,
      boolean clearClinical, boolean reading, boolean sameField) {
    float amb = s.ambiguity();
    Tokens t = a.tokens();
    int first = m.firstToken();
    int last = m.lastToken();
    // "so we can scan it into your chart", "scan the QR code", "will transplant the oak
    // saplings": a one-word procedure with an object after it (and, when the word is clear, a
    // modal or "to" before it) is a verb
    if (s.kind() == ListKind.PROCEDURE && first == last && last + 1 < t.size()
        && VERB_OBJECTS.contains(t, last + 1) && sameGap(t, last)
        && (amb >= 0.5f || first > 0 && MODALS.contains(t, first - 1)
            || a.startsSentence(first) && !t.isAny(last + 1, "the", "in"))) {
      return false; // ... and an imperative: "Cast your vote!", "Brace yourself"
    }
    if (s.kind() == ListKind.CONDITION && first == last && otherSense(a, first)) {
      return false;
    }
    // "1.8 TB of your 2 TB storage": terabytes ("all 4 TB meds" are tuberculosis drugs)
    if (t.is(first, "tb") && first == last && first > 0 && t.type(first - 1) == Tokens.NUMBER
        && !(last + 1 < t.size() && TB_NOUNS.contains(t, last + 1))) {
      return false;
    }
    // "Nicu Brothers Roofing", "Nicu Family Bakery": an abbreviation written as a name, before
    // another capitalized word, is a name ("NICU Family Lounge" keeps its capitals)
    if (s.has(Tag.ABBREV) && first == last && t.length(first) >= 3 && a.capitalized(first)
        && !a.allCaps(first) && !innerCapitals(a, first, last) && !a.mostlyUpperCase()
        && last + 1 < t.size()
        && a.capitalized(last + 1) && !a.allCaps(last + 1) && sameGap(t, last)) {
      return false;
    }
    if (amb < 0.5f) {
      return true;
    }
    int cues = 0;
    // ("your echo was normal": an imaging test with how it read, as a lab test with its value)
    if (reading && s.kind() == ListKind.PROCEDURE && (s.has(Tag.LAB) || s.has(Tag.IMAGING))) {
      cues += 2; // "sugar was 300+", "BP 158/96": a measurement with its value
    }
    if (s.kind() == ListKind.MEDICATION && screenedFor(t, first)) {
      return true; // "positive for alcohol", "positivo a cocaína": a drug-screen finding
    }
    if (POSSESSIVES.containsAny(t, first - 3, first)) {
      cues++;
    }
    for (int k = last + 1; k <= Math.min(t.size() - 1, last + 2); k++) {
      if (VISIT_WORDS.contains(t, k) || followUpShorthandAt(t, k)) {
        cues++;
        break;
      }
    }
    if (clearClinical) {
      cues++;
    }
    if (sameField) {
      cues++; // a dental term in a dental practice's message
    }
    // "two fillings", "3 crowns": a count of treatments
    if (s.kind() == ListKind.PROCEDURE && first > 0 && isNumberish(t, first - 1)) {
      cues++;
    }
    // a visit type: "you have therapy", "knee rehab Thursday at 4", "tienes terapia a las 5";
    // not enough for words that are usually everyday words ("delivery", "cleaning" at 0.8+)
    if ((s.kind() == ListKind.PROCEDURE || s.kind() == ListKind.SPECIALTY) && amb < 0.8f) {
      if (first > 0 && HAVE_WORDS.contains(t, first - 1)) {
        cues++;
      }
      if (whenFollows(a, last)) {
        cues++;
      }
    }
    // "PT w/ Alicia", "OT with Sam": a service-line abbreviation in capitals, had with a named
    // person, is the service ("pt" alone is as often "patient"); the capitals are a second cue
    if ((s.kind() == ListKind.PROCEDURE || s.kind() == ListKind.SPECIALTY)
        && s.has(Tag.ABBREV) && a.allCaps(first) && first == last
        && withSomeoneFollows(a, last)) {
      cues++;
    }
    // "Marcus from PT", "PT recommends a walker", "12 PT visits": physical and occupational
    // therapy in their capitals (in a message not written in capitals) are the service; "pt" in
    // lower case is as often the patient (older corpora label 345 of 381 capital PT/OT uses)
    if ((s.kind() == ListKind.PROCEDURE || s.kind() == ListKind.SPECIALTY)
        && first == last && t.isAny(first, "pt", "ot") && a.allCaps(first)
        && !a.mostlyUpperCase()
        // ("OT hours", "the OT sign-up sheet for Saturday shifts", "PT staff": overtime and
        // part-time work)
        && !(last + 1 < t.size() && WORK_TIME.contains(t, last + 1))
        && !Frames.anyWithin(t, Math.max(0, first - 6), Math.min(t.size() - 1, last + 8), SHIFTS)) {
      cues += 2;
    }
    // "4-year shots", "2-month vaccines": a well-child visit by age, as plain as a reading
    if (s.kind() == ListKind.PROCEDURE && ageBefore(t, first)) {
      cues += 2;
    }
    // a treatment the patient is told they need: "needs fillings", "necesitará una corona"
    if (s.kind() == ListKind.PROCEDURE && amb < 0.9f
        && NEED_WORDS.containsAny(t, first - 3, first)) {
      cues++;
    }
    // whose it is, after it: "el examen físico escolar de Valeria", "la terapia de su hijo" (an
    // owner after the term, as "su" is before it; English puts it before: "Mia's")
    if (s.kind() == ListKind.PROCEDURE && amb < 0.9f && ownerFollows(a, last)) {
      cues++;
    }
    // a measure the recipient is asked to take: "check your sugar", "mida su presión"
    if (s.kind() == ListKind.PROCEDURE && s.has(Tag.LAB)
        && MEASURE_VERBS.containsAny(t, first - 3, first)) {
      cues++;
    }
    // a device or dressing put in or taken out: "we placed the drain", "le pusimos la sonda"
    if (s.kind() == ListKind.PROCEDURE
        && PLACEMENT_VERBS.containsAny(t, first - 3, first)) {
      cues++;
    }
    // a dental term next to a tooth: "Crown on #19", "filling on tooth 30"
    if (s.has(Tag.DENTAL) && toothNear(a, first, last)) {
      cues++;
    }
    // a severity right before a condition: "in mild withdrawal", "dolor severo"
    if (s.kind() == ListKind.CONDITION && ((first > 0 && SEVERITIES.contains(t, first - 1))
        || (last + 1 < t.size() && SEVERITIES.contains(t, last + 1)))) {
      cues += 2;
    }
    // a value right after a condition: "a fever of 101.2", "fiebre de 38.6"
    if (s.kind() == ListKind.CONDITION && feverReading(t, last)) {
      cues += 2;
    }
    // what someone came in or was sent home with: "came in w/ a fever", "llegó con fiebre"
    if (s.kind() == ListKind.CONDITION && amb < 0.8f && arrivedWith(t, first)) {
      cues++;
    }
    // a condition told as what someone did: "Kevin relapsed", "she vomited twice"
    if (s.kind() == ListKind.CONDITION && toldAsDone(a, first, last)) {
      cues++;
    }
    // the condition's course right after it: "the fever broke", "la fiebre bajó"
    if (s.kind() == ListKind.CONDITION && last + 1 < t.size()
        && Frames.CONDITION_COURSE.contains(t, last + 1)) {
      cues++;
    }
    // a finding verb before a condition: "showed a suspicious mass", "had a fall", "you have
    // allergies" (not "patients who may have the flu")
    if (s.kind() == ListKind.CONDITION) {
      for (int k = Math.max(0, first - 3); k < first; k++) {
        if (FINDING_CUES.contains(t, k)
            || (t.is(k, "have") && k > 0 && t.isAny(k - 1, "you", "u"))) {
          cues += 2;
          break;
        }
      }
    }
    // "about the cough you mentioned", "the rash she had": a condition someone is said to have
    // had or told of
    if (s.kind() == ListKind.CONDITION && last + 1 < t.size()) {
      // (within the sentence: "... the cough. You had a visit" tells no one had it)
      int hadEnd = Math.min(t.size() - 1, last + 4);
      int brk = Context.sentenceBreak(t.view(), t.end(last), t.start(hadEnd));
      if (brk >= 0) {
        hadEnd = t.lastEndingAtOrBefore(brk);
      }
      if (Frames.hadIt(t, last, hadEnd)) {
        cues += 2;
      }
    }
    // "PrEP", "MAT", "IOP": an ambiguous abbreviation written in capitals (in a message that is
    // not all capitals) is the abbreviation; a disguised spelling ("Ｐｒｅｐ", "pR3p") shows intent
    if (s.has(Tag.ABBREV) && innerCapitals(a, first, last)) {
      cues++;
    }
    // "home from the ED", "seen in the ER": a service-line abbreviation in capitals where the
    // recipient was ("go to the ER" and "the ER entrance" are advice and directions)
    if (s.kind() == ListKind.SPECIALTY && s.has(Tag.ABBREV) && first == last && first > 1
        && a.allCaps(first) && t.isAny(first - 1, "the", "our")
        && t.isAny(first - 2, "from", "in", "during", "since")) {
      cues++; // ("seen in our ER")
    }
    // where on the body: "the mole on your shoulder", "la quemadura en la pierna"
    if (s.kind() == ListKind.CONDITION && bodySiteAfter(t, last)) {
      cues++;
    }
    int os = t.originalStart(first);
    int oe = t.originalEnd(last);
    if (viaEvasion(a, os, oe)) {
      cues++;
    }
    if (s.kind() == ListKind.MEDICATION) {
      for (int k = Math.max(0, first - 4); k <= Math.min(t.size() - 1, last + 4); k++) {
        if (PICKUP_WORDS.contains(t, k)) {
          cues++;
          break;
        }
      }
      if (strengthFollows(a, last)) {
        cues += 2;
      }
      if (dosingVerbBefore(t, first)) {
        cues++; // "Tome calcio", "take your iron"
      }
    }
    if (s.kind() == ListKind.MEDICATION && amb >= 0.9f) {
      // "today", "heather", "take action": only with a strength or "your X" and a pickup word
      return strengthFollows(a, last) || (first > 0 && POSSESSIVES.contains(t, first - 1)
          && last + 1 < t.size() && PICKUP_WORDS.contains(t, last + 1));
    }
    if (amb < 0.8f) {
      return cues >= 1;
    }
    return cues >= 2;
  }

  /**
   * "de Valeria", "de su hija" after token {@code last}: a person's name (capitalized, not
   * starting a sentence) or a possessive right after "de" ("del Hospital" names a place).
   */
  private static boolean ownerFollows(Analysis a, int last) {
    Tokens t = a.tokens();
    int k = last + 1;
    if (k + 1 >= t.size() || !t.is(k, "de") || !sameGap(t, last)) {
      return false;
    }
    return POSSESSIVES.contains(t, k + 1)
        || (a.capitalized(k + 1) && !a.allCaps(k + 1) && !a.startsSentence(k + 1));
  }

  /** Links between a test and its value: "is", "was", "level", ":" is not a token. */
  private static final WordSet READING_LINKS = WordSet.of("is", "was", "are", "were", "level",
      "levels", "reading", "readings", "of", "at", "now", "es", "fue", "esta", "estaba", "salio",
      "nivel", "de", "en");

  /**
   * A value follows the term: a number after at most two link words ("hCG is 1,240", "ALT 88",
   * "sugar was 300+"), or an interpretation word right after a link ("BP was HIGH").
   */
  static boolean readingFollows(Analysis a, int last) {
    Tokens t = a.tokens();
    int k = last + 1;
    int links = 0;
    while (k < t.size() && links < 2 && READING_LINKS.contains(t, k)) {
      k++;
      links++;
    }
    if (k >= t.size()) {
      return false;
    }
    if (t.type(k) == Tokens.NUMBER) {
      // "progesterone 200 mg capsules": an amount in a dose unit is a strength, not a reading
      if (links == 0 && k + 1 < t.size() && (DOSE_STRENGTH_UNITS.contains(t, k + 1)
          || percentStrength(a, k))) {
        return false; // "testosterone 1.62% gel" is the drug, not a level
      }
      return links > 0 || t.start(k) - t.end(last) <= 2;
    }
    return links > 0 && READING_WORDS.contains(t, k);
  }

  /** Units of a drug's strength ("200 mg", "0.5 mcg"); a lab reports mg/dL, not mg. */
  private static final WordSet DOSE_STRENGTH_UNITS = WordSet.of("mg", "mcg", "g", "ml",
      "units", "iu", "meq");

  private static final WordSet READING_WORDS = WordSet.of("high", "low", "elevated", "normal",
      "alto", "alta", "bajo", "baja", "elevado", "elevada");

  /** The least ambiguous sense of {@code kind}, or null. */
  private static Lexicon.Sense senseOf(TermMatcher.Match m, ListKind kind, boolean spanish) {
    Lexicon.Sense best = null;
    for (int k = 0; k < m.senseCount(); k++) {
      Lexicon.Sense s = m.sense(k);
      if (s.kind() == kind && !otherLanguage(s, spanish)
          && (best == null || s.ambiguity() < best.ambiguity())) {
        best = s;
      }
    }
    return best;
  }

  private static final WordSet DOSING_VERBS = WordSet.of("take", "taking", "start", "starting",
      "continue", "restart", "resume", "tome", "tomar", "toma", "empiece", "empezar", "comience",
      "siga", "use", "usar");

  /** A dosing verb within three tokens before the term: "Start vitamin D3", "Tome calcio". */
  private static boolean dosingVerbBefore(Tokens t, int first) {
    return DOSING_VERBS.containsAny(t, first - 3, first);
  }

  /** "Ms.", "Dr." written as a title: a dot, a space and a capitalized word right after. */
  private static boolean courtesyTitle(Analysis a, int k) {
    Tokens t = a.tokens();
    if (!t.isAny(k, "ms", "mr", "mrs", "dr", "sr", "sra") || k + 1 >= t.size()) {
      return false;
    }
    String o = a.original();
    int e = t.originalEnd(k);
    return e + 1 < o.length() && o.charAt(e) == '.' && o.charAt(e + 1) == ' '
        && a.capitalized(k + 1);
  }

  private static final WordSet COUNT_WORDS = WordSet.of("two", "three", "four", "five", "six",
      "dos", "tres", "cuatro", "cinco", "seis");

  private static final WordSet NEED_WORDS = WordSet.of("need", "needs", "needed", "require",
      "requires", "recommend", "recommended", "necesita", "necesitara", "necesitan", "requiere",
      "recomendamos");

  /** "tooth", "teeth", "diente", "muela" or a "#19" tooth number within four tokens. */
  private static boolean toothNear(Analysis a, int first, int last) {
    Tokens t = a.tokens();
    String o = a.original();
    for (int k = Math.max(0, first - 4); k <= Math.min(t.size() - 1, last + 4); k++) {
      if (k >= first && k <= last) {
        continue;
      }
      if (t.isAny(k, "tooth", "teeth", "diente", "dientes", "muela", "molar")) {
        return true;
      }
      int s = t.originalStart(k);
      if (t.type(k) == Tokens.NUMBER && s > 0 && o.charAt(s - 1) == '#') {
        return true;
      }
    }
    return false;
  }

  private static final WordSet SCREEN_RESULTS = WordSet.of("positive", "negative", "pos", "neg",
      "positivo", "positiva", "negativo", "negativa");

  /** "positive for alcohol", "positivo a opioides": the term is what a drug screen found. */
  private static boolean screenedFor(Tokens t, int first) {
    return first >= 2 && t.isAny(first - 1, "for", "a", "para")
        && SCREEN_RESULTS.contains(t, first - 2);
  }

  /** An upper-case letter after the first in the span, in a message not written in capitals. */
  private static boolean innerCapitals(Analysis a, int first, int last) {
    String o = a.original();
    int s = a.tokens().originalStart(first);
    int e = a.tokens().originalEnd(last);
    if (a.mostlyUpperCase()) {
      return false;
    }
    for (int p = s + 1; p < e; p++) {
      if (Character.isUpperCase(o.charAt(p))) {
        return true;
      }
    }
    return false;
  }

  // ---- spans ---------------------------------------------------------------------------------

  /** End of "Mary" in "Mary's". */
  private static int possessiveBodyEnd(Analysis a, int last, int end) {
    String o = a.original();
    int e = end;
    if (e >= 2 && (o.charAt(e - 1) == 's' || o.charAt(e - 1) == 'S')) {
      char ap = o.charAt(e - 2);
      if (ap == '\'' || ap == '\u2019') {
        return e - 2;
      }
    }
    return end;
  }

  private static final WordSet UNITS =
      WordSet.spaced(" mg mcg µg ug g gm ml cc iu u units unit meq % mg/ml mg/5ml mcg/ml mg/hr mcg/hr"
          + " milligram milligrams microgram micrograms miligramo miligramos microgramo"
          + " microgramos ");

  /** {@code last + 1} if the next token is one of {@code words}, one space or hyphen on. */
  private static int wordAfter(Tokens t, int last, WordSet words) {
    return last + 1 < t.size() && words.contains(t, last + 1) && sameGap(t, last)
        ? last + 1 : last;
  }

  /** Salts and hydrates written after a drug's name: part of the drug, not a lab test. */
  private static final WordSet SALTS = WordSet.spaced(" potassium sodium calcium magnesium"
      + " hydrochloride hcl succinate tartrate besylate maleate mesylate citrate fumarate acetate"
      + " sulfate phosphate bromide chloride dihydrate monohydrate potasico sodico calcico"
      // "tenofovir DF" (disoproxil fumarate), "tenofovir AF" (alafenamide)
      + " df af disoproxil alafenamide ");

  private static final String RELEASE_FORMS_TEXT = " er xr xl sr dr cr la odt ";

  private static final WordSet RELEASE_FORMS = WordSet.spaced(RELEASE_FORMS_TEXT);

  /**
   * A capitalized clinical word ending at token {@code last} begins a place's name: a street
   * ("our Maternity Lane office", "Holter Road", "Dialysis Drive") or a road named in two words
   * ("Sprain Brook Pkwy"; not "St", as often a saint), a landform ("our Shingle Creek store",
   * "Heart Lake"), or a building named for someone ("the Parkinson Pavilion lobby", "Graves
   * Tower").
   */
  private static boolean namesAPlace(Analysis a, Tokens t, int last) {
    int n = t.size();
    if (last + 1 >= n || !a.capitalized(last + 1) || !sameGap(t, last)) {
      return false;
    }
    if (!a.allCaps(last + 1)
        && (PracticeNames.ROADS.contains(t, last + 1) || LANDFORMS.contains(t, last + 1))) {
      return true;
    }
    if (a.mostlyUpperCase()) {
      return false;
    }
    // ... or a club or a shop: "Pacemaker Running Club", "Splint Woodworks", "Iron Forge Gym"
    return BUILDINGS.contains(t, last + 1) || CLUBS.contains(t, last + 1)
        || PracticeNames.SHOPS.contains(t, last + 1)
        || last + 2 < n && a.capitalized(last + 2) && sameGap(t, last + 1)
            && (PracticeNames.ROADS.contains(t, last + 2) && !t.is(last + 2, "st")
                || CLUBS.contains(t, last + 2) || PracticeNames.SHOPS.contains(t, last + 2));
  }

  /** Clubs named for a word of the field: "Pacemaker Running Club", "Heartbeat Choir". */
  private static final WordSet CLUBS = WordSet.of("club", "clubs", "league", "choir", "chorus");

  /** What tuberculosis, not storage, comes before: "4 TB meds", "2 TB tests". */
  private static final WordSet TB_NOUNS = WordSet.of("meds", "medicine", "medicines",
      "medication", "medications", "pills", "drugs", "doses", "test", "tests", "treatment",
      "patients", "cases", "contacts", "screening", "screenings");

  private static final WordSet SITE_PREPOSITIONS = WordSet.of("on", "in", "near", "under",
      "behind", "en", "sobre", "cerca", "debajo", "detras");

  private static final WordSet SITE_DETERMINERS = WordSet.of("your", "ur", "the", "his", "her",
      "their", "left", "right", "upper", "lower", "su", "sus", "tu", "la", "el", "los", "las",
      "de", "del", "izquierda", "izquierdo", "derecha", "derecho");

  /** Parts of the body a condition may be on or in. */
  static final WordSet BODY_SITES = WordSet.of("shoulder", "shoulders", "arm", "arms",
      "leg", "legs", "back", "face", "neck", "chest", "foot", "feet", "hand", "hands", "knee",
      "knees", "nose", "ear", "ears", "eye", "eyes", "scalp", "skin", "cheek", "forehead", "lip",
      "lips", "finger", "fingers", "toe", "toes", "ankle", "wrist", "hip", "thigh", "belly",
      "breast", "abdomen", "brazo", "brazos", "pierna", "piernas", "espalda", "cara", "cuello",
      "pecho", "pie", "pies", "mano", "manos", "rodilla", "nariz", "oreja", "ojo", "ojos",
      "cabeza", "piel", "mejilla", "frente", "labio", "dedo", "dedos", "tobillo", "muneca",
      "cadera", "muslo", "seno", "ankles", "wrists", "hips", "calf", "calves", "tailbone",
      "heel", "heels", "elbow", "elbows", "tobillos", "rodillas", "codo", "talon");

  /** "on your shoulder", "en la pierna izquierda": a part of the body right after {@code last}. */
  private static boolean bodySiteAfter(Tokens t, int last) {
    int k = last + 1;
    if (k >= t.size() || !SITE_PREPOSITIONS.contains(t, k)) {
      return false;
    }
    for (k++; k < t.size() && k <= last + 4; k++) {
      if (BODY_SITES.contains(t, k)) {
        return true;
      }
      if (!SITE_DETERMINERS.contains(t, k)) {
        return false;
      }
    }
    return false;
  }

  /** Parts of a campus named for a person: "Parkinson Pavilion" (a "Parkinson Center" treats). */
  private static final WordSet BUILDINGS = WordSet.of("pavilion", "tower", "building", "hall",
      "wing", "garage", "annex", "atrium", "auditorium", "pabellon", "torre", "edificio");

  /** Features of the landscape that end a place's name: "Shingle Creek", "Heart Lake". */
  private static final WordSet LANDFORMS = WordSet.of("creek", "lake", "lakes", "ridge", "valley",
      "hills", "springs", "grove", "meadows", "woods", "hollow", "pond", "falls", "bluff",
      "canyon", "harbor");

  /** Words that make a term a comparison: "migraine-sized", "heart-shaped", "flu-like". */
  private static final WordSet LIKENESS = WordSet.of("sized", "size", "shaped", "shape",
      "themed", "style", "colored", "coloured", "inspired");

  /** Routes written after a drug ("minoxidil oral 2.5 mg"): part of the product's name. */
  private static final WordSet ROUTES = WordSet.of("oral", "topical", "topico", "topica",
      "sublingual", "nasal", "oftalmico", "ophthalmic");

  private static final WordSet FORMS =
      WordSet.spaced(RELEASE_FORMS_TEXT + " tab tabs tablet tablets cap caps capsule capsules"
          + " hcl patch injection inj pen inhaler cream ointment gel solution suspension syrup"
          + " drops spray vial tableta tabletas capsula capsulas film films pellet pellets ");

  /** A dose right after the term: "50mg", "10 mg", "0.5 ml" (a bare number is not a dose). */
  private static boolean strengthFollows(Analysis a, int last) {
    NormalizedText v = a.terms();
    Tokens t = a.tokens();
    int k = last + 1;
    if (k >= t.size() || t.start(k) - t.end(last) > 1 || !Character.isDigit(v.buffer()[t.start(k)])) {
      return false;
    }
    return hasUnitSuffix(t.term(k)) || (k + 1 < t.size() && t.start(k + 1) - t.end(k) <= 1
        && UNITS.contains(t, k + 1)) || percentStrength(a, k);
  }

  /**
   * "1.62% gel", "2.5% cream": a percent right after the number and a form word after it is a
   * topical drug's strength (a bare "5%" is no strength: a discount, a change).
   */
  private static boolean percentStrength(Analysis a, int k) {
    Tokens t = a.tokens();
    char[] c = a.terms().buffer();
    int p = t.end(k);
    return p < a.terms().length() && c[p] == '%' && k + 1 < t.size()
        && t.start(k + 1) - p <= 2 && FORMS.contains(t, k + 1);
  }

  /** Extends a medication span over a following strength and form: "50mg", "10 mg tablets". */
  private static int strengthEnd(Analysis a, int last, int end) {
    Tokens t = a.tokens();
    NormalizedText v = a.terms();
    char[] c = v.buffer();
    int k = last + 1;
    // "Humira Pen 40 mg": a form word between the name and its strength
    if (k + 1 < t.size() && t.start(k) - t.end(last) <= 1 && FORMS.contains(t, k)
        && t.start(k + 1) - t.end(k) <= 1 && Character.isDigit(c[t.start(k + 1)])) {
      last = k;
      k++;
    }
    // "losartán de 50 mg": Spanish may put "de" between the drug and its strength
    if (k + 1 < t.size() && t.is(k, "de") && t.start(k) - t.end(last) <= 1
        && t.start(k + 1) - t.end(k) <= 1 && Character.isDigit(c[t.start(k + 1)])) {
      last = k;
      k++;
    }
    if (k >= t.size() || t.start(k) - t.end(last) > 2 || !Character.isDigit(c[t.start(k)])) {
      return end;
    }
    // a combination's strengths: "hydrocodone-acetaminophen 5-325 mg", "Truvada 200/300 mg"
    // ("Suboxone 8mg-2mg film", "8mg/2mg": each strength with its unit)
    if (k + 1 < t.size() && t.start(k + 1) - t.end(k) == 1
        && (c[t.end(k)] == '/' || c[t.end(k)] == '-') && Character.isDigit(c[t.start(k + 1)])
        && (!hasUnitSuffix(t.term(k)) || hasUnitSuffix(t.term(k + 1)))) {
      k++;
    }
    // the number token may carry its unit ("50mg") or be followed by one ("50 mg", "0.5 mg")
    int numEnd = k;
    String num = t.term(k);
    boolean unitInside = hasUnitSuffix(num);
    int lastTok = numEnd;
    if (!unitInside && k + 1 < t.size() && t.start(k + 1) - t.end(k) <= 1
        && UNITS.contains(t, k + 1)) {
      lastTok = k + 1;
    } else if (!unitInside) {
      // a bare number after a drug name: keep it only if a form follows ("sertraline 50 tablets")
      if (!(k + 1 < t.size() && FORMS.contains(t, k + 1))) {
        return end;
      }
      if (percentStrength(a, k)) {
        lastTok = k + 1; // "hydrocortisone 2.5% cream": the percent and the form go with it
      }
    }
    // "/5ml" or "/ml" right after the unit
    int p = t.end(lastTok);
    if (p < v.length() && c[p] == '/' && lastTok + 1 < t.size() && t.start(lastTok + 1) == p + 1) {
      lastTok++;
      // "40 mg/0.4 mL": an amount of the solution, then its unit
      if (lastTok + 1 < t.size() && Character.isDigit(c[t.start(lastTok)])
          && !hasUnitSuffix(t.term(lastTok)) && t.start(lastTok + 1) - t.end(lastTok) <= 1
          && UNITS.contains(t, lastTok + 1)) {
        lastTok++;
      }
    }
    // an optional form word, perhaps after its route: "10 mg tablets", "10 mg nasal spray"
    if (lastTok + 2 < t.size() && ROUTES.contains(t, lastTok + 1)
        && t.start(lastTok + 1) - t.end(lastTok) <= 1 && FORMS.contains(t, lastTok + 2)
        && t.start(lastTok + 2) - t.end(lastTok + 1) <= 1) {
      lastTok++;
    }
    if (lastTok + 1 < t.size() && t.start(lastTok + 1) - t.end(lastTok) <= 1
        && FORMS.contains(t, lastTok + 1)) {
      lastTok++;
    }
    int strengthEnd = t.originalEnd(lastTok);
    // "Truvada (30 tablets)": a strength opened by a parenthesis takes the closing one, or a
    // rewrite that removes the span leaves a stray ")"
    if (t.originalGap(last, k).indexOf('(') >= 0) {
      String o = a.original();
      int close = strengthEnd;
      while (close < o.length() && close - strengthEnd < 24 && o.charAt(close) != ')'
          && o.charAt(close) != '(' && o.charAt(close) != '\n') {
        close++;
      }
      if (close == o.length() || o.charAt(close) != ')') {
        return end;
      }
      strengthEnd = close + 1; // "(10 mg, generic)" goes whole
    }
    return Math.max(end, strengthEnd);
  }

  private static boolean hasUnitSuffix(String num) {
    int i = 0;
    while (i < num.length() && (Character.isDigit(num.charAt(i)) || num.charAt(i) == '.')) {
      i++;
    }
    return i > 0 && i < num.length() && UNITS.contains(num.substring(i));
  }

  /**
   * Whether the span was disguised: a zero-width or other invisible character, a look-alike or
   * fullwidth letter, a leet digit or symbol between letters, or random capitals ("pReP").
   */
  static boolean viaEvasion(Analysis a, int start, int end) {
    String o = a.original();
    int caseChanges = 0;
    for (int p = start; p < end; p++) {
      char ch = o.charAt(p);
      if (ch >= 0x80 && !(Character.isLetter(ch) && isLatin(ch))) {
        return true;
      }
      boolean between = p > start && p < end - 1 && Character.isLetter(o.charAt(p - 1));
      if (between && (Character.isDigit(ch) || ch == '$' || ch == '@' || ch == '!')) {
        return true;
      }
      if (p > start && Character.isLetter(ch) && Character.isLetter(o.charAt(p - 1))
          && Character.isUpperCase(ch) != Character.isUpperCase(o.charAt(p - 1))) {
        caseChanges++;
      }
    }
    return caseChanges >= 3;
  }

  private static boolean isLatin(char ch) {
    return Character.UnicodeScript.of(ch) == Character.UnicodeScript.LATIN && ch < 0x2000;
  }

  /** Sets {@code marks[k]} for every token {@code k} that shares a character with {@code d}. */
  static void markTokens(Tokens t, Detection d, boolean[] marks) {
    int k = Frames.firstToken(t, d.start); // the first token ending after d starts
    for (; k >= 0 && k < t.size() && t.originalStart(k) < d.end; k++) {
      marks[k] = true;
    }
  }

  /** Lines of a benefit plan, as a list names them: "medical, dental, vision". */
  private static final WordSet BENEFIT_LINES = WordSet.of("medical", "dental", "vision", "life",
      "disability", "hearing", "pharmacy", "prescription", "medica", "medicos", "medicas",
      "medico", "dentales", "vida", "auditivos", "farmacia");

  /**
   * Token {@code i} (a one-word specialty: "dental", "vision") is one item of a list of plan
   * lines: a neighbour joined to it by a comma, "and", "or", "y" or "o" (with "de" before a
   * Spanish item: "dentales, de visión") is another line.
   */
  static boolean benefitLineInList(Tokens t, int i) {
    if (!BENEFIT_LINES.contains(t, i)) {
      return false;
    }
    int before = i - 1;
    if (before >= 0 && t.is(before, "de")) {
      before--;
    }
    if (before >= 0 && t.isAny(before, "and", "or", "y", "o")) {
      before--;
    } else if (before >= 0 && !t.originalGap(before, before + 1).contains(",")) {
      before = -1;
    }
    if (before >= 0 && BENEFIT_LINES.contains(t, before)) {
      return true;
    }
    int after = i + 1;
    if (after < t.size() && t.isAny(after, "and", "or", "y", "o")) {
      after++;
    } else if (after < t.size() && !t.originalGap(i, after).contains(",")) {
      return false;
    }
    if (after < t.size() && t.is(after, "de")) {
      after++;
    }
    return after < t.size() && BENEFIT_LINES.contains(t, after);
  }
}
