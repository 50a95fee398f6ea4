package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.dict.Tag;
import dev.redactor.internal.dict.TermMatcher;
import java.util.List;

/**
 * Finds specialty-revealing practice names: a run of capitalized words ("Bright Smiles Dental",
 * "Harbor Behavioral Health", "Clínica Dental Sonrisas") that contains a specialty term or a
 * specialty-revealing word and reads as the name of a place — it has a facility word ("Center",
 * "Clinic", "Health", "Centro"...), ends with the specialty word, or has three or more words. The
 * whole name is one SPECIALTY detection, so a rewrite removes all of it.
 *
 * <p>Capitalization carries no information in a message written in capitals; then this finder
 * stays silent and the terms inside are judged on their own.
 */
final class PracticeNames {
  private PracticeNames() {}

  private static final WordSet DAYS_AND_MONTHS = WordSet.spaced(" monday tuesday wednesday"
      + " thursday friday saturday sunday january february march april may june july august"
      + " september october november december today tomorrow tonight ");

  private static final WordSet CONNECTORS =
      WordSet.spaced(" of for the and de del la las los y en ");

  private static final WordSet LEADING_STOP =
      WordSet.spaced(" your you our my the at with from to in for and a an su sus tu nuestra nuestro en con el"
          + " la los las de del hi hello dear hola reminder recordatorio join visit call meet"
          + " welcome contact visite llame unase ");

  private static final WordSet SAINTS = WordSet.spaced(" san santa santo st saint sainte ");

  /** Shops and eateries: a name before one is a business's ("Lupe's Bakery"), not a practice's. */
  static final WordSet SHOPS = WordSet.spaced(" shop store boutique thrift cafe tienda"
      + " shoes shoe skincare bar outlet mart bakery daycare preschool restaurant diner grill"
      + " kitchen pizza pizzeria taqueria deli salon barbershop market florist pub tavern"
      // shops named for their owner: "Gleason's Hardware", "Neil's Auto Body"
      + " hardware auto garage tire tires grocery books bookstore plumbing catering jewelry"
      + " cleaners flowers panaderia ferreteria floreria"
      // "Peak Flow Yoga", "Radio Buen Oído", "Colchones El Buen Sueño", "MRI Paving Co."
      + " yoga radio colchones mattress mattresses paving hotel"
      // "Crisis Center Phone & Tablet Repair", "Centro de Crisis Celular", "Stitch & Bloom
      // Tailoring"
      + " repair repairs tailoring tailor alterations celular celulares"
      // "Scan & Print Express", "Vital Signs Print Shop and Pulse Fitness"
      + " print printing prints fitness gym"
      // "Root Canal Brewing", "Niño Feliz Toys", "Stork Express Courier", "Comfort Inn"
      + " toys brewing brewery winery meetup courier roofing cosmeticos marina inn motel records"
      + " soccer"
      // "Pacemaker Running Club", "Stress-Free Tax Prep", "Guardería Pequeños Pasos"
      + " club tax"
      // "Sgt. Pepper's BBQ", "Midwest Recovery & Collections"
      + " bbq barbecue bistro eatery burgers creamery roasters donuts bagels collections coffee"
      // "X-Ray Arcade", "Hearts & Heels Dance Studio"
      + " arcade dance"
      // "Splint Woodworks", "Brightline Voice Studios", "Sparkle Hand Car Wash"
      + " woodworks woodworking studios wash carwash bakeshop bakehouse"
      // "Riverside Children's Museum", "Eastside Branch Library" ("studio" is none: "Juniper
      // Dental Studio")
      + " museum museo zoo aquarium library biblioteca theater theatre cinema"
      // "Rosie's Crab Shack", "Fairbrook Youth Orchestra", "Bump & Bloom Photography", "The
      // Growth Spurt Kids Consignment", "Pañalera La Cigüeña"
      + " shack cantina orchestra symphony choir strings consignment photography"
      + " panalera"
      // "Valve & Vent Mechanical", "Pulse Cycle Studio", "Envíos Express La Positiva"
      + " mechanical hvac heating cycle cycling hiit envios abarrotes towing"
      // "Heart of the Valley Food Bank", "Hope Street Pantry", "Despensa Corazón"
      + " pantry pantries despensa foodbank ");

  private static final WordSet WEEKDAYS = WordSet.spaced(" monday tuesday wednesday thursday"
      + " friday saturday sunday lunes martes miercoles jueves viernes sabado domingo ");

  private static final WordSet EVENTS = WordSet.spaced(" walk run race 5k 10k gala fair festival"
      + " fundraiser relay marathon tournament caminata carrera feria maraton torneo"
      // "Rhythm & Blues Night", "Kids Bike Rodeo", "Quick Pulse Survey", "Youth Soccer league"
      + " night rodeo survey league concert fiesta picnic festivales challenge ");

  /**
   * Spanish shops named for a trade, which come before the owner's or another name: "Yesería
   * Martínez", "Guardería Pequeños Pasos".
   */
  static final WordSet SPANISH_TRADES = WordSet.of(
    "yeseria", "carpinteria", "plomeria", "herreria", "muebleria", "papeleria", "zapateria",
    "lavanderia", "tintoreria", "joyeria", "pasteleria", "peluqueria", "barberia", "cerrajeria",
    "tortilleria", "carniceria", "panaderia", "ferreteria", "floreria", "libreria", "llanteria",
    "vidrieria", "tapiceria", "relojeria", "jugueteria", "dulceria", "fruteria", "polleria",
    "pescaderia", "cerveceria", "taqueria", "pizzeria", "heladeria", "cafeteria", "merceria",
    "refaccionaria", "guarderia", "jugueria", "neveria", "paleteria", "loncheria", "rosticeria",
    "imprenta", "fotografia", "abarrotes", "tienda",
    // not trades, but named first as well: "Yoga Oxígeno", "Gimnasio Vida"
    "yoga", "gimnasio", "restaurante", "cafe", "arcade", "lavado", "autolavado", "salon"
  );

  /** Words that may follow a shop's word at the end of its name: "Scan & Print Express". */
  private static final WordSet SHOP_TAILS =
      WordSet.spaced(" express co company inc llc plus studio studios ");

  /**
   * A shop's name: its last word is a shop's ("Valley Hospice Thrift Shop"), or the one before
   * a company's tail ("Scan & Print Express"), or Spanish names the trade first.
   */
  private static boolean shopWithin(Tokens t, int i, int j) {
    return SHOPS.contains(t, j) || SPANISH_TRADES.contains(t, i)
        || j > i && SHOP_TAILS.contains(t, j) && SHOPS.contains(t, j - 1)
        // a food bank: "Heart of the Valley Food Bank" ("Blood Bank", "Milk Bank" stay care)
        || j > i && t.isAny(j, "bank", "bank's") && t.is(j - 1, "food");
  }

  private static final WordSet DEBT_WORDS = WordSet.spaced(" debt debts collect collects"
      + " collecting collection collections collector collectors delinquent deuda deudas"
      + " cobranza cobranzas cobro ");

  /**
   * "Heartland Recovery Partners: This is an attempt to collect a debt": a debt collector's name,
   * in a message about a debt, is no recovery program's.
   */
  private static boolean debtRecovery(Tokens t, int i, int j) {
    boolean recovery = false;
    for (int k = i; k <= j && !recovery; k++) {
      recovery = t.isAny(k, "recovery", "recuperacion", "resolution");
    }
    if (!recovery) {
      return false;
    }
    for (int k = 0; k < t.size(); k++) {
      if (DEBT_WORDS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code k} names an event ("Walk", "Caminata"); "Walk-In" names a clinic. */
  private static boolean event(Tokens t, int k) {
    return EVENTS.contains(t, k) && !(t.is(k, "walk") && k + 1 < t.size()
        && t.isAny(k + 1, "in", "ins"));
  }

  /** The last word of a public place's name: "Cataract Creek Park", "Cancer Survivors Plaza". */
  private static final WordSet OPEN_PLACES = WordSet.spaced(" park parque plaza lake lago creek"
      + " river pond trail trails stadium arena beach playa garden gardens jardin fairgrounds ");

  /**
   * A name that ends on a public place's word names the place in English order ("Heart Lake
   * Park"); Spanish puts the head first ("Dermatología Alder Creek", "Clínica de Ojos Hollis
   * Park"), as an English name does with "of" ("Midwife of Hollow Creek").
   */
  private static boolean openPlace(Analysis a, Tokens t, int i, int j) {
    if (a.isSpanish() || FACILITY.contains(t, i)) {
      return false;
    }
    for (int k = i + 1; k < j; k++) {
      if (isConnector(t, k)) {
        return false;
      }
    }
    return true;
  }

  private static final WordSet OBSERVANCES = WordSet.spaced(" month week day mes semana dia ");

  private static final WordSet GENERAL_CARE = WordSet.spaced(" family familiar familia community"
      + " comunitario comunitaria comunitarios salud health medical medica medico primary primaria"
      + " general pharmacy pharmacies farmacia farmacias drug drugs drugstore ");

  /** Places that say nothing of a field: "Crossroads Clinic", "Laboratorio Refugio". */
  private static final WordSet PLAIN_PLACES = WordSet.spaced(" clinic clinics clinica clinicas"
      + " lab labs laboratory laboratories laboratorio office offices consultorio ");

  static final WordSet FACILITY =
      WordSet.spaced(" center centre centers clinic clinics institute hospital hospitals group associates"
          + " partners practice specialists services program network office offices care health"
          + " medical medicine dental dentistry pharmacy lab labs laboratory imaging therapy"
          + " physicians surgery surgeons orthodontics pediatrics wellness house home clinica doctors"
          + " centro centros hospital instituto grupo consultorio salud farmacia laboratorio"
          + " servicios programa unidad asociados especialistas sonrisas smiles kids botica"
          + " boticas department departamento dept ");

  static void detect(Analysis a, Lexicon lx, List<TermMatcher.Match> matches, boolean[] blocked,
      List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    if (n < 2) {
      return;
    }
    lowerCaseNames(a, lx, matches, blocked, out);
    fusedNames(a, lx, blocked, out);
    if (a.mostlyUpperCase()) {
      return;
    }
    // The matches are in order of first token; a run looks only at those that can touch it
    // (from firstFrom), never at all of them: a scan of every match for every run was quadratic
    // in the message (80% of a 1 MB check).
    int span = 0;
    boolean ordered = true;
    for (int k = 0; k < matches.size(); k++) {
      TermMatcher.Match m = matches.get(k);
      span = Math.max(span, m.lastToken() - m.firstToken());
      ordered &= k == 0 || matches.get(k - 1).firstToken() <= m.firstToken();
    }
    if (!ordered) {
      // never from Analysis.matches; a search of an unordered list would miss terms silently
      List<TermMatcher.Match> copy = new java.util.ArrayList<>(matches);
      copy.sort((x, y) -> Integer.compare(x.firstToken(), y.firstToken()));
      matches = copy;
    }
    int i = 0;
    while (i < n) {
      if (!isCap(a, t, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && joinable(a, t, j) && !HEADLINE_VERBS.contains(t, j + 1)) {
        if (isCap(a, t, j + 1)) {
          j++;
        } else if (isConnector(t, j + 1) && j + 2 < n && joinable(a, t, j + 1)
            && isCap(a, t, j + 2) && !(t.is(j + 1, "the") && DAYS_AND_MONTHS.contains(t, j))) {
          // (not "starting Monday the Birth Center entrance": a day before "the" ends a phrase)
          j += 2;
        } else if (j + 3 < n && t.isAny(j + 1, "para", "for", "de", "of") && t.isAny(j + 2,
            "la", "el", "los", "las", "the") && joinable(a, t, j + 1) && joinable(a, t, j + 2)
            && isCap(a, t, j + 3)) {
          // "Clínica Esperanza para la Mujer", "Center for the Blind", "Centro de Salud de la
          // Mujer Alameda"
          j += 3;
        } else if (t.type(j + 1) == Tokens.NUMBER && j + 2 < n && joinable(a, t, j + 1)
            && isCap(a, t, j + 2) && !identifierAt(out, t, j + 1) && wholeNumber(a, t, j + 1)) {
          // "Urgencias 24 Horas San Jorge", "Urgent Care 24 Seven"; not "Rx 4471928 X", nor a
          // reading and its flag ("Potassium 6.1 H")
          j += 2;
        } else {
          break;
        }
      }
      consider(a, lx, matches, span, blocked, out, i, j);
      i = j + 1;
    }
  }

  /**
   * Words that make a capitalized run a headline, not a name: "FLU SHOTS ARE HERE", "COVID
   * BOOSTERS AVAILABLE NOW". No practice is called "... Are Here".
   */
  private static final WordSet HEADLINE_VERBS = WordSet.of("are", "is", "was", "were", "will",
      "here", "now", "available", "arrived", "back", "estan", "esta", "llegaron", "llego", "ya");

  /** Number token {@code k} is written without a decimal mark ("24", not "6.1" or "6,1"). */
  private static boolean wholeNumber(Analysis a, Tokens t, int k) {
    String o = a.original();
    for (int p = t.originalStart(k); p < t.originalEnd(k); p++) {
      char ch = o.charAt(p);
      if (ch == '.' || ch == ',') {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the first of {@code matches} (in order of first token) whose first token is at
   * or after {@code token}, or {@code matches.size()}.
   */
  private static int firstFrom(List<TermMatcher.Match> matches, int token) {
    int lo = 0;
    int hi = matches.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (matches.get(mid).firstToken() < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Judges the capitalized run {@code [i, j]}. {@code span} is the most tokens any match spans
   * after its first, so that the matches covering a token are found near it.
   */
  private static void consider(Analysis a, Lexicon lx, List<TermMatcher.Match> matches, int span,
      boolean[] blocked, List<Detection> out, int i, int j) {
    Tokens t = a.tokens();
    // "Centro de Salud de la Mujer Alameda": a facility word that opens a specialty term of
    // several words stays; alone ("Hospital", "Centro") it is no start of a name
    while (i <= j && LEADING_STOP.contains(t, i)
        && specialtyFrom(lx, matches, i, j, a.isSpanish()) <= i) {
      i++;
    }
    // a sentence's capital says nothing: "Resultados de PCR disponibles", "Results from..."
    while (i < j && a.startsSentence(i) && lx.isWord(t, i)
        && !FACILITY.contains(t, i) && isConnector(t, i + 1)
        && !inTerm(matches, span, i)) {
      i++;
      while (i <= j && isConnector(t, i)) {
        i++;
      }
    }
    while (j >= i && (isConnector(t, j) || WEEKDAYS.contains(t, j))) {
      j--; // "Meal Prep Monday", "Harbor Cardiology Monday at 3": the day is no part of a name
    }
    if (i <= j && TermDetector.SPANISH_PLACES.contains(t, i)) {
      return; // "frente al Parque Colón", "la Prepa Juárez": a place named for a person
    }
    // an allow-list phrase or a person inside the run: the name is what follows it ("Dra. Gómez
    // en Centro Oncológico Cumbre")
    for (int k = j; k >= i; k--) {
      if (blocked[k]) {
        i = k + 1;
        while (i <= j && (LEADING_STOP.contains(t, i) || isConnector(t, i))) {
          i++;
        }
        break;
      }
    }
    if (j - i + 1 < 2) {
      return;
    }
    if (t.endsWith(i, "'s") && !hasFacility(t, i, j)) {
      return; // "Liam's ADHD" is a person's condition, not a practice
    }
    long tags = 0;
    boolean found = false;
    boolean endsWithSpecialty = false;
    boolean weakOnly = true; // only weak practice words (rosa, esperanza, hope) found
    // "Clínica Familiar Santa Rosa", "Centro de Salud Esperanza": beside a word that says the
    // place is general care, a weak practice word (rosa, esperanza, hope: 0.8 and up) is a name
    boolean general = false;
    // "Crossroads Clinic", "Haven Lab": a comfort metaphor of hospice and home care (0.85 and
    // up) before a plain clinic names no field; "Crossroads Addiction Services" says it with
    // another word ("Red Ribbon Wellness Clinic" keeps its ribbon)
    boolean plainPlace = false;
    for (int k = i; k <= j; k++) {
      general |= GENERAL_CARE.contains(t, k);
      // "Clínica Santa Rosa", "St. Jude": a saint's name makes the weak word a name too
      general |= k + 1 <= j && SAINTS.contains(t, k);
      plainPlace |= PLAIN_PLACES.contains(t, k);
    }
    // "Domestic Violence Awareness Month", "Happy Pride Month", "National Cancer Survivors Day":
    // an observance, not a place; "Caminata Rosa", "Pink Ribbon Walk", "Cedar Ridge 5K", "the
    // Riverside Park Pride festival": an event; "Valley Hospice Thrift Shop": a shop
    if (j > i && (OBSERVANCES.contains(t, j) || event(t, i) || event(t, j)
        || j + 1 < t.size() && event(t, j + 1) || shopWithin(t, i, j)
        || ROADS.contains(t, j) && !(i > 0 && t.type(i - 1) == Tokens.NUMBER)
        || OPEN_PLACES.contains(t, j) && openPlace(a, t, i, j)
        || debtRecovery(t, i, j))) {
      // ("Purple Heart Highway", "Cancer Survivors Way": a road; "410 X-Ray Street" is left to
      // the address)
      return;
    }
    for (int k = i; k <= j; k++) {
      if (ResultDetector.WORDS.contains(t, k) && a.allCaps(k)) {
        return; // "Trichomonas NAAT - DETECTED": a test and its result in capitals
      }
      if (k < j && OBSERVANCES.contains(t, k)
          && t.isAny(k + 1, "de", "del", "mundial", "nacional", "internacional")) {
        return; // "Día del Corazón": Spanish names the observance first
      }
    }
    int from = firstFrom(matches, i);
    for (int x = from; x < matches.size() && matches.get(x).firstToken() <= j; x++) {
      TermMatcher.Match m = matches.get(x);
      if (m.lastToken() > j) {
        continue;
      }
      for (int k = 0; k < m.senseCount(); k++) {
        Lexicon.Sense s = m.sense(k);
        boolean specialty = s.kind() == ListKind.SPECIALTY
            && TermDetector.revealing(lx, m, a.isSpanish())
            && !TermDetector.primaryCareOnly(s)
            && !(general && s.has(Tag.PRACTICE_WORD) && s.ambiguity() >= 0.8f)
            && !(plainPlace && s.has(Tag.PRACTICE_WORD) && s.ambiguity() >= 0.85f
                && (s.has(Tag.HOSPICE) || s.has(Tag.HOME_HEALTH)))
            // "the Global Ed portal": an abbreviation that is also a word counts in capitals
            && !(s.has(Tag.ABBREV) && s.ambiguity() >= 0.8f && m.firstToken() == m.lastToken()
                && !a.allCaps(m.firstToken()));
        if (s.kind() == ListKind.MEDICATION && s.ambiguity() < 0.5f && !hasFacility(t, i, j)) {
          return; // "Rx for LOSARTAN POTASSIUM": a drug's label in capitals, not a place
        }
        boolean clinical = (s.kind() == ListKind.CONDITION || s.kind() == ListKind.PROCEDURE)
            && s.ambiguity() < 0.5f;
        if (specialty || clinical) {
          found = true;
          weakOnly &= s.has(Tag.PRACTICE_WORD) && s.ambiguity() >= 0.8f;
          tags |= s.tags() & TermDetector.GROUP_MASK;
          if (m.lastToken() == j && specialty) {
            endsWithSpecialty = true;
          }
        }
      }
    }
    if (!found) {
      return;
    }
    for (int x = from; x < matches.size() && matches.get(x).firstToken() == i; x++) {
      if (matches.get(x).lastToken() == j) {
        return; // the run is one term in capitals ("X RAY", "Behavioral Health"): not a name
      }
    }
    boolean facility = hasFacility(t, i, j);
    if (weakOnly && !facility && personNames(matches, span, i, j)) {
      return; // "Rosa Elena Paredes": a woman's names, not a clinic
    }
    int words = 0;
    for (int k = i; k <= j; k++) {
      words += isConnector(t, k) ? 0 : 1;
    }
    if (weakOnly && !facility && words == 2 && j == i + 1 && lx.isWord(t, i)) {
      return; // "Join Team Pink": two everyday words, the last a weak practice word
    }
    // "Grace, Hope and Will", "Flu and COVID": two words joined by "and" are not a place name;
    // but Spanish names a practice by its specialty, then its name: "Pediatría Los Álamos",
    // "Dermatología Alameda"
    if (!facility && !endsWithSpecialty && words < 3
        && !(a.isSpanish() && specialtyThenName(a, lx, matches, span, i, j))) {
      return;
    }
    // "Need AA or AAA batteries": a sentence's first word before a term is not part of a name;
    // but a sender's label is a name ("Valley Hospice: your nurse...", "Summit Dermatology:"),
    // unless it opens with a preposition ("After Mohs: keep the bandage dry")
    if (!facility && words == 2 && j == i + 1 && a.startsSentence(i) && lx.isWord(t.term(i))
        && !inTerm(matches, span, i)
        && !(j + 1 < t.size() && t.originalGap(j, j + 1).startsWith(":")
            && !LABEL_PREPOSITIONS.contains(t, i))) {
      return;
    }
    // "St. Jude Cancer Center", "Mt. Sinai Heart": a saint's or mountain's abbreviation before
    // the name is part of it (its dot is no sentence end)
    if (i > 0 && SAINT_ABBREVIATIONS.contains(t, i - 1) && a.capitalized(i - 1)
        && ". ".equals(t.originalGap(i - 1, i))
        && !(i >= 2 && a.capitalized(i - 2) && " ".equals(t.originalGap(i - 2, i - 1)))) {
      i--; // not after a capitalized word: "Main St. Harbor ..." ends a street
    }
    for (int k = i; k <= j; k++) {
      blocked[k] = true;
    }
    int start = t.originalStart(i);
    int end = t.originalEnd(j);
    out.add(new Detection(start, end, Category.SPECIALTY, "practice-name", 0.9,
        Detection.PRACTICE_NAME, -1, end, tags));
  }

  /**
   * The last token of the longest revealing specialty term that starts at token {@code i} and
   * ends by {@code j}, or -1.
   */
  private static int specialtyFrom(Lexicon lx, List<TermMatcher.Match> matches, int i, int j,
      boolean spanish) {
    int last = -1;
    for (int x = firstFrom(matches, i); x < matches.size()
        && matches.get(x).firstToken() == i; x++) {
      TermMatcher.Match m = matches.get(x);
      if (m.lastToken() > j || m.lastToken() <= last) {
        continue;
      }
      for (int k = 0; k < m.senseCount(); k++) {
        if (m.sense(k).kind() == ListKind.SPECIALTY && m.sense(k).ambiguity() < 0.5f
            && TermDetector.revealing(lx, m, spanish)) {
          last = m.lastToken();
          break;
        }
      }
    }
    return last;
  }

  /**
   * {@code [i, j]} is a revealing specialty word ("Pediatría", "Dermatología"), not opening a
   * sentence, then capitalized words and connectors that name the place ("Los Álamos"), no
   * weekday and no other term among them.
   */
  private static boolean specialtyThenName(Analysis a, Lexicon lx,
      List<TermMatcher.Match> matches, int span, int i, int j) {
    if (a.startsSentence(i) || i >= j || a.allCaps(i) || clinician(a.tokens(), i)) {
      return false; // "el PMHNP Rivas", "la psicóloga Ruiz": a clinician and her name
    }
    if (specialtyFrom(lx, matches, i, j, true) != i) {
      return false;
    }
    Tokens t = a.tokens();
    for (int k = i + 1; k <= j; k++) {
      if (WEEKDAYS.contains(t, k) || inTerm(matches, span, k)) {
        return false;
      }
    }
    return true;
  }

  /** Endings of a word for a clinician: "psicóloga", "fisioterapeuta", "psiquiatra", "dentista". */
  private static final String[] CLINICIAN_ENDINGS = {"logo", "loga", "euta", "atra", "ista",
      "ero", "era", "ologist", "ician", "ist"};

  private static boolean clinician(Tokens t, int k) {
    for (String e : CLINICIAN_ENDINGS) {
      if (t.endsWith(k, e)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet LABEL_PREPOSITIONS = WordSet.spaced(" after before during about"
      + " regarding re post pre despues antes durante sobre ");

  private static final WordSet SAINT_ABBREVIATIONS = WordSet.spaced(" st mt ste ");

  /** Token {@code k} lies in an identifier found before ("Rx 4471928": the number is its value). */
  private static boolean identifierAt(List<Detection> out, Tokens t, int k) {
    int s = t.originalStart(k);
    for (Detection d : out) {
      if (d.start <= s && s < d.end && d.category != Category.NAME
          && d.category != Category.PROVIDER && !d.category.isClinical()) {
        return true;
      }
    }
    return false;
  }

  /** A specialty stem that brands fuse with a practice word, and the care group it reveals. */
  private record FusedStem(String text, Tag group) {}

  private static final FusedStem[] FUSED_STEMS = {
    new FusedStem("derm", Tag.DERMATOLOGY), new FusedStem("cardio", Tag.CARDIOLOGY),
    new FusedStem("heart", Tag.CARDIOLOGY), new FusedStem("onco", Tag.ONCOLOGY),
    new FusedStem("cancer", Tag.ONCOLOGY), new FusedStem("ortho", Tag.ORTHOPEDICS),
    new FusedStem("neuro", Tag.NEUROLOGY), new FusedStem("gastro", Tag.GASTROENTEROLOGY),
    new FusedStem("peds", Tag.PEDIATRICS), new FusedStem("kids", Tag.PEDIATRICS),
    new FusedStem("psych", Tag.BEHAVIORAL_HEALTH), new FusedStem("mind", Tag.BEHAVIORAL_HEALTH),
    new FusedStem("pulmo", Tag.PULMONOLOGY), new FusedStem("lung", Tag.PULMONOLOGY),
    new FusedStem("nephro", Tag.NEPHROLOGY), new FusedStem("kidney", Tag.NEPHROLOGY),
    new FusedStem("fertility", Tag.REPRODUCTIVE), new FusedStem("smile", Tag.DENTAL),
    new FusedStem("dental", Tag.DENTAL), new FusedStem("eye", Tag.OPHTHALMOLOGY),
    new FusedStem("vision", Tag.OPHTHALMOLOGY), new FusedStem("skin", Tag.DERMATOLOGY),
    new FusedStem("women", Tag.REPRODUCTIVE), new FusedStem("obgyn", Tag.REPRODUCTIVE),
    new FusedStem("uro", Tag.GENERAL),
  };

  /** Bit (c & 63) set for the first letter c of each stem: a one-test filter before the stems. */
  private static final long STEM_INITIALS = stemInitials();

  private static long stemInitials() {
    long bits = 0;
    for (FusedStem f : FUSED_STEMS) {
      bits |= 1L << (f.text().charAt(0) & 63);
    }
    return bits;
  }

  /** Practice words a brand puts after the stem: "DermCare", "CARDIOHEALTH", "SmileDental". */
  private static final WordSet FUSED_TAILS = WordSet.spaced(" care health med medical md clinic"
      + " clinics center centre now plus one first wellness partners associates group pro docs"
      + " doc dental direct express ");

  /**
   * Brand names that fuse a specialty stem with a practice word into one token ("DermCare of
   * Naples", "CardioHealth", "PEDSCARE"): no dictionary holds them and the capitalized-run finder
   * sees one plain word. A stem of three letters or more followed by a practice word of three
   * or more, written as one word, is a specialty-revealing practice name.
   */
  private static void fusedNames(Analysis a, Lexicon lx, boolean[] blocked,
      List<Detection> out) {
    Tokens t = a.tokens();
    char[] c = t.view().buffer();
    for (int i = 0; i < t.size(); i++) {
      if (blocked[i] || t.type(i) != Tokens.WORD || t.length(i) < 7) {
        continue;
      }
      int s = t.start(i);
      int len = t.length(i);
      if (c[s] >= 128 || (STEM_INITIALS & (1L << (c[s] & 63))) == 0) {
        continue; // no stem starts with this letter: most words
      }
      for (FusedStem fused : FUSED_STEMS) {
        String stem = fused.text();
        int rest = len - stem.length();
        if (rest >= 3 && t.view().regionMatches(s, stem)
            && FUSED_TAILS.contains(c, s + stem.length(), rest)
            && !lx.isWord(t, i)) { // "Glow Bar Skincare": a word, not "DermCare"
          // the rest of the name: "CardioCare Associates", "DermCare of Naples"
          int j = i;
          while (j + 1 < t.size() && j < i + 4 && joinable(a, t, j)
              && t.originalGap(j, j + 1).indexOf('-') < 0) { // "NAPLES - APPT REMINDER"
            if (isCap(a, t, j + 1) && !isConnector(t, j + 1)) {
              j++;
            } else if (isConnector(t, j + 1) && j + 2 < t.size() && joinable(a, t, j + 1)
                && isCap(a, t, j + 2) && !isConnector(t, j + 2)) {
              j += 2;
            } else {
              break;
            }
          }
          for (int q = i; q <= j; q++) {
            blocked[q] = true;
          }
          int start = t.originalStart(i);
          int end = t.originalEnd(j);
          out.add(new Detection(start, end, Category.SPECIALTY, "practice-name", 0.85,
              Detection.PRACTICE_NAME, -1, end, fused.group().bit()));
          i = j;
          break;
        }
      }
    }
  }

  private static final WordSet PLACE_PREPOSITIONS =
      WordSet.spaced(" at from to with en desde ");

  /**
   * Practice names written without capitals: "at summit cancer center", "en centro oncológico
   * cumbre". Capitals cannot mark the name, so the words between a place preposition and a
   * facility term ending in a facility word are taken as its name (two at most, none a function
   * word); for Spanish-style names, up to two words after the facility term before a verb or the
   * end of the clause.
   */
  private static void lowerCaseNames(Analysis a, Lexicon lx, List<TermMatcher.Match> matches,
      boolean[] blocked, List<Detection> out) {
    Tokens t = a.tokens();
    for (TermMatcher.Match m : matches) {
      int f = m.firstToken();
      int l = m.lastToken();
      if (a.capitalized(f) || anyBlocked(blocked, f, l) || !hasFacility(t, f, l)
          || !specialtyTerm(lx, m, a.isSpanish())) {
        continue;
      }
      int s = f;
      while (s - 1 >= 0 && f - (s - 1) <= 2 && nameWord(a, t, s - 1, blocked)) {
        s--;
      }
      int e = l;
      if (s == f && FACILITY.contains(t, f)) {
        // Spanish order, facility word first: "en centro oncológico cumbre es el lunes"
        while (e + 1 < t.size() && e + 1 - l <= 2 && NameDetector.sameClause(a, t, e)
            && nameWord(a, t, e + 1, blocked)) {
          e++;
        }
      }
      boolean named = s < f || e > l;
      boolean before = named && s - 1 >= 0
          && PLACE_PREPOSITIONS.contains(t, s - 1)
          && NameDetector.sameClause(a, t, s - 1);
      if (!before) {
        continue;
      }
      l = e;
      for (int k = s; k <= l; k++) {
        blocked[k] = true;
      }
      int start = t.originalStart(s);
      int end = t.originalEnd(l);
      out.add(new Detection(start, end, Category.SPECIALTY, "practice-name", 0.85,
          Detection.PRACTICE_NAME, -1, end, tagsOf(m)));
    }
  }

  private static boolean specialtyTerm(Lexicon lx, TermMatcher.Match m, boolean spanish) {
    for (int k = 0; k < m.senseCount(); k++) {
      Lexicon.Sense s = m.sense(k);
      if (s.kind() == ListKind.SPECIALTY && s.ambiguity() < 0.5f
          && TermDetector.revealing(lx, m, spanish)
          && !TermDetector.primaryCareOnly(s)) {
        return true;
      }
    }
    return false;
  }

  private static long tagsOf(TermMatcher.Match m) {
    long tags = 0;
    for (int k = 0; k < m.senseCount(); k++) {
      tags |= m.sense(k).tags() & TermDetector.GROUP_MASK;
    }
    return tags;
  }

  /** A lower-case word that can be part of a name: not a function word, not capitalized. */
  private static boolean nameWord(Analysis a, Tokens t, int k, boolean[] blocked) {
    return !blocked[k] && t.type(k) == Tokens.WORD && !a.capitalized(k)
        && !LEADING_STOP.contains(t, k) && !isConnector(t, k)
        && !PLACE_PREPOSITIONS.contains(t, k)
        && NameDetector.sameClause(a, t, k)
        && !NOT_NAME_WORDS.contains(t, k);
  }

  private static final WordSet NOT_NAME_WORDS = WordSet.of(
    "appointment", "appt", "visit", "cita", "is", "are", "was", "will", "es", "esta", "sera",
    "next", "new", "our", "nuestro", "nuestra", "this", "that", "este", "today", "tomorrow",
    "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "hoy", "manana", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    "please", "por", "favor", "tiene", "tienes", "has", "have", "para", "a", "y", "o", "and"
  );

  private static boolean anyBlocked(boolean[] blocked, int f, int l) {
    for (int k = f; k <= l; k++) {
      if (blocked[k]) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code k} is part of a specialty or clinical term ("Cuidados en Casa"). */
  private static boolean inTerm(List<TermMatcher.Match> matches, int span, int k) {
    for (int q = firstFrom(matches, k - span); q < matches.size()
        && matches.get(q).firstToken() <= k; q++) {
      TermMatcher.Match m = matches.get(q);
      if (k <= m.lastToken()) {
        for (int x = 0; x < m.senseCount(); x++) {
          ListKind kind = m.sense(x).kind();
          if (kind != ListKind.NAME && kind != ListKind.ALLOW) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Every token of {@code [i, j]} is a listed given name or surname, one of them clearly
   * ("Rosa Elena Paredes": rosa and paredes are also words, Elena is not).
   */
  private static boolean personNames(List<TermMatcher.Match> matches, int span, int i, int j) {
    boolean clear = false;
    for (int k = i; k <= j; k++) {
      float best = 1f;
      for (int q = firstFrom(matches, k - span); q < matches.size()
          && matches.get(q).firstToken() <= k; q++) {
        TermMatcher.Match m = matches.get(q);
        for (int x = 0; x < m.senseCount() && k <= m.lastToken(); x++) {
          if (m.sense(x).kind() == ListKind.NAME) {
            best = Math.min(best, m.sense(x).ambiguity());
          }
        }
      }
      if (best >= 0.9f) {
        return false;
      }
      clear |= best < 0.3f;
    }
    return clear;
  }

  /** Road types that end a road's name, not a practice's: "Purple Heart Highway". */
  static final WordSet ROADS = WordSet.of("highway", "hwy", "freeway", "expressway",
      "turnpike", "road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "lane",
      "way", "drive", "parkway", "pkwy", "trail", "route");

  private static boolean hasFacility(Tokens t, int i, int j) {
    for (int k = i; k <= j; k++) {
      if (FACILITY.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCap(Analysis a, Tokens t, int i) {
    return t.type(i) == Tokens.WORD && a.capitalized(i);
  }

  private static boolean isConnector(Tokens t, int i) {
    return CONNECTORS.contains(t, i);
  }

  /** Tokens {@code j} and {@code j+1} are on the same line with only spaces, a hyphen or & between. */
  private static boolean joinable(Analysis a, Tokens t, int j) {
    int from = t.originalEnd(j);
    int to = t.originalStart(j + 1);
    String o = a.original();
    if (to - from > 3) {
      return false;
    }
    for (int p = from; p < to; p++) {
      char c = o.charAt(p);
      if (!(c == ' ' || c == '-' || c == '&' || c == '\'' || c == '\u2019')) {
        return false;
      }
    }
    return true;
  }
}
