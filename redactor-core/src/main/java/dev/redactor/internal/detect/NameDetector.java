package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.PartOfSpeech;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.analysis.Vocabulary;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.dict.Tag;
import dev.redactor.internal.dict.TermMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds people: patients and family members (NAME) and clinicians or staff (PROVIDER).
 *
 * <p>Evidence, strongest first:
 *
 * <ol>
 *   <li>a provider title or credential: {@code Dr. Patel}, {@code Dr Sanchez}, {@code NP Rivera},
 *       {@code Dra. López}, {@code Maria Lopez, MD} → PROVIDER (title included);
 *   <li>a courtesy title: {@code Mr./Mrs./Ms. Lopez}, {@code Sra. Díaz}, {@code Don Ramón} → NAME;
 *   <li>a greeting: {@code Hi Maria}, {@code Dear Mr.}, {@code Hola María}, {@code Good morning
 *       Priya} → NAME, for a listed given name or a capitalized word that is not "there", "team",
 *       "everyone"...;
 *   <li>a relation or role: {@code your son Leo}, {@code su hija Ana}, {@code patient: Tom Ruiz},
 *       {@code appointment for Maria} → NAME;
 *   <li>a possessive: {@code Mary's results} → NAME;
 *   <li>a staff introduction or sign-off: {@code this is Jen from the front desk}, {@code Thanks,
 *       Jen} → PROVIDER (staff);
 *   <li>a capitalized listed name in running text, with a surname after it or mid-sentence.
 * </ol>
 *
 * <p>Name-list entries carry an ambiguity weight: {@code Grace}, {@code Hope}, {@code Will},
 * {@code May} are also words, so without one of the cues above they are not names; month and
 * weekday names are names only when addressed ({@code Hi May,}, {@code Dear June}), never in
 * running text or dates. Words already claimed by another detection are skipped.
 */
final class NameDetector implements Detector {

  private static final WordSet PROVIDER_TITLES =
      WordSet.spaced(" dr doctor dra doctora np pa rn lpn nurse enfermera enfermero therapist terapeuta"
          + " aprn fnp cnm crnp midwife partera counselor consejera consejero physician"
          + " provider hygienist higienista lic licenciado licenciada enf profesional"
          + " fisioterapeuta physiotherapist chiropractor quiropractico quiropractica"
          + " acupuncturist acupunturista practitioner pharmacist farmaceutico farmaceutica"
          + " practicante psychologist psicologo psicologa audiologist audiologo audiologa"
          + " fonoaudiologo fonoaudiologa logopeda nutritionist nutricionista nutriologo"
          + " nutriologa dietitian dietista ");

  /**
   * Workers who are not clinicians but act for the practice or its vendors ("your driver Luis",
   * "Interpreter: Ana Ruiz"): the person named after the role is workforce, not a patient.
   */
  private static final WordSet WORKFORCE = WordSet.spaced(" driver interpreter interprete courier"
      + " technician tech coordinator navigator scheduler receptionist aide phlebotomist chofer"
      + " coordinadora coordinador recepcionista navegadora navegador caseworker chw promotora"
      + " promotor coach entrenador entrenadora attorney lawyer paralegal abogado abogada manager"
      + " advocate volunteer voluntaria voluntario chaplain"
      + " liaison specialist caregiver cuidadora cuidador inspector inspectora adjuster guide"
      + " ajustador ajustadora technologist tecnologo tecnologa tecnico tecnica repartidor"
      + " repartidora conductor conductora"
      // people of a school or a library: "pregunte por la maestra Guadalupe Lozano"
      + " teacher maestra maestro profesora profesor librarian bibliotecaria bibliotecario"
      + " tutor tutora ");

  /** Provider titles that name a service line: the title reveals the care, the name does not. */
  private static final WordSet SERVICE_ROLES = WordSet.spaced(" therapist terapeuta midwife partera"
      + " counselor consejera consejero cnm fisioterapeuta physiotherapist chiropractor"
      + " quiropractico quiropractica acupuncturist acupunturista psychologist psicologo"
      + " psicologa audiologist audiologo audiologa fonoaudiologo fonoaudiologa logopeda"
      + " nutritionist nutricionista nutriologo nutriologa dietitian dietista ");

  /**
   * Honorifics of any graduate ("Lic. Morales"), used for clinicians and patients alike: a
   * provider title only where a clinician is introduced ("con la Lic. Morales", "el Lic. Ávila le
   * atenderá"), a courtesy title where a person is addressed ("Estimado Lic. Ramírez").
   */
  private static final WordSet HONORIFICS = WordSet.of("lic", "licenciado", "licenciada");

  private static final WordSet INTRODUCERS = WordSet.of(
      "la", "el", "con", "por", "del", "al", "with", "the", "our", "nuestra", "nuestro", "su",
      "your",
      // a generic role before the honorific: "la enfermera practicante Lic. Paola Guerra" (a
      // role that names a service, "la psicóloga Lic. ...", keeps the name a NAME)
      "practicante", "enfermera", "enfermero");

  /**
   * Licences of counsellors, social workers, addiction and behavior specialists and psychiatric
   * nurse practitioners: each says the care is behavioral health or substance use.
   */
  private static final String MENTAL_HEALTH_CREDENTIALS =
      " cadc lcadc ladc csac casac lmhc lpcc lcpc licsw lisw pmhnp bcba lac ncc cdp lcdc ";

  private static final WordSet CREDENTIALS =
      WordSet.spaced(" md dds dmd np pa rn fnp aprn phd psyd lcsw lmft lpc od dpm cnm crnp lpn pharmd rph"
          + " dpt do dc aud cgc slp ibclc msn bsn mph msw rd ld cde cdces ms ma med mba lmt"
          // interpreters, assistants, technicians: "Ana Ruiz, CHI", "Tom Lee, CMA"
          + " chi cmi cma rma cna lvn cpht emt atc"
          + MENTAL_HEALTH_CREDENTIALS);

  /** Credentials that name a kind of care (corpus/README.md: a separate SPECIALTY span). */
  private static final WordSet SPECIALTY_CREDENTIALS =
      WordSet.spaced(" dds dmd psyd lcsw lmft lpc od dpm cnm dpt dc aud cgc slp ibclc"
          + MENTAL_HEALTH_CREDENTIALS);

  /**
   * Words that open a sentence with a capital and belong to no proper noun: "As Harold's
   * caregiver", "For Maria's visit".
   */
  private static final WordSet OPENING_WORDS = WordSet.of("as", "for", "at", "if", "with", "to",
      "on", "in", "by", "from", "when", "since", "after", "before", "per", "about", "como",
      "para", "con", "sobre", "desde");

  /**
   * After visit noun {@code i}, "with"/"con"/"w" and a listed given name: emits the person as the
   * clinician and returns the name's last token, or -1. A credential after the name is left to
   * the credential rule ("with Hannah Cole, RDN").
   */
  private static int visitWith(Tokens t, State st, float[] given, int i) {
    int n = t.size();
    if (i + 2 >= n || !t.isAny(i + 1, "with", "con", "w") || !st.cap(i + 2)
        || given[i + 2] < 0 || given[i + 2] >= 0.5f) {
      return -1;
    }
    int e = st.nameRun(i + 2, false);
    if (e < i + 2 || e + 1 < n && (st.credentialAfter(e) || st.specialtyCredentialAfter(e))) {
      return -1;
    }
    st.emit(i + 2, e, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
    return e;
  }

  /**
   * A visit noun earlier in the clause that ends at {@code with} (at most twelve tokens back, with
   * nothing but spaces between them, or the colon and slash of a time or date): the visit that
   * "with" tells whom it is with.
   */
  private static boolean visitEarlierInClause(Tokens t, int with) {
    for (int k = with - 2; k >= Math.max(0, with - 12); k--) {
      String gap = t.originalGap(k, k + 1).trim();
      // ("Appt reminder: Thurs 3/19 @ 3:00 w/ Dana Reyes")
      if (!(gap.isEmpty() || gap.equals(":") || gap.equals("/") || gap.equals("@"))) {
        return false;
      }
      if (VISIT_NOUNS.contains(t, k) || BOOKED_FOR.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** A booking said of the reader: "you're confirmed for Fri 3/13 at 3:45 with Tami". */
  private static final WordSet BOOKED_FOR = WordSet.of("confirmed", "booked", "scheduled",
      "rescheduled", "confirmada", "confirmado", "agendada", "agendado", "programada",
      "programado");

  /**
   * Languages a practice offers care in ("staff who speak Somali, Dari, Pashto"), also those
   * that are names (Karen, Thai, Dari): {@link #language} asks for a second cue.
   */
  private static final WordSet LANGUAGE_NAMES = WordSet.spaced(" english spanish vietnamese somali"
      + " french chinese mandarin cantonese arabic russian korean tagalog haitian creole"
      + " portuguese hmong hindi gujarati urdu punjabi bengali farsi persian swahili amharic"
      + " nepali burmese japanese german italian polish ukrainian pashto dari tigrinya"
      + " kinyarwanda oromo dinka kirundi lingala uzbek turkish khmer lao thai karen mam kiche"
      + " mixteco zapoteco triqui chuukese marshallese samoan tongan ilocano cebuano yoruba igbo"
      + " hausa wolof bosnian albanian romanian armenian kurdish rohingya asl sign espanol ingles"
      + " frances arabe ");

  /** Words that follow a language: "a Karen interpreter", "Dari-speaking families". */
  private static final WordSet LANGUAGE_HEADS = WordSet.of("interpreter", "interpreters",
      "interpretation", "speaking", "speakers", "speaker", "translation", "translator",
      "translators", "language", "interprete", "interpretes");

  /**
   * Token {@code i} names a language, not a person: listed beside another language ("Somali,
   * Dari, Pashto and Tigrinya"), or before an interpreter ("a Karen interpreter").
   */
  private static boolean language(Tokens t, int i) {
    if (!LANGUAGE_NAMES.contains(t, i)) {
      return false;
    }
    if (i + 1 < t.size() && LANGUAGE_HEADS.contains(t, i + 1)) {
      return true;
    }
    // ("We speak Spanish. Karen will call you": another sentence)
    return listedBeside(t, i, true, k -> LANGUAGE_NAMES.contains(t, k) && !t.isAny(k, "sign"));
  }

  /**
   * Token {@code i} stands in a short list (up to three tokens each way, joined by commas, "and",
   * "or", "y", "o", and with {@code slashes} also "/" and "&") beside a token that is a
   * {@code member}: "Somali, Dari, Pashto and Tigrinya", "in Florida, Michigan and New York".
   */
  private static boolean listedBeside(Tokens t, int i, boolean slashes, IntPredicate member) {
    for (int step = -1; step <= 1; step += 2) {
      for (int k = i + step, hops = 0; k >= 0 && k < t.size() && hops < 3; k += step, hops++) {
        String gap = t.originalGap(Math.min(k, k - step), Math.max(k, k - step)).trim();
        if (!(gap.isEmpty() || gap.equals(",") || slashes && gap.equals("/"))) {
          break;
        }
        if (member.test(k)) {
          return true;
        }
        if (!(t.isAny(k, "and", "or", "y", "o") || slashes && t.is(k, "&"))) {
          break;
        }
      }
    }
    return false;
  }

  private static final WordSet VISIT_NOUNS = WordSet.of("appointment", "appointments", "appt",
      "appts", "visit", "visits", "session", "sessions", "cita", "citas", "consulta", "sesion");

  private static final WordSet CONTACT_VERBS = WordSet.of("call", "text", "contact", "email",
      "page", "ask", "pregunte", "llame", "hable", "check");

  /**
   * Where the name of a person to contact starts after token {@code i}, or -1: "call Ruth",
   * "text Ana", "contact Ruth", "ask for Ruth", "check in with Ruth", "llame a Ruth", "pregunte
   * por Ruth".
   */
  private static int contactNameStart(Tokens t, int i) {
    int n = t.size();
    if (i + 1 >= n || !CONTACT_VERBS.contains(t, i)) {
      return -1; // one bit test for most tokens
    }
    if (t.isAny(i, "call", "text", "contact", "email", "page")) {
      return i + 1;
    }
    if (t.isAny(i, "ask", "pregunte") && t.isAny(i + 1, "for", "por")) {
      return i + 2;
    }
    if (t.isAny(i, "llame", "hable") && t.isAny(i + 1, "a", "con")) {
      return i + 2;
    }
    if (t.is(i, "check") && i + 2 < n && t.is(i + 1, "in") && t.is(i + 2, "with")) {
      return i + 3;
    }
    return -1;
  }

  /** Groups a greeting may address by a team's or a school's name ("Garcia family" is a name). */
  private static final WordSet ADDRESSED_GROUPS = WordSet.spaced(" parents families team"
      + " teams members staff students players volunteers neighbors friends fans padres familias"
      + " equipo miembros estudiantes ");

  private static final WordSet SAINTS = WordSet.of("san", "santa", "santo", "sao", "saint",
      "sainte");

  /** Lower-case particles inside a surname: "de la Cruz", "van der Berg", "da Silva". */
  private static final WordSet SURNAME_PARTICLES = WordSet.spaced(
      " de del la las los van von der den da das do dos di du le ");

  /** Military ranks address a service member as a title does: "SPC Tran", "Sgto. Ramírez". */
  private static final String RANKS = " sgt sgto sargento cpl pvt pfc spc ssg sfc ssgt tsgt msgt"
      + " maj capt ltc cmdr lcdr ens cpo ";

  private static final WordSet COURTESY =
      WordSet.spaced(" mr mrs ms miss mx sr sra srta senor senora senorita don dona mister"
          + RANKS);

  /** "Carlos' meds", "Remedios’ refill": a name ending in s takes the apostrophe alone. */
  private static boolean apostropheAfterS(Analysis a, Tokens t, int i) {
    String o = a.original();
    int e = t.originalEnd(i);
    return e < o.length() && e - t.originalStart(i) >= 3
        && Character.toLowerCase(o.charAt(e - 1)) == 's'
        && (o.charAt(e) == '\'' || o.charAt(e) == '\u2019')
        && (e + 1 == o.length() || !Character.isLetterOrDigit(o.charAt(e + 1)));
  }

  /** A pronoun or question word with "'s" is a contraction ("she is", "let us"), no possessive. */
  private static final WordSet CONTRACTIONS = WordSet.spaced(" she's he's it's that's there's"
      + " here's what's who's where's when's how's let's ");

  /**
   * Words after a contracted "is" that a possessive does not take: "Pizza's on us", "Spring's
   * here", "Bingo's back".
   */
  private static final WordSet IS_COMPLEMENTS = WordSet.spaced(" on in at back here there now"
      + " ready open closed coming going almost over up out done finally officially available"
      + " happening underway live still always never so too very really just ");

  private static final WordSet GREETINGS =
      WordSet.spaced(" hi hello hey dear hola estimado estimada querido querida greetings attn attention"
          + " atencion morning afternoon evening dias tardes noches welcome bienvenido bienvenida"
          + " congrats congratulations felicidades thanks gracias ");

  private static final WordSet RELATIONS =
      WordSet.spaced(" son daughter child kid mother father mom dad husband wife partner spouse grandson"
          + " granddaughter grandmother grandfather grandma grandpa brother sister baby patient"
          + " hijo hija esposo esposa madre padre mama papa nieto nieta abuela abuelo bebe"
          + " hermano hermana paciente name nombre newborn infant toddler teen dependent aunt uncle"
          + " cousin niece nephew stepson stepdaughter grandchild tio tia primo prima sobrino"
          + " sobrina suegro suegra nuera yerno ");

  /** Nouns that end the name of a department: "Patient Access Team", "Patient Services". */
  private static final WordSet UNIT_NOUNS = WordSet.of("team", "teams", "department", "dept",
      "services", "service", "office", "portal", "center", "centre", "relations", "experience",
      "navigator", "navigators", "advocate", "advocates", "line", "desk", "coordinator",
      "coordinators", "unit", "equipo", "departamento", "servicios", "oficina", "access",
      "registration", "financial", "advocacy", "accounts", "admitting", "transport",
      "transportation", "billing", "areas", "area", "records", "safety", "education",
      "rooms", "room", "lounge", "parking", "entrance", "information", "info", "portals");

  /**
   * A unit of the practice at token {@code k}: "billing", "the Business Office", "our patient
   * accounts team" (an article, then the unit's noun within two words).
   */
  private static boolean unitAt(Tokens t, int k) {
    if (k < t.size() && t.isAny(k, "the", "our", "la", "el", "nuestra", "nuestro")) {
      k++;
    }
    for (int j = k; j < Math.min(t.size(), k + 2); j++) {
      if (UNIT_NOUNS.contains(t, j)) {
        return true;
      }
    }
    return false;
  }

  /** A phone number or an e-mail address found at token {@code k}. */
  private static boolean contactAt(List<Detection> out, Tokens t, int k) {
    int start = t.originalStart(k);
    int end = t.originalEnd(k);
    for (Detection d : out) {
      if ((d.category == Category.PHONE || d.category == Category.EMAIL) && d.start <= start
          && d.end >= end) {
        return true;
      }
    }
    return false;
  }

  /** "PT: WALTER GREEN", "Pt: Tom Ruiz": the chart abbreviation for patient, as a label. */
  private static boolean patientLabel(Tokens t, int i) {
    return i + 1 < t.size() && t.is(i, "pt") && t.originalGap(i, i + 1).trim().equals(":");
  }

  /** One of tokens {@code [from, to]} names a department, not a person. */
  private static boolean unitNameAt(Tokens t, int from, int to) {
    for (int k = from; k <= Math.min(to, t.size() - 1); k++) {
      if (UNIT_NOUNS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** What a child's or patient's possessive name owns in a care message: "liam's appt". */
  private static final WordSet OWN_CARE_AFTER_POSSESSIVE = WordSet.of("appt", "appts",
      "appointment", "appointments", "visit", "checkup", "check-up", "cleaning", "shots", "shot",
      "vaccines", "meds", "medicine", "prescription", "rx", "refill", "results", "labs",
      "surgery", "therapy", "braces", "ortho", "physical", "forms", "form");

  private static final WordSet ADDRESSEE_FOLLOWERS = WordSet.of(
    "your", "you", "ur", "u", "please", "pls", "su", "usted", "no", "le", "te", "tu", "we",
    "it's", "its", "this", "just", "don't", "dont", "reminder", "recuerde", "les", "thank",
    "thanks", "gracias", "hope", "hi", "hola", "remember", "recordatorio", "favor", "por", "call",
    "llame", "time", "es", "tiene", "tienes"
  );

  /** Trees that name places: "Cedar Hill", "Magnolia Terrace", "Oak Grove", "Pine Ridge". */
  private static final WordSet TREES = WordSet.of("cedar", "oak", "oaks", "pine", "pines",
      "maple", "magnolia", "birch", "aspen", "elm", "elms", "cypress", "juniper", "spruce",
      "hickory", "chestnut", "walnut", "sycamore", "poplar", "cottonwood", "hawthorn", "alder",
      "mesquite", "redwood", "dogwood", "linden", "larch", "hemlock", "willow", "willows",
      "laurel", "palm", "palms", "olive", "cherry", "orchard", "evergreen");

  /** Street types as abbreviated: "Maple Ave", "Oak St", "Birch Rd". */
  private static final WordSet STREET_ABBREVIATIONS = WordSet.of("ave", "st", "rd", "blvd",
      "ln", "hwy", "ct", "pkwy", "cir", "ter", "pl");

  /** What follows a founder's name in a family firm's: "Kessler & Sons", "Díaz y Hermanos". */
  private static final WordSet FAMILY_FIRMS = WordSet.of("sons", "son", "brothers", "bros",
      "daughters", "hijos", "hermanos");

  /** What a firm named for its founders is, after a comma: "Hale & Whitcomb, Attorneys at Law". */
  private static final WordSet FIRM_KINDS = WordSet.of("attorneys", "lawyers", "associates",
      "llp", "pllc", "pc", "cpa", "cpas", "architects", "realtors", "abogados");

  /** Words before a firm's name: "the front desk at", "a statement from", "all of us at". */
  private static final WordSet FIRM_PLACERS = WordSet.of("at", "from", "of", "by", "with",
      "visiting", "choosing");

  /** What a new colleague is welcomed to: "to our front desk", "to the Maple Street team". */
  private static final WordSet TEAM_NOUNS = WordSet.of("team", "staff", "desk", "office",
      "practice", "clinic", "family", "crew", "equipo", "personal", "clinica", "consultorio");

  /** Words that make "welcome" a thing: "your welcome kit", "our welcome packet". */
  private static final WordSet WELCOME_OWNERS = WordSet.of("your", "ur", "our", "the", "a", "this",
      "their", "his", "her", "my");

  /** Irregular past verbs a sentence about someone opens on: "Gladys won bingo". */
  private static final WordSet PAST_AFTER_NAME = WordSet.of("won", "said", "told", "threw",
      "ran", "felt", "slept", "spent", "sat", "woke", "wore", "drank", "kept", "lost", "made",
      "saw", "brought", "forgot", "broke", "bit", "hit", "hurt", "sang", "drew", "wrote");

  private static final WordSet VERBS_AFTER_NAME = WordSet.of(
    "is", "has", "was", "will", "needs", "can", "should", "must", "may", "missed", "had", "es",
    "tiene",
    "esta", "necesita", "debe", "tuvo", "fue", "falto", "did", "does", "got", "went", "came",
    "looks", "looked", "seems", "seemed", "worked", "slept", "ate", "hizo", "estuvo", "llego",
    "comio", "durmio",
    // "Marcus checked in at the health office", "Andrés pasó a la enfermería"
    "checked", "visited", "arrived", "left", "returned", "stopped", "fell", "completed",
    "finished", "received", "took", "started", "passed", "paso", "regreso", "vino", "salio",
    // "Kiara asked us to update you": a relative's or the patient's request
    "asked", "wants", "wanted", "pidio", "quiere",
    "visito", "acudio", "termino", "recibio", "empezo"
  );

  /** Words that close a message before the sender's name: "Sincerely,", "See you soon,". */
  private static final WordSet CLOSINGS = WordSet.of("sincerely", "atentamente", "regards",
      "thanks", "thank", "best", "saludos", "gracias", "cordialmente", "cheers", "soon", "warmly");

  /**
   * Where the sign-off after the last dash on the last line begins: "– Bree", "— Kim", " - Ana",
   * a dash among the last 80 characters at or after {@code lineStart}; -1 if none. One backward
   * scan of those characters (searching the whole text for each kind of dash was a percent of a
   * check's time).
   */
  private static int signOffDashEnd(String o, int lineStart) {
    int len = o.length();
    for (int d = len - 2; d >= Math.max(lineStart, len - 79); d--) {
      char c = o.charAt(d);
      if ((c == '\u2013' || c == '\u2014') && o.charAt(d + 1) == ' ') {
        return d + 2;
      }
      if (c == ' ' && o.charAt(d + 1) == '-' && d + 2 < len && o.charAt(d + 2) == ' ') {
        return d + 3;
      }
    }
    return -1;
  }

  /** Words before a proper name that make it a place, a saint or a storm, not a person. */
  private static final WordSet PLACE_HEADS = WordSet.of(
    "avenida", "av", "calle", "parque", "plaza", "colonia", "col", "boulevard", "blvd",
    "carretera", "barrio", "fraccionamiento", "virgen", "san", "santa", "santo", "st", "saint",
    "sta", "mount", "mt", "lake", "fort", "hurricane", "storm", "tropical", "cyclone", "typhoon",
    "huracan", "tormenta", "ciclon", "sede", "sucursal", "iglesia", "parroquia", "capilla",
    "church", "parish", "chapel",
    // a building named for a tree or a donor: "el edificio Birch", "Torre Ramírez", "el Ala
    // Morales"
    "edificio", "torre", "pabellon", "ala"
  );

  /** What a recipient has with a clinician: "your visit with", "su cita con". */
  private static final WordSet APPOINTMENT_NOUNS = WordSet.of("appointment", "appointments",
      "appt", "appts", "apt", "visit", "visits", "session", "sessions", "consult",
      "consultation", "cita", "citas", "sesion", "sesiones", "consulta");

  /** Street types after a name, written with a capital: "Mercy Ave", "Grant St". */
  private static final WordSet STREET_TYPES = WordSet.of(
    "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "ln", "lane", "way",
    "ct", "court", "pkwy", "parkway", "hwy", "highway", "drive", "cir", "circle", "ter",
    "terrace", "trl", "trail", "pl", "plaza", "sq", "square", "pike", "loop", "row"
  );

  /**
   * Words that end a firm's or a place's name: "Hollis-Brandt Biosciences", "SwiftMed Logistics",
   * "Cedar Grove Public Library", a residence's "Linden Court", "Oak Terrace".
   */
  private static final WordSet COMPANY_WORDS = WordSet.of(
    "inc", "llc", "corp", "corporation", "ltd", "co", "company", "biosciences", "bioscience",
    "drug", "drugs",
    "therapeutics", "pharma", "pharmaceuticals", "biotech", "biologics", "diagnostics",
    "laboratories", "labs", "industries", "enterprises", "holdings", "consulting", "solutions",
    "technologies", "systems", "partners", "foundation", "trust", "bank", "insurance",
    "logistics", "library", "academy", "university", "college", "news", "newsletter", "inn",
    "hotel", "motel", "suites", "resort", "lodge", "terrace", "court", "gardens", "manor",
    "commons", "heights", "estates", "meadows", "pointe", "residences", "farm", "farms",
    "ranch", "orchards", "vineyards", "dairy", "growers",
    // a hospital or practice named like a person: "Pine Ridge General", "Hayes Memorial"
    "general", "memorial", "regional", "hospital", "clinic", "pharmacy", "healthcare", "health",
    "medical",
    // an employer named for its founder: "Kessler Steel", "Bluestem Packaging"
    "steel", "packaging", "poultry", "freight", "distribution", "manufacturing", "foods",
    "trucking", "construction", "builders", "lumber", "mills", "plastics"
  );

  /**
   * Job titles that end a staff member's title after their name, besides the {@link #WORKFORCE}
   * roles (coordinator, navigator, scheduler, receptionist...).
   */
  private static final WordSet JOB_TITLES = WordSet.of(
    "manager", "director", "supervisor", "administrator", "specialist", "assistant", "worker",
    "representative", "liaison", "chaplain", "advocate", "officer", "lead", "gerente",
    "directora", "supervisora", "asistente", "administradora", "administrador"
  );

  /** Words for a site after its name: "our Marion and Florence locations", "the Camden office". */
  private static final WordSet SITE_NOUNS = WordSet.of(
    "location", "locations", "office", "offices", "campus", "branch", "branches", "site",
    "sites", "store", "stores", "clinic", "clinics", "entrance", "entrances", "garage",
    "building", "county", "counties", "township", "area", "region", "district", "living",
    "residence", "residences", "manor", "lodge", "commons", "va", "vamc", "cboc", "mtf",
    // a school named for a person or a place: "Hope Valley Elementary", "Harriet Kemp Middle
    // School"
    "elementary", "school", "schools", "middle", "high"
  );

  /** A capitalized "Patient X" that is a publication or a service: "Patient News". */
  private static final WordSet PUBLICATIONS = WordSet.of("news", "newsletter", "update",
      "updates", "digest", "bulletin", "corner", "notes", "spotlight", "portal", "survey",
      "services", "financing", "advocate", "advocates", "relations", "experience", "education",
      "safety", "rights", "handbook", "guide", "noticias", "boletin", "fund", "week", "month",
      "day");

  /** What a capitalized "Patient X" names when one of these follows: a product or a service. */
  private static final WordSet PRODUCT_TAILS = WordSet.of("survey", "surveys", "portal",
      "application", "app", "program", "programs", "center", "line", "newsletter", "card",
      "account", "guide", "handbook", "form", "forms", "services", "fund", "plan", "team",
      "office", "encuesta", "programa");

  /** Whose people a name follows: "the family of Eleanor Price", "la familia de". */
  private static final WordSet OTHER_PEOPLE_OF = WordSet.of("family", "familia", "parents",
      "padres", "guardian", "guardians", "caregiver", "caregivers", "relatives", "loved");

  /** Schools named after a person: "at Marshall High", "in Jefferson Elementary". */
  private static final WordSet SCHOOL_TAILS = WordSet.of("high", "elementary", "middle",
      "academy", "school", "college", "university");

  /** Capitalized heads that make the words before them a school or a body, not a person. */
  private static final WordSet ORG_TAILS = WordSet.of("high", "elementary", "middle",
      "academy", "board", "council", "committee", "league", "orchestra", "choir");

  /** Landscape words that are rarely surnames (not Hill, Hall, Park, Woods, Mills, Fields). */
  private static final WordSet PLACE_WORDS = WordSet.of("creek", "ridge", "valley", "grove",
      "gardens", "springs", "falls", "harbor", "hollow", "heights", "landing", "crossing",
      "bend", "pines", "oaks", "trail", "trails", "pond", "bluff", "bluffs", "canyon", "mesa",
      "prairie", "orchard", "knoll", "cove", "shores", "vista");

  /** Features of a landscape that name a place after a person's name: "Walker Pond". */
  private static final WordSet LANDSCAPE = WordSet.of("pond", "lake", "park", "creek", "river",
      "ridge", "valley", "woods", "grove", "garden", "gardens", "meadow", "meadows", "springs",
      "falls", "point", "beach", "harbor", "mill", "hollow", "heights", "landing", "crossing",
      "station", "square", "field", "fields", "hill", "hills", "glen", "island", "bridge", "hall");

  /**
   * US states (and the last word of two-word ones), countries and large cities whose names are
   * also given names or surnames, with some that are not, so that lists of places can be told
   * from lists of people (see {@code State.place}).
   */
  private static final WordSet PLACES = WordSet.spaced(" alabama alaska arizona arkansas"
      + " california colorado connecticut delaware florida georgia hawaii idaho illinois indiana"
      + " iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota"
      + " mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania"
      + " tennessee texas utah vermont virginia washington wisconsin wyoming carolina dakota"
      + " york jersey hampshire mexico rico australia canada india china japan germany france"
      + " italy spain brazil israel ireland jamaica haiti cuba guatemala honduras philippines"
      + " vietnam korea kenya nigeria ethiopia somalia ukraine russia egypt peru colombia chile"
      + " argentina ecuador venezuela nicaragua panama portugal greece poland england scotland"
      + " austin dallas houston denver phoenix orlando tampa naples madison jackson charlotte"
      + " savannah raleigh sydney paris london florence victoria boston chicago atlanta miami"
      + " memphis nashville tucson reno cleveland ");

  /** A region's word between "in" and a place: "in eastern Oregon", "near downtown Dayton". */
  private static final WordSet REGION_WORDS = WordSet.of("eastern", "western", "northern",
      "southern", "central", "downtown", "greater", "rural", "suburban", "metro", "coastal",
      "upstate", "north", "south", "east", "west", "northeast", "northwest", "southeast",
      "southwest");

  /** Words before "from" that tell where someone or something comes from: "joins us from". */
  private static final WordSet ORIGIN_BEFORE_FROM = WordSet.of("us", "originally", "moved",
      "moving", "relocated", "relocating", "relocates", "comes", "came", "hails", "hailing",
      "arrives", "arrived", "arriving", "transferred", "here", "shipped", "ships", "shipping",
      "flying", "flew", "driving", "drove", "traveling", "travelling", "returning", "back",
      "viene", "vino", "llega", "llego", "mudo", "regresa");

  /** Words before "to", "a" or "for" that make the next word a destination or an area. */
  private static final WordSet TRAVEL_BEFORE_TO = WordSet.of("flight", "flights", "trip",
      "trips", "travel", "traveling", "travelling", "move", "moving", "moved", "relocating",
      "drive", "driving", "headed", "heading", "vuelo", "viaje", "viajar", "mudanza", "forecast",
      "forecasts", "pronostico", "weather", "clima");

  /** Words for where something is, before a place's name: "around Heron Lake". */
  private static final WordSet LOCATIVES = WordSet.of("at", "around", "near", "behind", "past",
      "across", "inside", "toward", "towards", "along", "overlooking", "in");

  /**
   * Schools and other bodies named after a person right after the word: "la escuela Benito
   * Juárez", "Fundación Sierra Oaks", "Hospital San Rafael", "Parroquia Santa Cecilia".
   */
  private static final WordSet SCHOOLS = WordSet.of("escuela", "colegio", "secundaria",
      "primaria", "preparatoria", "academia", "instituto", "fundacion", "hospital", "sanatorio",
      "iglesia", "parroquia", "universidad", "asociacion", "farmacia", "clinica",
      // "la oficina Westfield", "el garaje Addison"
      "oficina", "sede", "sucursal", "garaje", "edificio", "torre");

  /** Places named after "de": "la oficina de Westfield" (not "la escuela de Emiliano"). */
  private static final WordSet SITES_OF = WordSet.of("oficina", "oficinas", "sede", "sucursal",
      "clinica", "garaje", "edificio", "torre", "hospital");

  /** Languages a practice offers: "in English, Spanish and Hmong". */
  private static final WordSet LANGUAGES = WordSet.of("english", "spanish", "hmong",
      "vietnamese", "chinese", "mandarin", "cantonese", "korean", "tagalog", "arabic", "russian",
      "french", "portuguese", "creole", "somali", "punjabi", "hindi", "farsi", "ukrainian",
      "polish", "japanese", "amharic", "swahili", "mixteco", "ingles", "espanol");

  /** What a season names in a notice: "Spring update", "Winter hours". */
  private static final WordSet SEASON_THINGS = WordSet.of("update", "updates", "newsletter",
      "edition", "issue", "sale", "hours", "schedule", "special", "specials", "savings", "event",
      "events", "fair", "festival", "semester", "session", "term", "break");

  private static final WordSet SEASONS = WordSet.of("spring", "summer", "fall", "autumn",
      "winter", "primavera", "verano", "otono", "invierno");

  /** Places numbered at an event or a site: "Booth 14", "Gate 3", "Hall 2", "Tent 5". */
  private static final WordSet NUMBERED_PLACES = WordSet.of("booth", "booths", "hall", "gate",
      "pier", "berth", "bay", "door", "tent", "table", "wing", "lot", "dock", "station", "window",
      "pod", "level", "stand", "court", "field", "pavilion", "lane", "chair");

  /** Imperatives that take a person next: "Give Zoe 5 mL", "Remind Leo to bring...". */
  private static final WordSet PERSON_VERBS = WordSet.of(
    "give", "remind", "tell", "ask", "help", "bring", "let", "call", "text", "send", "take",
    "have", "dele", "recuerde", "recuerdele", "traiga", "lleve", "llame", "ayude"
  );

  private static final WordSet STAFF_PLACES = WordSet.of(
    "front", "desk", "office", "team", "billing", "scheduling", "clinic", "practice", "staff",
    "reception", "pharmacy", "lab", "care", "recepcion", "oficina", "equipo", "clinica",
    "farmacia", "consultorio", "administracion", "facturacion"
  );

  /** Texting shorthand that opens a clause before a name: "just FYI Mateo seemed anxious". */
  private static final String TEXTING_SHORTHAND_TEXT = " fyi asap btw thx plz fwd ";

  private static final WordSet TEXTING_SHORTHAND = WordSet.spaced(TEXTING_SHORTHAND_TEXT);

  private static final WordSet NOT_NAMES =
      WordSet.spaced(" there all everyone everybody team friend friends folks patient patients neighbor"
          + " families familias guardians caregivers colleagues staff students ras rns mas pas nps"
          + " army navy marines marine loc driver"
          // words of endearment after a greeting: "Hi hon,", "Hola mija"
          + " hon hun sweetie sweetheart darling mija mijo carino"
          + " neighbors family again y'all guys valued member members customer customers parent"
          + " parents todos todas amigos amigas paciente pacientes familia equipo vecino vecinos"
          + " from and we this it's its our your to just thanks a an the you it so ok okay yes no"
          + " happy good great dr doctor nurse new there's here please reminder today tomorrow"
          + " mom dad baby babies bebe sir madam maam senor senora don id mrn dob acct app apps"
          + " ein npi tin itin dea ssn chrome safari firefox su sus tu tus mi mis medi english"
          + " spanish vietnamese somali french chinese mandarin cantonese arabic russian korean"
          + " tagalog haitian creole portuguese hmong hindi gujarati urdu punjabi bengali farsi"
          + " swahili amharic nepali burmese japanese german italian polish ukrainian"
          + " portal account"
          // "Dear Participant,", "Dear Valued Subscriber": a role, not a name
          + " participant participants participante participantes client clients subscriber"
          + " subscribers resident residents employee employees donor donors guest guests"
          + " traveler travelers applicant applicants"
          // "Walk-ins welcome Tuesdays."
          + " mondays tuesdays wednesdays thursdays fridays saturdays sundays"
          + " accounts services skip stop help confirm cancel christmas easter thanksgiving"
          + " hanukkah halloween holiday holidays navidad nochebuena valley questions question"
          + " preguntas pregunta info note notes nota notas update updates attention atencion"
          + " important importante faculty staff colleague colleagues student students athletes"
          + " employees zelle venmo paypal dudas consultas"
          // "Bridgeway Health News - Spring": a season's issue (365 of 369 corpus uses)
          + " spring" + TEXTING_SHORTHAND_TEXT);

  private static final WordSet GREETING_TITLES =
      WordSet.spaced(" mr mrs ms sr sra srta don dona" + RANKS);

  private static final WordSet STAFF_DETERMINERS = WordSet.of(
      "the", "our", "your", "la", "el", "nuestra", "nuestro");

  /** "appointment for Maria", "cita para Ana", "hijo de Luis". */
  private static final WordSet NAME_PREPOSITIONS = WordSet.of("for", "para", "de", "d", "del");

  private static final WordSet SIGN_OFFS = WordSet.of(
      "thanks", "thank", "gracias", "regards", "saludos", "sincerely", "atentamente", "cheers",
      "best");

  @Override
  public void detect(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    if (n == 0) {
      return;
    }
    Workspace w = a.workspace();
    float[] given = w.floats(Workspace.NAME_GIVEN, n, -1f);
    float[] surname = w.floats(Workspace.NAME_SURNAME, n, -1f);
    boolean[] possessive = w.booleans(Workspace.NAME_POSSESSIVE, n);
    boolean[] placeName = w.booleans(Workspace.NAME_PLACE, n);
    Lexicon lx = a.lexicon();
    if (lx != null) {
      for (TermMatcher.Match m : a.matches()) {
        if (m.corrected() || (m.firstToken() != m.lastToken() && !hyphenated(a, t, m))) {
          continue;
        }
        if (m.possessive() && CONTRACTIONS.contains(t, m.firstToken())) {
          continue; // "She's in room 418": "she" is a listed surname, "'s" is "is"
        }
        // a hyphenated entry ("Jean-Luc", "Mary-Ann") lists each of its parts
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
          for (int k = 0; k < m.senseCount(); k++) {
            Lexicon.Sense s = m.sense(k);
            if (s.kind() != ListKind.NAME) {
              continue;
            }
            if (s.has(Tag.GIVEN)) {
              given[i] = given[i] < 0 ? s.ambiguity() : Math.min(given[i], s.ambiguity());
            }
            if (s.has(Tag.SURNAME)) {
              surname[i] = surname[i] < 0 ? s.ambiguity() : Math.min(surname[i], s.ambiguity());
            }
            placeName[i] |= s.has(Tag.PLACE);
            possessive[i] = m.possessive() && i == m.lastToken() || apostropheAfterS(a, t, i);
          }
        }
      }
    }
    boolean[] taken = takenTokens(a, out);
    boolean caps = !a.mostlyUpperCase();
    boolean[] clinical = clinicalTokens(a);
    if (caps) {
      markOrganizations(a, given, surname, taken);
      markBrands(a, lx, taken);
    }
    State st = new State(a, t, given, surname, possessive, placeName, taken, caps, out,
        clinical);
    st.signOffLine();
    for (int i = 0; i < n; i++) {
      if (taken[i] || t.type(i) != Tokens.WORD) {
        continue;
      }
      // 1. provider title: "Dr. Patel"
      boolean honorific = isHonorific(t, i);
      // (a title written out in full ends its sentence at a full stop: "see the therapist.
      // Call us" names no one; "Dr. Patel", "Enf. Ruiz" are abbreviations)
      if (isProviderTitle(t, i) && isTitleWord(a, t, i)
          && (!honorific || (i > 0 && INTRODUCERS.contains(t, i - 1)))
          && !(i + 1 < n && t.length(i) > 3 && t.originalGap(i, i + 1).contains("."))) {
        int e = st.nameRun(i + 1, true);
        if (e > i) {
          // "midwife Jess", "consejero Luis": a role that names a service is a SPECIALTY of its
          // own (corpus/README.md), found by the term detector; the person is the provider
          int from = SERVICE_ROLES.contains(t, i) ? i + 1 : i;
          st.emit(from, e, Category.PROVIDER, "provider", 0.95, 0);
          i = e;
          continue;
        }
      }
      // 2. courtesy title: "Mrs. Lopez"; "Nuestra Señora de la Paz" is Our Lady, a church's name
      // ("Mr. & Mrs. Haverford", "Sr. y Sra. Ortiz": the second title takes the surname)
      if ((COURTESY.contains(t, i) || honorific) && i + 1 < n
          && !(i > 0 && t.is(i - 1, "nuestra") && t.is(i, "senora"))
          // "sucursal Doña Ana", "calle Don Bosco": a place named with a title
          && !(i > 0 && PLACE_HEADS.contains(t, i - 1) && !t.isAny(i - 1, "san", "santa",
              "santo", "st", "saint", "sta"))
          && !microsoft(a, t, i) && !COURTESY.contains(t, i + 1)) {
        int e = honorific ? st.nameRun(i + 1, true) : st.courtesyNameRun(i + 1);
        if (e > i && st.credentialAfter(e)) {
          // "Ms. Carter, RN": a clinician, whatever the courtesy title
          st.emit(i, e, Category.PROVIDER, "provider", 0.9, 0);
          i = e;
          continue;
        }
        // "your child's appointment with Miss Tara", "hi its Ms. Ruiz", "- Ms. Ruiz", "Ms.
        // Ruiz here": whom a visit is with, who writes or calls, who signs
        if (e > i && (st.titledStaff(e, i + 1)
            || i > 1 && t.isAny(i - 1, "with", "con", "w")
                && (VISIT_NOUNS.contains(t, i - 2) || visitEarlierInClause(t, i - 1))
            || i > 0 && introducesStaff(t, i - 1) && " ".equals(t.originalGap(i - 1, i))
            || st.dashSignOff(i, e) || st.hereAfter(e))) {
          st.emit(i, e, Category.PROVIDER, "provider", 0.85, Detection.STAFF);
          i = e;
          continue;
        }
        if (e > i) {
          st.emitLabelled(i, i + 1, e, Category.NAME, "name", 0.9, 0);
          i = e;
          continue;
        }
      }
      // 2b. workforce by role: "your driver Luis", "Driver: Luis, 555-0127"
      // ("Your driver is Luis", "su chofer es Luis": the name after "is")
      // ("Your technologist today will be Dex Amaro": the name after "will be"; the set's one
      // bit test first, so most tokens go no further)
      // ("la trabajadora social Ana Ruiz", "our social worker Lena")
      boolean roleNext = i + 1 < n && (WORKFORCE.contains(t, i) || t.is(i, "worker")
              || t.is(i, "social") && i > 0 && t.isAny(i - 1, "trabajadora", "trabajador"))
          && (st.cap(i + 1) || t.isAny(i + 1, "is", "es", "sera", "will", "today"));
      int r = roleNext ? roleVerbEnd(t, i) : i;
      boolean yours = roleNext && i > 0 && t.isAny(i - 1, "your", "ur", "su", "tu");
      String gap = roleNext ? t.originalGap(i, i + 1) : "";
      if (roleNext && r + 1 < n && st.cap(r + 1) && !COURTESY.contains(t, r + 1)
          && ((r > i && yours)
              || (!(t.isAny(i, "driver", "chofer") && !yours) && " ".equals(gap))
              || ", ".equals(gap)
              || (st.sentenceStart(i) && gap.trim().equals(":")))) {
        // a driver may be the patient ("Driver Kowalczyk: the examiner could not certify
        // you"): only "your driver" or the "Driver: Luis" label names the vendor's
        int e = st.nameRun(r + 1, false);
        if (e > r && st.staffAfterRole(r + 1, e)) {
          st.emit(r + 1, e, Category.PROVIDER, "provider", 0.85, Detection.STAFF);
          i = e;
          continue;
        }
      }
      // 2c. a contact to reach: "Call Ruth at (412) 555-0163", "check in with Sharon at the
      // side entrance", "ask for Marisol at the front desk", "pregunte por Ana en recepción",
      // and "questions can go to Tom Barrera at (937) 555-0142" (a name reached at a phone)
      int c = caps ? contactNameStart(t, i) : -1;
      if (caps && c < 0 && t.isAny(i, "to", "a") && i + 1 < n && st.cap(i + 1)
          && given[i + 1] >= 0 && given[i + 1] < 0.5f) {
        int e = st.nameRun(i + 1, false);
        if (e > i && e + 2 < n && t.isAny(e + 1, "at", "al") && contactAt(out, t, e + 2)
            && sameClause(a, t, e)) {
          st.emit(i + 1, e, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
          i = e;
          continue;
        }
      }
      // (a phone number right after "at" makes even a name that is also a word the contact:
      // "Call Rosa at 559-555-0145")
      if (c > 0 && c < n && st.cap(c) && given[c] >= 0 && (given[c] < 0.5f
          || given[c] < 0.9f && c + 2 < n && t.isAny(c + 1, "at", "al")
              && t.type(c + 2) == Tokens.NUMBER
          // ("call Dolores in billing at (559) 555-0144")
          || given[c] < 0.9f && c + 2 < n && t.isAny(c + 1, "in", "from")
              && unitAt(t, c + 2))) {
        int e = st.nameRun(c, false);
        // ("Text Neil Strain in billing at 541-555-0117": the department the contact works in)
        if (e >= c && e + 2 < n && (t.isAny(e + 1, "at", "on", "al", "en")
                && !t.isAny(e + 2, "home", "casa")
                || t.isAny(e + 1, "in", "from") && unitAt(t, e + 2))
            && sameClause(a, t, e)) {
          st.emit(c, e, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
          i = e;
          continue;
        }
      }
      // 2d. whom a visit is with: "your appointment with Dana Wolfe", "su cita con Marta Ruiz",
      // "session w/ Jordan": the clinician, not the patient
      if (caps && VISIT_NOUNS.contains(t, i)) {
        int e = visitWith(t, st, given, i);
        if (e >= 0) {
          i = e;
          continue;
        }
      }
      // "Your visit is confirmed for Wed 3/25 at 4:15 PM with Priya Nair": the same, later in
      // the clause
      if (caps && i > 1 && (t.isAny(i, "with", "con") || t.is(i, "w") && t.gapContains(i, i + 1,
          '/')) && visitEarlierInClause(t, i)) {
        int e = visitWith(t, st, given, i - 1);
        if (e >= 0) {
          i = e;
          continue;
        }
      }
      // 3. greeting: "Hi Maria", "Good morning Priya"
      // (not "your welcome kit", "the welcome desk": a welcome that something has is no greeting)
      // (nor "arrived this morning via TMS Courier": a time of day is a greeting only after
      // "good" or opening the message)
      if (GREETINGS.contains(t, i) && i + 1 < n && sameClause(a, t, i)
          && !(i > 0 && t.is(i, "welcome") && WELCOME_OWNERS.contains(t, i - 1))
          && !(i > 0 && t.isAny(i, "morning", "afternoon", "evening", "dias", "tardes", "noches")
              && !t.isAny(i - 1, "good", "buenos", "buenas", "buen"))) {
        int j = i + 1;
        if (j < n && (GREETING_TITLES.contains(t, j)
            || isHonorific(t, j))) {
          continue; // handled by the courtesy title on the next token
        }
        int e = st.greetingName(j);
        if (e >= j) {
          // ("Please welcome Cole Fenn, our new patient scheduling lead": a new colleague)
          // ("Welcome, Jordan Blake, PA-C!": a clinician greeted with a credential)
          if (st.staffAfter(e) || st.hereAfter(e) // ("Hello, Sam Whitfield here.")
              || t.is(i, "welcome") && (st.roleAfterComma(e) || st.joinsTeam(e)
                  || st.credentialAfter(e))) {
            st.emit(j, e, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
          } else {
            st.emit(j, e, Category.NAME, "name", 0.9, 0);
          }
          i = e;
          continue;
        }
      }
      // 3b. who to ask for at the practice: "ask for Will or Precious in our referrals office",
      // "pregunte por Thuy o por Kiều en el mostrador"
      if (asksForStaff(t, i)) {
        int e = st.askedFor(i + 1);
        if (e > i) {
          i = e;
          continue;
        }
      }
      // 4. relation: "your son Leo", "patient: Tom Ruiz", "appointment for Maria"
      boolean preposition = NAME_PREPOSITIONS.contains(t, i);
      // (a comma before a lower-case word lists kinds of people: "grandma, aunt, foster mom")
      if ((RELATIONS.contains(t, i) || preposition || patientLabel(t, i)) && i + 1 < n
          && sameClause(a, t, i) && !t.originalGap(i, i + 1).contains(".")
          && !(caps && !st.cap(i + 1) && t.gapContains(i, i + 1, ','))) {
        boolean strict = preposition;
        if (t.isAny(i, "de", "del") && i > 0 && (PLACE_HEADS.contains(t, i - 1)
            || i > 1 && st.cap(i - 1) && PLACE_HEADS.contains(t, i - 2)
            || PLACE_HEADS.contains(t, i + 1) && st.cap(i + 1))) {
          // "Virgen de Guadalupe", "calle de Hidalgo", "calle Corazón de María", "el
          // estacionamiento del Ala Morales"
          continue;
        }
        if (COURTESY.contains(t, i + 1) || religiousTitle(a, t, i)
            || TermDetector.WHEN_WORDS.contains(t, i + 1)) {
          // "your mom, Mrs. Herrera": the title names her on the next token; "Sister
          // Bernadette, RN": a capitalized "Sister" that nobody owns is a nun's title; "can see
          // your dad Thursday afternoon": a day, not his name
          continue;
        }
        int e = strict ? st.listedNameRun(i + 1) : st.nameRun(i + 1, false);
        if (e > i && !st.titleOrProduct(i, e) && !unitNameAt(t, i + 1, e + 1)
            && !unlistedAcronym(a, i + 1, given) // ("infant CPR classes")
            && !st.placeWordInside(i + 2, e) // ("el auditorio de Willow Bend")
            && !(preposition && st.place(i + 1)) // ("the pollen forecast for Madison")
            && !(e > i + 1 && st.orgTail(e)) // ("this month's Teen Advisory Board")
            && !st.familyFirmAt(e)) { // ("calling for Kessler and Sons")
          st.emit(i + 1, e, Category.NAME, "name", 0.85, 0);
          i = e;
          continue;
        }
      }
      // 5. staff: "this is Jen from", "soy Ana de", "le habla Carmen de recepción", "it's
      // Tomasz, your mom's nurse"
      if (introducesStaff(t, i)) {
        int from = courtesyTitleEnd(t, i); // "le escribe la Sra. Dolores": the title stays
        int e = st.nameRun(from + 1, false);
        boolean workplace = e > from && e + 1 < n
            && (t.isAny(e + 1, "from", "at", "with", "de", "del", "in", "w")
                || (e + 2 < n && t.isAny(e + 1, "y", "and") && t.isAny(e + 2, "soy", "i'm"))
                || atSignBetween(t, e, e + 1) // "Priya @ the front desk"
                || (e + 2 < n && t.isAny(e + 1, "your", "ur", "su", "tu") // "its Bri ur CHW"
                    && (WORKFORCE.contains(t, e + 2) || JOB_TITLES.contains(t, e + 2)
                        || isProviderTitle(t, e + 2) || CREDENTIALS.contains(t, e + 2))));
        if (e > from && !possessive[e] && (workplace
            || (person(given, clinical, from + 1, e) && introducesSender(a, t, e)))) {
          st.emit(from + 1, e, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
          i = e;
          continue;
        }
      }
      // 5b. a name with a credential after it: "Kelly Tran, RN", "Hannah Gold, MS, CGC",
      // "Jessica Long, CNM"
      if (caps && st.cap(i) && given[i] >= 0) {
        int e = st.nameRun(i, true);
        // a first and a last name: "Jackson, MS" and "Washington, DC" are places
        if (e > i && e + 1 < n && st.credentialAfter(e)) {
          st.emit(i, e, Category.PROVIDER, "provider", 0.9, 0);
          i = e;
          continue;
        }
        if (e > i && e + 1 < n && st.dobAfter(e) && !clinical[i] && !clinical[e]) {
          // "We have you as: Earl Sweet, DOB 07/19/1941": a person's name, then their birth date
          st.emit(i, e, Category.NAME, "name", 0.85, 0);
          i = e;
          continue;
        }
        if (e > i && e + 1 < n && st.specialtyCredentialAfter(e)) {
          // "Jessica Long, CNM": the credential names the care, a SPECIALTY of its own. Without a
          // title the name stays a NAME: a rewrite that drops the credential would leave a bare
          // name that its recheck takes for a patient's
          st.emit(i, e, Category.NAME, "name", 0.8, 0);
          st.emitSpecialtyCredential(e + 1);
          i = e + 1;
          continue;
        }
      }
      // 5c. the recipient of a recorded message: "this message is for Will.", "este mensaje es
      // para Rosa": the words after it name the person, whatever else they mean
      if (caps && NAME_PREPOSITIONS.contains(t, i) && i >= 2 && t.isAny(i - 1, "is", "es")
          && t.isAny(i - 2, "message", "mensaje", "call", "llamada") && i + 1 < n && st.cap(i + 1)
          && sameClause(a, t, i)) {
        int e = st.nameRun(i + 1, false);
        if (e < i + 1 && st.usableUntitled(i + 1) && !clinical[i + 1]) {
          e = i + 1;
        }
        if (e > i) {
          st.emit(i + 1, e, Category.NAME, "name", 0.85, 0);
          i = e;
          continue;
        }
      }
      // 5c'. "an automated message from Ridgeway Regional for Dolores Whitfield": a first and a
      // last name after "for", later in the clause of a message or a call
      if (caps && t.isAny(i, "for", "para") && i + 2 < n && st.cap(i + 1) && st.cap(i + 2)
          && messageEarlier(t, i) && sameClause(a, t, i)) {
        // (a given name that is also a word elsewhere, "Dolores", still opens one before a
        // listed surname)
        int e = given[i + 1] >= 0 && surname[i + 2] >= 0 && surname[i + 2] < 0.5f
            && st.joined(i + 1) && !clinical[i + 2] ? i + 2 : st.nameRun(i + 1, false);
        if (e >= i + 2 && !st.titleOrProduct(i, e) && !unitNameAt(t, i + 1, e + 1)
            && !st.orgTail(e) && given[i + 1] >= 0 && !st.familyFirmAt(e)) {
          st.emit(i + 1, e, Category.NAME, "name", 0.85, 0);
          i = e;
          continue;
        }
      }
      // 5d. "Wahyudi — your follow-up is...": the message's first word, in no dictionary,
      // addressed with a comma or a dash before words spoken to the recipient
      if (i == 0 && n > 1 && (st.endsWithComma(0) || st.dashAfter(0))
          && ADDRESSEE_FOLLOWERS.contains(t, 1) && !st.cap(1) && !clinical[0]
          && st.unlistedWord(0)) { // the dictionary last: it is the costly test
        st.emit(0, 0, Category.NAME, "name", 0.75, 0);
        continue;
      }
      // 6. an unlisted first name before a clear surname: "Zephyrine Lopez has..."
      if (st.unlistedFirstName(i)) {
        int flags = possessive[i + 1] ? Detection.POSSESSIVE : 0;
        st.emit(i, i + 1, Category.NAME, "name", 0.75, flags);
        i = i + 1;
        continue;
      }
      // 7. possessive or free-standing listed name
      if ((given[i] >= 0 || surname[i] >= 0 || possessive[i]) && !language(t, i)
          && !st.place(i)) {
        int e = st.freeName(i);
        if (e >= i && st.placeOrBodyNamed(i, e)) {
          i = e;
          continue;
        }
        if (e >= i && i > 0 && st.initial(i - 1)) {
          i--; // "(T. Nakamura)": the initial goes with the surname
        }
        if (e >= i) {
          int flags = possessive[e] ? Detection.POSSESSIVE : 0;
          Category cat = st.credentialAfter(e) ? Category.PROVIDER : Category.NAME;
          if (cat == Category.NAME && st.staffOrSignOff(e, i)) {
            st.emit(i, e, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
          } else {
            st.emit(i, e, cat, cat == Category.PROVIDER ? "provider" : "name", 0.8, flags);
          }
          i = e;
        }
      }
    }
    st.coordinated();
    st.signOff();
    st.repeated();
    st.staffNamedAgain();
  }

  /** Tokens that are clear clinical terms (ambiguity below 0.5): never a name without a title. */
  private static boolean[] clinicalTokens(Analysis a) {
    Tokens t = a.tokens();
    boolean[] c = a.workspace().booleans(Workspace.NAME_CLINICAL, t.size());
    Lexicon lx = a.lexicon();
    if (lx == null) {
      return c;
    }
    List<TermMatcher.Match> matches = a.matches();
    for (int i = 0; i < matches.size(); i++) { // by index: the iterator was 2% of the bytes
      TermMatcher.Match m = matches.get(i);
      for (int k = 0; k < m.senseCount(); k++) {
        Lexicon.Sense s = m.sense(k);
        boolean clear = s.ambiguity() < 0.5f
            // "ALT 88 (H)": a clinical abbreviation in capitals followed by a value
            || (s.has(Tag.ABBREV) && m.firstToken() == m.lastToken() && a.allCaps(m.firstToken())
                && !a.mostlyUpperCase() && valueFollows(t, m.lastToken()));
        if (s.kind() != ListKind.NAME && s.kind() != ListKind.ALLOW && clear
            && !s.has(Tag.PRACTICE_WORD) && !(s.spanish() && !a.isSpanish())) {
          for (int j = m.firstToken(); j <= m.lastToken(); j++) {
            c[j] = true;
          }
        }
      }
    }
    return c;
  }

  /** A number right after token {@code k}, as a lab value follows its test. */
  private static boolean valueFollows(Tokens t, int k) {
    return k + 1 < t.size() && t.type(k + 1) == Tokens.NUMBER;
  }

  private static final WordSet GROUP_NOUNS = WordSet.of(
      "team", "staff", "crew", "office", "family", "clinic", "equipo", "personal", "pharmacy",
      "farmacia", "hospital");

  /** Place words that end a hospital's or a neighbourhood's name: "Mercy West", "Cedar Ridge". */
  private static final WordSet PLACE_TAILS = WordSet.of("west", "east", "north", "south",
      "ridge", "creek", "valley", "hills", "heights", "grove", "point", "bay", "springs",
      "pines", "oaks", "meadows", "crossing", "commons", "landing");

  /**
   * Capitalized runs that contain a facility word ("Cedar Valley Pediatrics", "Clínica San
   * Rafael") name an organization, not a person.
   */
  private static void markOrganizations(Analysis a, float[] given, float[] surname,
      boolean[] taken) {
    List<int[]> organizations = null; // made for the first organization
    Tokens t = a.tokens();
    int n = t.size();
    int i = 0;
    while (i < n) {
      if (!(t.type(i) == Tokens.WORD && a.capitalized(i))) {
        i++;
        continue;
      }
      int j = i;
      boolean facility = isFacility(t, i);
      while (true) {
        if (j + 1 < n && t.type(j + 1) == Tokens.WORD && a.capitalized(j + 1)
            && sameLine(a, t, j) && !isProviderTitle(t, j + 1)) {
          j++; // ("Consultorio Dr. Efraín Solís": a title starts the clinician's name)
          facility |= isFacility(t, j);
          continue;
        }
        // "Centro de Diálisis San Lucas", "Center for Women's Health": after a facility word the
        // name goes on through lower-case connectors
        int c = j + 1;
        while (facility && c < n && CONNECTORS.contains(t, c) && sameLine(a, t, c - 1)) {
          c++;
        }
        // ("Brookline Family Practice for Dorothy Haskins": a clear given name after "for" is
        // whom the message is for, as is one that is also a word before a clear surname:
        // "CornerWell Pharmacy for Gloria Mendez")
        if (c > j + 1 && c < n && t.type(c) == Tokens.WORD && a.capitalized(c)
            && sameLine(a, t, c - 1)
            && !(t.isAny(c - 1, "for", "para") && given[c] >= 0 && (given[c] < 0.3f
                || given[c] < 0.7f && c + 1 < n && a.capitalized(c + 1) && surname[c + 1] >= 0
                    && surname[c + 1] < 0.3f))) {
          j = c;
          facility |= isFacility(t, j);
          continue;
        }
        break;
      }
      // "The Cedar Valley team", "el equipo de ...": a capitalized run before a group noun
      boolean group = j + 1 < n && GROUP_NOUNS.contains(t, j + 1) && !t.endsWith(j, "'s")
          && !isProviderTitle(t, i)
          && !COURTESY.contains(t, i)
          // "Hi Garcia family": a surname before "family" is the patient's family, no firm
          // (a greeting may open the run: "Hi Garcia")
          && !(j - i <= 1 && !facility && t.isAny(j + 1, "family", "familia")
              && surname[j] >= 0 && surname[j] < 0.5f);
      // "at Mercy West", "Cedar Ridge": a word that is rarely a first name, then a place word
      boolean place = j == i + 1 && PLACE_TAILS.contains(t, j)
          && !(given[i] >= 0 && given[i] < 0.5f)
          && !(i > 0 && (isProviderTitle(t, i - 1) || COURTESY.contains(t, i - 1)));
      if ((facility && j > i) || group || place) {
        for (int k = i; k <= j; k++) {
          taken[k] = true;
        }
        if (organizations == null) {
          organizations = new ArrayList<>(2);
        }
        organizations.add(new int[] {i, j});
      }
      i = j + 1;
    }
    if (organizations == null) {
      return; // nothing to find again
    }
    Map<String, List<int[]>> byFirstWord = new HashMap<>();
    for (int[] org : organizations) {
      byFirstWord.computeIfAbsent(t.term(org[0]), k -> new ArrayList<>(1)).add(org);
    }
    // the same name again, shortened: "Cedar Valley Family Practice ... the Cedar Valley team"
    i = 0;
    while (i < n) {
      if (taken[i] || !(t.type(i) == Tokens.WORD && a.capitalized(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && !taken[j + 1] && t.type(j + 1) == Tokens.WORD && a.capitalized(j + 1)
          && sameLine(a, t, j)) {
        j++;
      }
      // only the organizations whose first word is this run's: a look at every one for every
      // run was quadratic in a long document
      List<int[]> same = j > i ? byFirstWord.get(t.term(i)) : null;
      if (same != null) {
        for (int[] org : same) {
          if (startsWithRun(t, org[0], org[1], i, j)) {
            for (int k = i; k <= j; k++) {
              taken[k] = true;
            }
            break;
          }
        }
      }
      i = j + 1;
    }
  }

  private static final WordSet CONNECTORS =
      WordSet.of("de", "del", "la", "las", "los", "of", "the", "for", "y", "and");

  private static boolean isFacility(Tokens t, int k) {
    int s = t.start(k);
    int len = t.length(k);
    char[] c = t.view().buffer();
    if (len >= 2 && c[s + len - 2] == '\'' && c[s + len - 1] == 's') {
      return PracticeNames.FACILITY.contains(c, s, len - 2); // "Smith's"
    }
    return PracticeNames.FACILITY.contains(t, k) || SPECIALTY_HEADS.contains(t, k);
  }

  /** Specialty names that end a practice's name: "Aspen Ridge Dermatology". */
  private static final WordSet SPECIALTY_HEADS = WordSet.spaced(" dermatology cardiology"
      + " oncology neurology orthopedics orthopaedics urology gastroenterology radiology podiatry"
      + " chiropractic psychiatry ophthalmology optometry audiology rheumatology nephrology"
      + " pulmonology endocrinology obstetrics gynecology otolaryngology allergy hematology"
      + " dermatologia cardiologia oncologia neurologia ortopedia urologia radiologia"
      + " psiquiatria oftalmologia ginecologia naturopathic naturopathy acupuncture ent ");

  private static boolean sameLine(Analysis a, Tokens t, int j) {
    String o = a.original();
    int from = t.originalEnd(j);
    int to = t.originalStart(j + 1);
    if (to - from == 3 && o.charAt(from) == ' ' && o.charAt(from + 1) == '&'
        && o.charAt(from + 2) == ' ') {
      return true; // "Maple & Main Family Practice"
    }
    if (to - from != 1) {
      return false;
    }
    char c = o.charAt(from);
    return c == ' ' || c == '-' || c == '&';
  }

  /** Only an "@" stands between tokens {@code e} and {@code k}: "Priya @ the front desk". */
  private static boolean atSignBetween(Tokens t, int e, int k) {
    return onlyBetween(t, e, k, "@");
  }

  /**
   * The original text between tokens {@code e} and {@code k} is {@code mark} and spaces
   * ({@link Tokens#originalGap} is empty where tokens made from one character overlap).
   */
  private static boolean onlyBetween(Tokens t, int e, int k, String mark) {
    return mark.equals(t.originalGap(e, k).trim());
  }

  /**
   * Token {@code k} is a short all-capitals word that is no clear given name, in a message that
   * has lower case: an acronym ("infant CPR", "your child's IEP"), not a child's name.
   */
  private static boolean unlistedAcronym(Analysis a, int k, float[] given) {
    return !a.mostlyUpperCase() && a.tokens().length(k) <= 4 && a.allCaps(k)
        && !(given[k] >= 0 && given[k] < 0.5f);
  }

  /** A message or a call named up to eight tokens before {@code i}: whom it is for follows. */
  private static boolean messageEarlier(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
      if (t.isAny(k, "message", "mensaje", "call", "llamada", "reminder", "recordatorio")) {
        return true;
      }
    }
    return false;
  }

  /**
   * After the role at {@code i}: the last token of "is", "es", "will be" (with "today" before
   * them), when a name follows one space later; else {@code i}.
   */
  private static int roleVerbEnd(Tokens t, int i) {
    int k = i + 1;
    if (k < t.size() && t.is(k, "today")) {
      k++;
    }
    if (k + 1 < t.size() && t.is(k, "will") && t.is(k + 1, "be")) {
      k++;
    } else if (!(k < t.size() && t.isAny(k, "is", "es", "sera"))) {
      return i; // ("su cuidadora será Beatriz Olmos")
    }
    if (k + 2 < t.size() && t.isAny(k + 1, "now", "ahora")) {
      k++; // "Your care coordinator is now Joy Hart"
    }
    return k + 1 < t.size() && " ".equals(t.originalGap(k, k + 1)) ? k : i;
  }

  /** "ask for", "pregunte por": the name after it is someone at the practice to ask for. */
  private static boolean asksForStaff(Tokens t, int i) {
    return i > 0 && (t.is(i, "for") && t.isAny(i - 1, "ask", "asking")
        || t.is(i, "por") && t.isAny(i - 1, "pregunte", "preguntar", "pregunten", "pregunta"));
  }

  /**
   * Token {@code i} introduces the sender: "this is Jen from", "soy Ana de", "le habla Carmen",
   * "le escribe la Sra. Almonte", "it's Tomasz", "Mi nombre es Graciela Montaño y soy...". Kept
   * out of {@link #detect}, whose loop must stay small enough for the JIT to inline its calls.
   */
  private static boolean introducesStaff(Tokens t, int i) {
    if (!INTRODUCING.contains(t, i)) {
      return false; // one bit test for most tokens
    }
    return (t.is(i, "is") && i > 0 && t.is(i - 1, "this"))
        || t.isAny(i, "soy", "habla", "it's", "its", "i'm", "im")
        || (i > 0 && t.isAny(i, "escribe", "saluda") && t.isAny(i - 1, "le", "les", "te"))
        || (i > 1 && t.isAny(i, "is", "es") && t.isAny(i - 1, "name", "nombre")
            && t.isAny(i - 2, "my", "mi"));
  }

  /** Every word {@link #introducesStaff} may stand on. */
  private static final WordSet INTRODUCING = WordSet.of("is", "es", "soy", "habla", "it's", "its",
      "i'm", "im", "escribe", "saluda");

  /** Words that address the reader or say what happens, never in a sign-off's role. */
  private static final WordSet ADDRESSED_WORDS = WordSet.of("you", "your", "ur", "u", "su", "sus",
      "tu", "usted", "te", "is", "are", "has", "will", "es", "tiene", "see", "please", "por");

  /** Words that open a role's name: "practice manager", "care coordinator", "case manager". */
  /** Small Spanish words a person's name follows mid-sentence ("a Tomás", "que Mía", "y Ana"). */
  private static final WordSet SPANISH_LINKS_BEFORE_NAME = WordSet.of("a", "que", "y", "e",
      "para", "con", "por", "o");

  private static final WordSet ROLE_MODIFIERS = WordSet.of("practice", "care", "office", "front",
      "patient", "medical", "billing", "clinic", "case", "charge", "head", "program", "intake",
      "referral", "scheduling", "nurse", "site", "health", "school", "desk");

  /** Titles that introduce someone else after a comma ("Liam, Dr. Patel will see you"). */
  private static final WordSet OTHER_PERSON_TITLES = WordSet.of("dr", "dra", "doctor", "doctora",
      "np", "pa", "provider", "lic", "licenciado", "licenciada", "enf", "profesional");

  private static final WordSet RELIGIOUS_TITLES = WordSet.of("sister", "brother", "hermana",
      "hermano", "father", "padre", "mother", "madre");

  /** A hyphen, an en dash or an em dash. */
  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** A dash at {@code p} that stands apart from the word before it ("- Bree", not "Mary-Ann"). */
  private static boolean standaloneDash(String o, int p) {
    return p >= 1 && isDash(o.charAt(p)) && Character.isWhitespace(o.charAt(p - 1));
  }

  /**
   * A capitalized "Sister", "Brother", "Hermana", "Father" not owned by anyone ("Sister
   * Bernadette, RN", "la Hermana Rosario"): a religious title, not a relative.
   */
  private static boolean religiousTitle(Analysis a, Tokens t, int i) {
    return RELIGIOUS_TITLES.contains(t, i) && a.capitalized(i) && !a.allCaps(i)
        && !(i > 0 && OWNED_BY.contains(t, i - 1));
  }

  private static final WordSet OWNED_BY = WordSet.of("your", "ur", "my", "his", "her", "their",
      "our", "su", "sus", "tu", "mi", "the", "a", "his/her");


  /**
   * After an introducer at {@code i}, the last token of an article and a courtesy title that
   * stand before the name ("la Sra.", "Mrs."), or {@code i} when there are none.
   */
  private static int courtesyTitleEnd(Tokens t, int i) {
    int k = i + 1;
    if (k < t.size() && t.isAny(k, "la", "el")) {
      k++;
    }
    return k + 1 < t.size() && COURTESY.contains(t, k) ? k : i;
  }

  /**
   * A match of two capitalized tokens joined by one hyphen: a hyphenated name such as
   * "Jean-Luc" ("walk-ins" is none).
   */
  private static boolean hyphenated(Analysis a, Tokens t, TermMatcher.Match m) {
    return m.lastToken() == m.firstToken() + 1 && a.capitalized(m.firstToken())
        && a.capitalized(m.lastToken())
        && "-".equals(t.originalGap(m.firstToken(), m.lastToken()));
  }

  /** Tokens already covered by other detections, or by an allow-list name look-alike. */
  private static boolean[] takenTokens(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    boolean[] taken = a.workspace().booleans(Workspace.NAME_TAKEN, t.size());
    for (Detection d : out) {
      TermDetector.markTokens(t, d, taken);
    }
    // "closed Monday for Presidents' Day", "Dear Neighbor": an allow-list phrase tagged as a
    // name look-alike is never a name, whatever its capitals
    List<TermMatcher.Match> matches = a.matches();
    for (int i = 0; i < matches.size(); i++) {
      TermMatcher.Match m = matches.get(i);
      for (int k = 0; k < m.senseCount(); k++) {
        Lexicon.Sense s = m.sense(k);
        if (s.kind() == ListKind.ALLOW && s.has(Tag.NAME_WORD)) {
          for (int j = m.firstToken(); j <= m.lastToken(); j++) {
            taken[j] = true;
          }
        }
      }
    }
    return taken;
  }

  /** Tokens {@code [from, to]} are the first tokens of the name at tokens {@code [os, oe]}. */
  private static boolean startsWithRun(Tokens t, int os, int oe, int from, int to) {
    if (to - from > oe - os) {
      return false;
    }
    char[] c = t.view().buffer();
    for (int k = 0; k <= to - from; k++) {
      int a = os + k;
      int b = from + k;
      if (t.length(a) != t.length(b)
          || !Arrays.equals(c, t.start(a), t.end(a), c, t.start(b), t.end(b))) {
        return false;
      }
    }
    return true;
  }

  /**
   * After "this is Jen" or "soy Ana", whether what follows token {@code e} says the name is the
   * sender's: a workplace ("from", "with", "at", "de"), an action in progress ("returning your
   * call", "calling about"), or the end of the clause ("this is Jen, your care coordinator";
   * "soy Ana."). "This is Maria's reminder" does not get here (possessive).
   */
  private static boolean introducesSender(Analysis a, Tokens t, int e) {
    if (e + 1 >= t.size()) {
      return true;
    }
    String gap = t.originalGap(e, e + 1);
    if (gap.indexOf(',') >= 0 || gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0
        || gap.indexOf('\n') >= 0) {
      return true;
    }
    return t.endsWith(e + 1, "ing") && t.length(e + 1) > 4 && t.type(e + 1) == Tokens.WORD;
  }

  /**
   * Tokens {@code [from, to]} name a person: a listed given name first and no clinical word
   * ("this is Heartland Cardiology calling" is a practice).
   */
  private static boolean person(float[] given, boolean[] clinical, int from, int to) {
    if (given[from] < 0) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      if (clinical[k]) {
        return false;
      }
    }
    return true;
  }

  /** Token {@code i} is a provider title, with or without its dot ("Dr", "Dr."). */
  private static boolean isProviderTitle(Tokens t, int i) {
    int len = titleLength(t, i);
    return len == t.length(i)
        ? PROVIDER_TITLES.contains(t, i)
        : PROVIDER_TITLES.contains(buf(t), t.start(i), len);
  }

  /** Token {@code i} is "Lic", "Lic." or "licenciado/a" ({@link #HONORIFICS}). */
  /**
   * "MS" in capitals, without a dot, in a message not written in capitals: Microsoft ("your
   * video visit opens in MS Teams"), not the courtesy title "Ms".
   */
  private static boolean microsoft(Analysis a, Tokens t, int i) {
    return t.is(i, "ms") && a.allCaps(i) && !a.mostlyUpperCase();
  }

  /**
   * Words joined with a capital inside, each an everyday word of three letters or more:
   * "CareConnect", "MyChart", "HealthBridge" are brands, not people ("McDonald", "DeAndre",
   * "LaToya" and "MacKenzie" are not two such words).
   */
  private static void markBrands(Analysis a, Lexicon lx, boolean[] taken) {
    if (lx == null) {
      return;
    }
    String o = a.original();
    boolean inner = false; // one pass over the text: most messages have no capital inside a word
    for (int p = 1; p < o.length() && !inner; p++) {
      inner = Character.isUpperCase(o.charAt(p)) && Character.isLowerCase(o.charAt(p - 1));
    }
    if (!inner) {
      return;
    }
    Tokens t = a.tokens();
    char[] c = t.view().buffer();
    for (int i = 0; i < t.size(); i++) {
      int len = t.length(i);
      if (taken[i] || len < 6 || t.type(i) != Tokens.WORD) {
        continue;
      }
      int os = t.originalStart(i);
      if (t.originalEnd(i) - os != len) {
        continue; // folded or disguised: offsets do not line up
      }
      for (int p = 3; p <= len - 3; p++) {
        if (Character.isUpperCase(o.charAt(os + p))
            && Character.isLowerCase(o.charAt(os + p - 1))) {
          int s = t.start(i);
          if (lx.isWord(c, s, p) && lx.isWord(c, s + p, len - p)) {
            taken[i] = true;
          }
          break;
        }
      }
    }
  }

  /** Token {@code k} is a greeting word ("Hi", "Dear", "Hola"). */
  static boolean greeting(Tokens t, int k) {
    return GREETINGS.contains(t, k);
  }

  private static boolean isHonorific(Tokens t, int i) {
    return HONORIFICS.contains(buf(t), t.start(i), titleLength(t, i));
  }

  /** The length of token {@code i} without a final dot ("Dr." is a title of two letters). */
  private static int titleLength(Tokens t, int i) {
    int len = t.length(i);
    return len > 1 && buf(t)[t.start(i) + len - 1] == '.' ? len - 1 : len;
  }

  private static char[] buf(Tokens t) {
    return t.view().buffer();
  }

  private static String stripDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** "Dr" as a title: followed by a dot or a space and then a word on the same line. */
  private static boolean isTitleWord(Analysis a, Tokens t, int i) {
    // ("Jefferson Elementary nurse: Marcus may not return": a colon ends a sender's header)
    return i + 1 < t.size() && sameClause(a, t, i) && t.originalGap(i, i + 1).indexOf(':') < 0;
  }

  /** Tokens {@code i} and {@code i+1} are separated by spaces, a dot or a comma only. */
  static boolean sameClause(Analysis a, Tokens t, int i) {
    if (i + 1 >= t.size()) {
      return false;
    }
    String o = a.original();
    int from = t.originalEnd(i);
    int to = t.originalStart(i + 1);
    if (to - from > 3) {
      return false;
    }
    for (int p = from; p < to; p++) {
      char c = o.charAt(p);
      if (!(c == ' ' || c == '.' || c == ',' || c == ':')) {
        return false;
      }
    }
    return true;
  }

  /** Working state for one message. */
  private static final class State {
    final Analysis a;
    final Tokens t;
    final float[] given;
    final float[] surname;
    final boolean[] possessive;
    /** The name is also a well-known place's (tag {@code place}). */
    final boolean[] placeName;
    final boolean[] taken;
    final boolean caps;
    final List<Detection> out;
    final boolean[] clinical;

    State(Analysis a, Tokens t, float[] given, float[] surname, boolean[] possessive,
        boolean[] placeName, boolean[] taken, boolean caps, List<Detection> out,
        boolean[] clinical) {
      this.placeName = placeName;
      this.clinical = clinical;
      this.a = a;
      this.t = t;
      this.given = given;
      this.surname = surname;
      this.possessive = possessive;
      this.taken = taken;
      this.caps = caps;
      this.out = out;
    }

    boolean cap(int i) {
      return caps && a.capitalized(i);
    }

    /**
     * Token {@code i} is a numbered place ("Booth 14"), the firm one chooses ("for choosing
     * Greenway") or, a word more than a name, a kind of person after an English article ("a
     * Doc").
     */
    boolean notAPersonAround(int i) {
      if (i + 1 < t.size() && t.type(i + 1) == Tokens.NUMBER && joined(i)
          && (NUMBERED_PLACES.contains(t, i) || SEASONS.contains(t, i) && t.length(i + 1) == 4)) {
        return true; // ("Spring 2026", "Summer 2027": a season of a year)
      }
      if (SEASONS.contains(t, i) && i + 1 < t.size() && SEASON_THINGS.contains(t, i + 1)
          && joined(i)) {
        return true; // "Spring update", "Fall newsletter", "Summer hours"
      }
      // (not a clear given name: "Vamos a Lupita a ver" marks a person in Spanish)
      if (i > 0 && LANGUAGES.contains(t, i) && t.isAny(i - 1, "in", "en", "and", "y", "or", "o",
          "speak", "speaks", "habla")) {
        return true; // "in English, Spanish and Hmong"
      }
      if (i > 1 && t.isAny(i - 1, "de", "del") && SITES_OF.contains(t, i - 2) && joined(i - 1)
          && joined(i - 2)) {
        return true; // "la oficina de Westfield atenderá en ..."
      }
      if (i > 0 && SCHOOLS.contains(t, i - 1) && joined(i - 1)
          || i > 1 && cap(i - 1) && joined(i - 1) && SCHOOLS.contains(t, i - 2)
              && joined(i - 2)) { // ("Children's Hospital: Ava's tonsillectomy" names Ava)
        return true; // "la escuela César Chávez" ("la escuela de Emiliano" is Emiliano's)
      }
      if (TermDetector.replyKeyword(a, i)) {
        return true; // "reply BAL", "text STOP": a keyword to send back
      }
      if (i > 0 && PracticeNames.SHOPS.contains(t, i) && cap(i - 1) && joined(i - 1)) {
        return true; // "Little Sprout Baby Boutique": a shop's word ends the shop's name
      }
      // "we're reading Anxious People by Fredrik Backman", "leemos El túnel de Sabato": a
      // book's author, in a message about reading
      if (i > 0 && t.isAny(i - 1, "by", "de", "por") && bookTalk()) {
        return true;
      }
      if (i > 0 && TREES.contains(t, i) && t.isAny(i - 1, "on", "off") && joined(i - 1)) {
        return true; // "the family practice on Alder", "a line down on Birch": a street
      }
      if (familyFirmAt(i)) {
        return true;
      }
      if (tradeBefore(i)) {
        return true; // "Taller Mecánico Cruz y Lozano": the owners' names of a trade's shop
      }
      // "Dr. Reyes-Whitfield grew up in Westbrook", "nació en Linares": where someone is from
      if (i > 1 && t.isAny(i - 1, "in", "en") && (t.isAny(i - 2, "born", "raised", "lives",
          "lived", "nacio", "crecio", "vive", "vivio") || i > 2 && t.is(i - 2, "up")
          && t.is(i - 3, "grew"))) {
        return true;
      }
      return i > 0 && (t.is(i - 1, "choosing")
          || t.isAny(i - 1, "a", "an") && !a.isSpanish() && !listed(i, 0.3f)) || afterAddress(i)
          || bracketedAcronym(i) || placeOrShopAfter(i);
    }

    /**
     * The staff asked for from {@code from} on, emitted as PROVIDER, and one more after "or"
     * ("or Precious", "o por Kiều"); the last token taken, or {@code from - 1} when no person
     * starts there.
     */
    int askedFor(int from) {
      int n = t.size();
      int e = nameRun(from, false);
      if (e < from || possessive[e] || !person(given, clinical, from, e)) {
        return from - 1;
      }
      emit(from, e, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
      int second = e + 2 < n && t.isAny(e + 1, "or", "o")
          ? (t.is(e + 2, "por") ? e + 3 : e + 2) : -1;
      if (second > 0 && second < n && cap(second) && !clinical[second]
          && (given[second] >= 0 || unlistedWord(second))) {
        int e2 = Math.max(second, nameRun(second, false));
        if (!possessive[e2]) {
          emit(second, e2, Category.PROVIDER, "provider", 0.8, Detection.STAFF);
          e = e2;
        }
      }
      return e;
    }

    /**
     * Token {@code i} is a state, country or city that is also a name, used as a place: after
     * "in" ("located in Oregon"), before a comma and a state or country ("Sydney, Australia"),
     * between "from" and "to" ("from Naples to Tampa"), or listed with a place that is no name
     * ("in Florida, Michigan and New York", "Arizona").
     */
    boolean place(int i) {
      if (!(PLACES.contains(t, i) || placeName[i]) || possessive[i]) {
        return false;
      }
      int n = t.size();
      if (i > 0 && t.isAny(i - 1, "in", "en", "across", "throughout", "outside", "near")) {
        return true;
      }
      // "a rural clinic in eastern Oregon", "a device near downtown Dayton"
      if (i > 1 && REGION_WORDS.contains(t, i - 1)
          && t.isAny(i - 2, "in", "en", "near", "across", "throughout", "outside", "from")) {
        return true;
      }
      // "joins us from Portland", "moved here from Lagos"; not "a message from Tyler"
      if (i > 1 && t.isAny(i - 1, "from", "desde") && ORIGIN_BEFORE_FROM.contains(t, i - 2)) {
        return true;
      }
      // "your flight to Lisbon", "su vuelo a Guadalajara", "the pollen forecast for Madison"
      // ("Flight 482 to Denver", "su vuelo 233 a Monterrey": its number may come between)
      if (i > 1 && t.isAny(i - 1, "to", "a", "into", "for", "para")
          && (TRAVEL_BEFORE_TO.contains(t, i - 2) || i > 2 && t.type(i - 2) == Tokens.NUMBER
              && TRAVEL_BEFORE_TO.contains(t, i - 3))) {
        return true;
      }
      if (i + 1 < n && ",".equals(t.originalGap(i, i + 1).trim())
          && (PLACES.contains(t, i + 1) && given[i + 1] < 0 && surname[i + 1] < 0
              || t.length(i + 1) == 2 && a.allCaps(i + 1))) {
        return true; // "Sydney, Australia", "Naples, FL" (not "Madison, Georgia or Sydney")
      }
      if (i > 0 && i + 2 < n && t.is(i - 1, "from") && t.is(i + 1, "to")
          && PLACES.contains(t, i + 2)
          || i > 2 && t.is(i - 1, "to") && t.is(i - 3, "from") && PLACES.contains(t, i - 2)) {
        return true;
      }
      // beside a place that is no name
      return listedBeside(t, i, false, k -> PLACES.contains(t, k) && given[k] < 0
          && surname[k] < 0);
    }

    /**
     * A capitalized landscape word that is hardly ever a surname among tokens {@code [from, to]}:
     * a place or a business named for one ("Cedar Ridge", "Willow Bend"), not a person ("Tom
     * Hill", "Grace Park" and "Anna Woods" are people: those words are common surnames).
     */
    boolean placeWordInside(int from, int to) {
      for (int k = from; k <= to; k++) {
        if (PLACE_WORDS.contains(t, k) && cap(k) && !possessive[k]) {
          return true;
        }
      }
      return false;
    }

    /**
     * A Spanish trade's shop named within four capitalized words before {@code i} ("Taller
     * Mecánico Cruz y Lozano", "Yesería Martínez").
     */
    boolean tradeBefore(int i) {
      for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (!(cap(k) || t.isAny(k, "y", "de", "del")) || !joined(k)) {
          return false;
        }
        if (PracticeNames.SPANISH_TRADES.contains(t, k) || t.isAny(k, "taller", "despacho",
            "bufete")) {
          return true;
        }
      }
      return false;
    }

    /** {@link #bookTalk()}, once known: 0 not asked yet, 1 no, 2 yes. */
    private int bookTalk;

    /** The message talks about books: "book club", "we're reading", "club de lectura". */
    boolean bookTalk() {
      if (bookTalk == 0) {
        bookTalk = readsBooks() ? 2 : 1;
      }
      return bookTalk == 2;
    }

    private boolean readsBooks() {
      for (int k = 0; k + 1 < t.size(); k++) {
        if (t.is(k, "book") && t.isAny(k + 1, "club", "clubs")
            || t.isAny(k, "reading", "leemos", "novel", "novela", "author", "autor", "autora")
            || t.is(k, "club") && t.is(k + 1, "de") && k + 2 < t.size()
                && t.isAny(k + 2, "lectura", "libros")) {
          return true;
        }
      }
      return false;
    }

    /** "Kessler & Sons", "Kessler and Sons": token {@code i} names a family firm. */
    boolean familyFirmAt(int i) {
      return i + 1 < t.size() && FAMILY_FIRMS.contains(t, i + 1) && cap(i + 1)
          && t.originalGap(i, i + 1).contains("&")
          || i + 2 < t.size() && t.isAny(i + 1, "and", "y") && joined(i)
              && FAMILY_FIRMS.contains(t, i + 2) && cap(i + 2);
    }

    /**
     * The name run {@code [i, e]} names a place or a body, not a person: a park named for someone
     * ("Austin Rivera Park is closed", "Heron Marsh Park"), a place or business named for a
     * landscape ("Cedar Ridge:", "Alder Creek Subacute", "Cane Creek Bakery", "Willow Bend"), a
     * school ("Lincoln High SBHC", "Lincoln High's concert").
     */
    boolean placeOrBodyNamed(int i, int e) {
      if (e >= i + 2 && cap(e) && placeTail(e) && !possessive[e]) {
        return true;
      }
      // "Valley Ridge", "Hollow Creek": two words of the landscape make a place's name
      if (i > 0 && cap(i - 1) && joined(i - 1) && (PLACE_WORDS.contains(t, i)
          || LANDSCAPE.contains(t, i)) && (PLACE_WORDS.contains(t, i - 1)
              || LANDSCAPE.contains(t, i - 1) || TREES.contains(t, i - 1))) {
        return true;
      }
      if (e > i && (placeWordInside(i + 1, e) || orgTail(e))) {
        return true;
      }
      return e + 1 < t.size() && cap(e + 1) && orgTail(e + 1) && joined(e) && !possessive[e];
    }

    /** Token {@code k}, a possessive's "'s" aside, is a school's or a body's head word. */
    boolean orgTail(int k) {
      return cap(k) && (ORG_TAILS.contains(t, k) || possessive[k] && t.length(k) > 2
          && ORG_TAILS.contains(t.view().buffer(), t.start(k), t.length(k) - 2));
    }

    /** A feature of the landscape or a school after a name: "Heron Lake", "Marshall High". */
    boolean placeTail(int i) {
      return LANDSCAPE.contains(t, i) || SCHOOL_TAILS.contains(t, i);
    }

    /**
     * "Lupe's Bakery": a possessive, then a shop; "loops around Heron Lake", "at Alder Park": after
     * a word for where, a name and a feature of the landscape; "your Willow Ridge portal": a
     * practice's product after its name.
     */
    boolean placeOrShopAfter(int i) {
      int n = t.size();
      if (i > 1 && placeTail(i) && cap(i) && cap(i - 1) && joined(i - 1)
          && LOCATIVES.contains(t, i - 2) && !clearPerson(i - 1, i)) {
        return true; // the feature itself: "around Heron Lake", "in Hale Hall"
      }
      if (i > 0 && placeTail(i) && cap(i) && cap(i - 1) && joined(i - 1) && i + 1 < n
          && (t.type(i + 1) == Tokens.NUMBER || t.isAny(i + 1, "residents", "lobby"))
          && !clearPerson(i - 1, i)) {
        return true; // a hall and its room or its residents: "Kessler Hall 204"
      }
      if (i + 1 >= n || !joined(i)) {
        return false;
      }
      if (possessive[i]) {
        // "Lupe's Bakery", "Rosie's Crab Shack": a shop's word one or two words on
        return cap(i + 1) && (PracticeNames.SHOPS.contains(t, i + 1)
            || i + 2 < n && joined(i + 1) && cap(i + 2) && PracticeNames.SHOPS.contains(t, i + 2));
      }
      int last = cap(i + 1) && !possessive[i + 1] ? i + 1 : i;
      if (i > 0 && LOCATIVES.contains(t, i - 1) && last > i && placeTail(last)
          && !clearPerson(i, last)) {
        return true;
      }
      // the practice's product: the name is one or two words after "your"
      int first = i > 1 && cap(i - 1) && joined(i - 1) && !possessive[i - 1] ? i - 1 : i;
      return first > 0 && t.isAny(first - 1, "your", "our", "tu", "su") && last + 1 < n
          && last - first < 2 && !cap(last + 1)
          && (t.isAny(last + 1, "portal", "app", "account", "membership", "rewards")
              || last + 2 < n && t.is(last + 1, "patient") && t.is(last + 2, "portal"))
          && !(given[first] >= 0 && given[first] < 0.3f && surname[last] >= 0
              && surname[last] < 0.1f); // "your Maria Lopez account" is still hers
    }

    /**
     * The run {@code [from, e]} after a role word is the staff member's name: not a word that is
     * no name ("Volunteer Registry"), nor the start of a firm ("your attorney, Whitman & Greer
     * LLP").
     */
    boolean staffAfterRole(int from, int e) {
      if (e + 1 < t.size() && ("&".equals(t.originalGap(e, e + 1).trim()) || firmWord(e + 1))) {
        return false;
      }
      // a name the lists hold as one ("Irene", "Faith Abernathy": a clear surname after a word
      // that is also a name), or no word at all ("Caregiver Circle" is a group's name)
      return listed(from, 0.9f) || e > from && listed(e, 0.9f) || initial(from)
          || a.lexicon() == null || !a.lexicon().isWord(t, from);
    }

    /** A clear given name, then a clear surname: "in Anna Park", "by Sarah Hill". */
    boolean clearPerson(int g, int s) {
      return given[g] >= 0 && given[g] < 0.1f && surname[s] >= 0 && surname[s] < 0.1f;
    }

    /** "the Sleep and Health in Adults (SHA) Study": an acronym in brackets is no person. */
    boolean bracketedAcronym(int i) {
      String o = a.original();
      int s = t.originalStart(i);
      int e = t.originalEnd(i);
      return t.length(i) >= 2 && t.length(i) <= 6 && a.allCaps(i) && s > 0 && e < o.length()
          && o.charAt(s - 1) == '(' && o.charAt(e) == ')';
    }

    /** The last character before token {@code i} that is not a space is a comma. */
    boolean commaBefore(int i) {
      int p = t.originalCharBefore(i);
      return p >= 0 && a.original().charAt(p) == ',';
    }

    /** "302 Oak Ave, Firebaugh": the town right after a street address, past its comma. */
    boolean afterAddress(int i) {
      if (!commaBefore(i)) {
        return false; // most candidates: the findings are not read
      }
      String o = a.original();
      int s = t.originalStart(i);
      for (int x = 0; x < out.size(); x++) {
        Detection d = out.get(x);
        if (d.category == Category.ADDRESS && d.end <= s && s - d.end <= 2
            && o.substring(d.end, s).trim().equals(",")) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Hey it's Monique from Dr. Acheampong's office ... just ask for Monique": a first name the
     * message gave a member of staff is that person wherever it comes again.
     */
    void staffNamedAgain() {
      int providers = 0;
      int names = 0;
      for (int k = 0; k < out.size(); k++) { // indexed: no iterator on every message's path
        Detection d = out.get(k);
        providers += d.category == Category.PROVIDER ? 1 : 0;
        names += oneWordName(d) ? 1 : 0;
      }
      if (providers == 0 || names == 0) {
        return; // most messages: nothing to compare
      }
      String o = a.original();
      if ((long) providers * names <= 256) {
        // a message's few names: compared in place, nothing allocated
        for (int d = 0; d < out.size(); d++) {
          Detection name = out.get(d);
          for (int p = 0; oneWordName(name) && p < out.size(); p++) {
            if (namesStaff(o, out.get(p), name)) {
              asStaff(d, 0.8);
              break;
            }
          }
        }
        return;
      }
      // a long document's many: the whole name of each member of staff and each of its
      // leading words, case folded, in a set; one pass over the findings each way
      Set<String> staff = new HashSet<>();
      for (Detection p : out) {
        for (int e = p.start + 1; p.category == Category.PROVIDER && e <= p.end; e++) {
          if (e == p.end || !Character.isLetter(o.charAt(e))) {
            staff.add(folded(o, p.start, e));
          }
        }
      }
      for (int d = 0; d < out.size(); d++) {
        Detection name = out.get(d);
        if (oneWordName(name) && staff.contains(folded(o, name.start, name.end))) {
          asStaff(d, 0.8);
        }
      }
    }

    /**
     * PROVIDER finding {@code staff} is {@code name}'s text, or begins with it and a non-letter
     * ("Jolene Park, RN ... reach Jolene directly"), case aside.
     */
    private static boolean namesStaff(String o, Detection staff, Detection name) {
      int len = name.end - name.start;
      return staff.category == Category.PROVIDER && staff.end - staff.start >= len
          && o.regionMatches(true, staff.start, o, name.start, len)
          && (staff.end - staff.start == len || !Character.isLetter(o.charAt(staff.start + len)));
    }

    /** An unlabelled NAME finding of one token. */
    private boolean oneWordName(Detection d) {
      return d.category == Category.NAME && !d.has(Detection.LABELLED)
          && Frames.firstToken(t, d.start) == Frames.lastToken(t, d.end);
    }

    /**
     * {@code o[from, to)} with each character folded as {@link String#regionMatches(boolean,
     * int, String, int, int)} compares them when it ignores case.
     */
    private static String folded(String o, int from, int to) {
      StringBuilder b = new StringBuilder(to - from);
      for (int k = from; k < to; k++) {
        b.append(Character.toLowerCase(Character.toUpperCase(o.charAt(k))));
      }
      return b.toString();
    }

    /**
     * "the family of Eleanor Price": a clear given name, then a surname that is also a word, the
     * name ending there (not "Eleanor Price Foundation").
     */
    boolean clearGivenThenWordSurname(int i) {
      return given[i] >= 0 && given[i] < 0.05f && surname[i + 1] >= 0 && surname[i + 1] < 0.95f
          && !possessive[i + 1] && usable(i + 1) && !a.isSpanish()
          // "by Walker Pond" (not "Ethan Park is due": a person's verb after it)
          && !(LANDSCAPE.contains(t, i + 1)
              && !(i + 2 < t.size() && VERBS_AFTER_NAME.contains(t, i + 2)))
          && !(i + 2 < t.size() && cap(i + 2) && joined(i + 1));
    }

    /**
     * The capitalized words after relation word {@code i} up to {@code e} are a title ("Patient
     * Code of Conduct", "Patient Bill of Rights") or a product or service ("our Patient Pulse
     * survey", "your Patient Financing application"), not a person.
     */
    boolean titleOrProduct(int i, int e) {
      int n = t.size();
      if (!cap(i)) {
        return false;
      }
      // ("Patient News", "Patient Portal": the run ends in a publication or a service)
      return e + 2 < n && t.is(e + 1, "of") && cap(e + 2)
          || t.isAny(i, "patient", "paciente") && (e + 1 < n && !cap(e + 1)
              && PRODUCT_TAILS.contains(t, e + 1) || PUBLICATIONS.contains(t, e)
              || noListedName(i + 1, e) && !t.originalGap(i, i + 1).contains(":"));
    }

    /**
     * None of the words from {@code from} to {@code e} is mostly a name: "Patient Advisory
     * Council", "Patient Family Partners" are bodies, where "Patient Zoe Park" names someone.
     */
    boolean noListedName(int from, int e) {
      for (int k = from; k <= e; k++) {
        if (listed(k, 0.7f)) {
          return false;
        }
      }
      return true;
    }

    /** "Pizza's on us": a name that is mostly a word, then "'s" for "is". */
    boolean contractedIs(int i) {
      return !listed(i, 0.7f) && i + 1 < t.size() && IS_COMPLEMENTS.contains(t, i + 1);
    }

    boolean listed(int i, float max) {
      return (given[i] >= 0 && given[i] < max) || (surname[i] >= 0 && surname[i] < max);
    }

    boolean usable(int i) {
      return i < t.size() && !taken[i] && t.type(i) == Tokens.WORD
          && !NOT_NAMES.contains(t, i) && !(possessive[i] && t.length(i) > 2
              && NOT_NAMES.contains(t.view().buffer(), t.start(i), t.length(i) - 2));
    }

    /** Usable and not a clear clinical term ("Hi Diabetes Team" has no name). */
    boolean usableUntitled(int i) {
      return usable(i) && !clinical[i];
    }

    /**
     * Last token of a name starting at {@code i} (1 to 3 tokens), or {@code i - 1} if none. After
     * a title ({@code titled}) a capitalized word or a listed name (ambiguity below 0.9) will do;
     * otherwise a capitalized word or a listed name below 0.6.
     */
    int nameRun(int i, boolean titled) {
      int e = i - 1;
      for (int k = i; k < Math.min(t.size(), i + 3); k++) {
        if (!(titled ? usable(k) : usableUntitled(k))) {
          break;
        }
        if (k > i && !joined(k - 1)) {
          break;
        }
        if (k > i && a.allCaps(k) && SPECIALTY_CREDENTIALS.contains(t.term(k))) {
          break; // "Dra. Pham DDS": the credential is a SPECIALTY of its own, not the surname
        }
        if (k > i && a.allCaps(k) && !a.allCaps(k - 1) && !a.mostlyUpperCase()
            && t.length(k) > 1) {
          break; // "wound culture for Kevin Ashby POSITIVE": a shouted word after the name
        }
        boolean ok = cap(k) || listed(k, titled ? 0.9f : 0.6f);
        if (k > i && !cap(k) && !listed(k, 0.5f)) {
          ok = false;
        }
        if (!ok) {
          break;
        }
        e = k;
        if (possessive[k]) {
          break;
        }
      }
      return e;
    }

    /**
     * The name after a courtesy title: "Mrs. Lopez", and a surname that starts with lower-case
     * particles ("Sra. de la Cruz", "Mr. van der Berg").
     */
    int courtesyNameRun(int i) {
      int c = i;
      while (c < t.size() && c - i < 3 && !cap(c) && SURNAME_PARTICLES.contains(t, c)
          && c + 1 < t.size() && joined(c)) {
        c++;
      }
      if (c > i && !(c < t.size() && cap(c) && t.type(c) == Tokens.WORD)) {
        return i - 1;
      }
      int e = nameRun(c, true);
      return e >= c ? e : i - 1;
    }

    /**
     * A name after "for": only a listed given name (ambiguity below 0.5), capitalized, or a
     * listed given name that is also a word before a clear, capitalized surname ("para Rosa
     * Jiménez").
     */
    int listedNameRun(int i) {
      boolean clearGiven = given[i] >= 0 && given[i] < 0.5f;
      boolean withSurname = caps && given[i] >= 0 && cap(i) && i + 1 < t.size() && cap(i + 1)
          && joined(i) && surname[i + 1] >= 0 && surname[i + 1] < 0.3f;
      if (!usable(i) || !(clearGiven || withSurname) || !(cap(i) || !caps)) {
        return i - 1;
      }
      int e = nameRun(i, false);
      return e;
    }

    /** The name after a greeting, or {@code j - 1}. */
    int greetingName(int j) {
      if (!usableUntitled(j)) {
        return j - 1;
      }
      boolean listedGiven = given[j] >= 0 && given[j] < 0.6f;
      boolean listedSurname = surname[j] >= 0 && surname[j] < 0.5f;
      boolean capitalized = cap(j);
      boolean vocative = endsVocative(j);
      if (!(listedGiven || listedSurname || (capitalized && vocative))) {
        return j - 1;
      }
      int e = nameRun(j, true);
      if (e >= j && e + 1 < t.size() && joined(e) && ADDRESSED_GROUPS.contains(t, e + 1)) {
        return j - 1; // "Hi Eagles parents!", "Dear Lincoln families": a group, named by a team
      }
      return e;
    }

    /** The token is followed by ",", "!", ":" or the end, as a name in address is. */
    boolean endsVocative(int j) {
      int e = t.originalEnd(j);
      String o = a.original();
      int p = e;
      while (p < o.length() && o.charAt(p) == ' ') {
        p++;
      }
      if (p >= o.length()) {
        return true;
      }
      char c = o.charAt(p);
      return c == ',' || c == '!' || c == ':' || c == '\n' || c == '.'
          || (j + 1 < t.size() && cap(j + 1) && listed(j + 1, 0.5f));
    }

    /** A free-standing listed name starting at {@code i}: returns its last token or {@code i-1}. */
    int freeName(int i) {
      if (!usableUntitled(i) || t.length(i) < 3 && !possessive[i]) {
        return i - 1;
      }
      // "Hollis Park provides interpreters", "Lincoln Park": a landscape word right after a
      // capitalized word that no name run took is that place's word, not a surname
      if (i > 0 && LANDSCAPE.contains(t, i) && cap(i) && cap(i - 1) && joined(i - 1)
          && !possessive[i - 1] && !initial(i - 1) && !taken[i - 1]) {
        return i - 1;
      }
      // "on Maple Ave. Thanks": an abbreviated street type after a capitalized word ends a
      // street's name, whatever comes after its dot
      if (i > 0 && STREET_ABBREVIATIONS.contains(t, i) && cap(i) && cap(i - 1) && joined(i - 1)
          && !t.is(i, "st")) {
        return i - 1;
      }
      // a label before a number: "Tel. (915) 555-0127"
      if (t.isAny(i, "tel", "ph", "fax", "cel", "mob") && i + 1 < t.size()
          && t.type(i + 1) == Tokens.NUMBER) {
        return i - 1;
      }
      // a residence named for its place: "The Arbors at Ashford", "The Villas at Oak Creek"
      if (i >= 3 && t.is(i - 1, "at") && cap(i - 2) && t.is(i - 3, "the") && cap(i - 3)) {
        return i - 1;
      }
      // a day named after someone's: "Valentine's Day", "Mother's Day", "Founders' Day"
      if (i > 0 && t.is(i, "day") && (possessive[i - 1]
          || t.originalGap(i - 1, i).startsWith("'")
          || t.originalGap(i - 1, i).startsWith("\u2019"))) {
        return i - 1;
      }
      // "Mateo (age 2) is due for his lead screening": a listed given name with its age
      if (given[i] >= 0 && given[i] < 0.6f && (cap(i) || !caps) && ageAfter(i)) {
        return i;
      }
      // after an ordinal, a thing counted: "UPS 2nd Day Air", "3rd Floor", "1st Street"
      if (i > 0
          && AddressDetector.isOrdinalWord(t.view().buffer(), t.start(i - 1), t.end(i - 1))) {
        return i - 1;
      }
      // "at the Union", "the Dean of Students": after "the", or before "of" and a capitalized
      // word, a listed name names a place or a role ("the Garcia family" is people)
      if (!possessive[i] && ((i > 0 && t.is(i - 1, "the") && !(i + 1 < t.size()
          && t.isAny(i + 1, "family", "families", "twins", "household")))
          || (i + 2 < t.size() && t.is(i + 1, "of") && cap(i + 2)))) {
        return i - 1;
      }
      // "Booth 14", "Gate 3": a place and its number; "Thank you for choosing Greenway": a firm;
      // "Walk with a Doc": a kind of person, not one
      if (notAPersonAround(i)) {
        return i - 1;
      }
      // a hospital unit: "on 6 North", "4 West"
      if (i > 0 && t.isAny(i, "north", "south", "east", "west") && t.type(i - 1) == Tokens.NUMBER) {
        return i - 1;
      }
      // a street, park or saint's name: "avenida Juárez", "parque Hidalgo", "San Jorge"
      // ("calle Corazón de María": a capitalized word may stand between the head and "de")
      if (i > 0 && (PLACE_HEADS.contains(t, i - 1)
          || (i > 1 && t.isAny(i - 1, "de", "del") && PLACE_HEADS.contains(t, i - 2))
          || (i > 2 && t.isAny(i - 1, "de", "del") && cap(i - 2)
              && PLACE_HEADS.contains(t, i - 3))
          // "la Avenida de los Olmos", "calle de las Flores"
          || (i > 2 && t.isAny(i - 1, "los", "las", "la") && t.is(i - 2, "de")
              && PLACE_HEADS.contains(t, i - 3)))) {
        return i - 1;
      }
      // the name of a street or a site: "the Mercy Ave entrance", "our new Marion and Florence
      // locations"; a saint's or a place's name: "Santa Ana, CA", "San José"
      if (placeAfter(i) || (PLACE_HEADS.contains(t, i) && i + 1 < t.size() && cap(i + 1)
          && joined(i))) {
        return i - 1;
      }
      // part of another proper noun: "Semana Santa", "Christmas Eve", "Apple Pay", "Elm Street"
      // (an initial before is part of the person's name: "J. Whitfield")
      if (i > 0 && cap(i - 1) && joined(i - 1) && !initial(i - 1)
          && !TEXTING_SHORTHAND.contains(t, i - 1)
          && !(given[i - 1] >= 0 && given[i - 1] < 0.5f) && !religiousTitle(a, t, i - 1)
          && !(given[i - 1] >= 0 && labelColonBefore(i)) // "datos: Rosa Elena Paredes"
          && !(sentenceStart(i - 1) && (PERSON_VERBS.contains(t, i - 1)
              || OPENING_WORDS.contains(t, i - 1) || personalA(i)))) {
        return i - 1;
      }
      // "Harriet Oyelaran": a clear given name, then a capitalized word no dictionary knows
      // ("Harbor Freightways", a given name that is also a word, is a firm)
      if (given[i] >= 0 && given[i] < 0.3f && !possessive[i] && i + 1 < t.size() && joined(i)
          && unlistedWord(i + 1)
          && (given[i] < 0.05f || a.lexicon() != null && !a.lexicon().isWord(t, i))) {
        return i + 1;
      }
      // "verify: Elena Paredes, DOB", "Donor: Aaron Fields |": after a label's colon, a clear
      // given name, then a capitalized listed surname that is also a word (paredes, "walls");
      // not a firm's name that goes on ("Dela Cruz Drugstore")
      if (given[i] >= 0 && given[i] < 0.05f && i + 1 < t.size() && usable(i + 1) && joined(i)
          && cap(i + 1) && surname[i + 1] >= 0 && surname[i + 1] < 0.9f && !possessive[i]
          && labelColonBefore(i) && !(i + 2 < t.size() && cap(i + 2) && joined(i + 1))) {
        return nameRun(i, false);
      }
      if (i + 1 < t.size() && cap(i + 1) && joined(i) && !possessive[i] && !(surname[i + 1] >= 0
          && surname[i + 1] < 0.5f) && !(given[i + 1] >= 0 && given[i + 1] < 0.5f)) {
        return clearGivenThenWordSurname(i) ? nameRun(i, false) : i - 1;
      }
      boolean sentenceStart = sentenceStart(i) || i > 0 && TEXTING_SHORTHAND.contains(t, i - 1);
      boolean nextIsSurname = i + 1 < t.size() && usable(i + 1) && joined(i)
          && (cap(i + 1) || !caps) && surname[i + 1] >= 0 && surname[i + 1] < (caps ? 0.6f : 0.2f);
      if (possessive[i]) {
        // "Ella's school form": a name that is also a Spanish word is the name when it takes an
        // English possessive in an English message
        float limit = !cap(i) ? 0.3f : a.isSpanish() ? 0.75f : 0.95f;
        boolean ok = (cap(i) || !caps) && listed(i, limit) && !contractedIs(i);
        // "liam's appt tmrw got moved", "jaylen's frenotomy f/u": a texter's lower-case given
        // name owning a visit, a care word or a clinical term ("bill's", "mark's" are too much
        // words to count)
        ok |= !cap(i) && given[i] >= 0 && given[i] < 0.6f && i + 1 < t.size()
            && (OWN_CARE_AFTER_POSSESSIVE.contains(t, i + 1) || clinical[i + 1])
            && !contractedIs(i);
        return ok ? i : i - 1;
      }
      if (!caps) {
        // lower-case messages: a given name and a surname, both clearly names
        if (given[i] >= 0 && given[i] < 0.1f && nextIsSurname) {
          return nameRun(i, false);
        }
        return i - 1;
      }
      if (!cap(i)) {
        // "liam, your appointment is...": texters skip capitals; a clear given name addressed
        // at the start of the message
        if (i == 0 && given[i] >= 0 && given[i] < 0.3f && endsWithComma(i) && i + 1 < t.size()
            && ADDRESSEE_FOLLOWERS.contains(t, i + 1)) {
          return i;
        }
        // "hi this is kayla @ front desk, earl ur appt w/ PA Brennan got moved": after a comma,
        // a clear given name right before "ur appt", "your visit" is whom the text addresses
        if (i > 0 && given[i] >= 0 && given[i] < 0.3f && i + 2 < t.size() && commaBefore(i)
            && t.isAny(i + 1, "ur", "your", "yr") && OWN_CARE_AFTER_POSSESSIVE.contains(t, i + 2)) {
          return i;
        }
        // "np! moved yusuf to thurs 3:40", "booked maya for tues": whom a scheduler moved or
        // booked, a clear given name between the verb and where or when
        if (i > 0 && given[i] >= 0 && given[i] < 0.3f && i + 1 < t.size()
            && t.isAny(i - 1, "moved", "booked", "scheduled", "rescheduled", "added")
            && t.isAny(i + 1, "to", "for", "on", "in", "at")) {
          return i;
        }
        return i - 1;
      }
      if (given[i] >= 0 && given[i] < 0.5f && nextIsSurname) {
        return nameRun(i, false);
      }
      if (sentenceStart) {
        // "Mark, your appt is...", "Luz, su cita...": a listed given name addressed by a comma
        if (given[i] >= 0 && given[i] < 0.98f && (endsWithComma(i) || dashAfter(i))
            && i + 1 < t.size() && ADDRESSEE_FOLLOWERS.contains(t, i + 1)
            && !(cap(i + 1) && i + 2 < t.size() && cap(i + 2))) {
          // not a list of capitalized words: "Grace, Hope & Faith Community Clinic"
          return i;
        }
        if (given[i] >= 0 && given[i] < 0.3f && endsWithComma(i)) {
          return i;
        }
        // "Summer Jones, your appointment is...": a given name that is also a word, a clear
        // surname, then the comma that addresses them
        if (given[i] >= 0 && given[i] < 0.98f && i + 2 < t.size() && cap(i + 1) && joined(i)
            && surname[i + 1] >= 0 && surname[i + 1] < 0.3f && endsWithComma(i + 1)
            && ADDRESSEE_FOLLOWERS.contains(t, i + 2)) {
          return i + 1;
        }
        // "Noah is due for...", "Ana tiene cita...", "Sofía se cayó en el recreo" (a reflexive
        // verb in the past: a place does not fall, scrape or faint)
        if (given[i] >= 0 && given[i] < 0.2f && i + 1 < t.size() && !cap(i + 1)
            && (VERBS_AFTER_NAME.contains(t, i + 1) || t.is(i + 1, "se") && i + 2 < t.size()
                && t.length(i + 2) > 3 && t.endsWith(i + 2, "o")
                && t.type(i + 2) == Tokens.WORD)) {
          return i;
        }
        // "Ethan refused his afternoon snack", "Gladys won bingo twice today": a given name that
        // is no word (its ambiguity near 0), then a verb in the past
        if (given[i] >= 0 && given[i] < 0.05f && !placeName[i] && i + 1 < t.size() && !cap(i + 1)
            && joined(i) && t.type(i + 1) == Tokens.WORD
            && (PAST_AFTER_NAME.contains(t, i + 1)
                || t.length(i + 1) >= 5 && t.endsWith(i + 1, "ed"))) {
          return i;
        }
        return i - 1;
      }
      if ((given[i] >= 0 && given[i] < 0.3f) || (surname[i] >= 0 && surname[i] < 0.2f
          && given[i] < 0)) {
        return nameRun(i, false);
      }
      // "please remind Grace to bring", "your appointment with Rose": a name that is also a word,
      // capitalized mid-sentence; the part-of-speech tagger decides (English only)
      if (given[i] >= 0 && given[i] < 0.95f && !a.isSpanish() && !bulletBefore(i)
          && Boolean.TRUE.equals(PartOfSpeech.properNoun(a, i))) {
        return nameRun(i, false);
      }
      // "traiga a Camila y a Tomás", "recuerde que Mía tiene su cita": Spanish capitalizes no
      // common word mid-sentence, so after a small word a capitalized name that is also a word
      // (tomas, mia) is the name
      // (not a title's words: "Duelo y Esperanza", "Corazón a Corazón", "Día de Acción de
      // Gracias", "Medicaid y CHIP")
      if (given[i] >= 0 && given[i] < 0.95f && a.isSpanish() && !bulletBefore(i) && i > 1
          && !cap(i - 1) && SPANISH_LINKS_BEFORE_NAME.contains(t, i - 1)
          && (!cap(i - 2) || sentenceStart(i - 2) && !sameTerm(i - 2, i))
          && !a.allCaps(i)
          && !(i + 2 < t.size() && t.isAny(i + 1, "de", "del") && cap(i + 2))) {
        return nameRun(i, false);
      }
      return i - 1;
    }

    /**
     * "A Valentina ya le toca su vacuna": Spanish marks a person as the object with "a", and a
     * sentence may open with it. Only before a listed given name, so "De Luca" and "En Monterrey"
     * stay whole.
     */
    boolean personalA(int i) {
      return a.isSpanish() && t.length(i - 1) == 1 && t.is(i - 1, "a")
          && given[i] >= 0 && given[i] < 0.5f;
    }

    /**
     * Capitalized words from {@code i}, perhaps coordinated ("Marion and Florence"), then a street
     * type or a word for a site: the words name a place.
     */
    boolean placeAfter(int i) {
      int k = i;
      for (int words = 0; k < t.size() && words < 6; words++) {
        if (!cap(k) || possessive[k] || k + 1 >= t.size() || !joined(k)) {
          return false;
        }
        k++;
        // "Maria Pike" is a person: a given name, then a street type that is clearly a surname
        // ("Maple Ave" is a street: an abbreviated street type is nobody's surname)
        if (k == i + 1 && given[i] >= 0 && given[i] < 0.5f && surname[k] >= 0
            && surname[k] < 0.1f && !STREET_ABBREVIATIONS.contains(t, k)) {
          return false;
        }
        if (STREET_TYPES.contains(t, k) && cap(k) || SITE_NOUNS.contains(t, k)) {
          return true;
        }
        if (t.isAny(k, "and", "&", "y") && k + 1 < t.size() && joined(k)) {
          k++;
        }
      }
      return false;
    }

    /**
     * A label's colon right before token {@code i}, or before a given name just before it
     * ("datos: Rosa Elena Paredes").
     */
    boolean labelColonBefore(int i) {
      int k = i;
      if (k > 0 && given[k - 1] >= 0 && cap(k - 1) && joined(k - 1)) {
        k--;
      }
      return k > 0 && t.originalGap(k - 1, k).trim().equals(":");
    }

    /** "Rich - ur appt...", "Ana — su cita...": a dash after the word, then a space. */
    boolean dashAfter(int i) {
      String o = a.original();
      int e = t.originalEnd(i);
      while (e < o.length() && o.charAt(e) == ' ') {
        e++;
      }
      return e + 1 < o.length() && (o.charAt(e) == '-' || o.charAt(e) == '\u2013'
          || o.charAt(e) == '\u2014') && o.charAt(e + 1) == ' ' && e > t.originalEnd(i);
    }

    /** "Mateo (age 2)", "Lucía, edad 4": an age right after token {@code i}. */
    boolean ageAfter(int i) {
      if (i + 2 >= t.size() || !t.isAny(i + 1, "age", "aged", "edad")
          || t.type(i + 2) != Tokens.NUMBER) {
        return false;
      }
      String gap = t.originalGap(i, i + 1).trim();
      return gap.equals("(") || gap.equals(",");
    }

    boolean endsWithComma(int i) {
      String o = a.original();
      int e = t.originalEnd(i);
      return e < o.length() && o.charAt(e) == ',';
    }

    boolean sentenceStart(int i) {
      if (i == 0) {
        return true;
      }
      String o = a.original();
      int p = t.originalStart(i) - 1;
      while (p >= 0 && (o.charAt(p) == ' ' || o.charAt(p) == '"' || o.charAt(p) == '\'')) {
        p--;
      }
      if (p < 0) {
        return true;
      }
      char c = o.charAt(p);
      if (c == '.' && initial(i - 1)) {
        return false; // "T. Nakamura": an initial's dot ends no sentence
      }
      return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '¡' || c == '¿';
    }

    /**
     * Token {@code i} opens a bulleted item ("• Wash hands often"): its capital says nothing, so
     * a word that is also a listed name is not taken for one on the tagger's word alone (a clear
     * given name still is: "- Jaylen: Monday 9/14").
     */
    boolean bulletBefore(int i) {
      int p = t.originalCharBefore(i);
      if (p < 0) {
        return false;
      }
      String o = a.original();
      char c = o.charAt(p);
      return (c == '\u2022' || c == '\u00b7' || c == '*' || isDash(c)) && lineStartBefore(o, p);
    }

    /** Only spaces between the start of a line (or of the text) and {@code p}. */
    private boolean lineStartBefore(String o, int p) {
      int q = p - 1;
      while (q >= 0 && (o.charAt(q) == ' ' || o.charAt(q) == '\t')) {
        q--;
      }
      return q < 0 || o.charAt(q) == '\n';
    }

    /** Token {@code k} is an initial before a capitalized word: the "T" of "T. Nakamura". */
    boolean initial(int k) {
      if (k + 1 >= t.size() || t.length(k) != 1) {
        return false;
      }
      String o = a.original();
      int from = t.originalEnd(k);
      int to = t.originalStart(k + 1);
      // ("Sunny Kaur, PA-C. Park in the lot": the letter ends a credential)
      int s = t.originalStart(k);
      if (s > 0 && o.charAt(s - 1) == '-') {
        return false;
      }
      return to - from == 2 && o.charAt(from) == '.' && o.charAt(from + 1) == ' '
          && from - s == 1 && Character.isUpperCase(o.charAt(from - 1))
          && Character.isUpperCase(o.charAt(to))
          && !clinical[k] && !taken[k]; // "vitamin D. Maria will call": the letter ends a term
    }

    /**
     * Tokens {@code k} and {@code k+1} are separated by a single space or a hyphen only, or
     * {@code k} is an initial.
     */
    boolean joined(int k) {
      if (initial(k)) {
        return true; // "T. Nakamura", "Maria T. Lopez"
      }
      String o = a.original();
      int from = t.originalEnd(k);
      int to = t.originalStart(k + 1);
      if (to - from != 1) {
        return false;
      }
      char c = o.charAt(from);
      return c == ' ' || c == '-';
    }

    /** Token {@code k}, a credential that names the care, as a SPECIALTY finding. */
    void emitSpecialtyCredential(int k) {
      out.add(new Detection(t.originalStart(k), t.originalEnd(k), Category.SPECIALTY,
          "specialty", 0.9, 0));
      taken[k] = true;
    }

    /** ", CNM", ", DC", " LCSW" right after token {@code e}: a credential that names the care. */
    boolean specialtyCredentialAfter(int e) {
      int k = e + 1;
      return k < t.size() && !taken[k] && SPECIALTY_CREDENTIALS.contains(t, k)
          && t.originalStart(k) - t.originalEnd(e) <= 2
          && (a.allCaps(k) || t.originalGap(e, k).contains(","));
    }

    /**
     * ", " then a capitalized job title of one to three words after token {@code e}: "Volunteer
     * Coordinator", "Office Manager", "Coordinadora de Citas".
     */
    boolean roleTitleAfter(int e) {
      int k = e + 1;
      if (k >= t.size() || !", ".equals(t.originalGap(e, k)) || !cap(k)) {
        return false;
      }
      for (int j = k; j < Math.min(t.size(), k + 3); j++) {
        if (!cap(j) && !t.isAny(j, "de", "of")) {
          return false;
        }
        if (JOB_TITLES.contains(t, j) || WORKFORCE.contains(t, j)) {
          return true;
        }
        if (j + 1 < t.size() && !" ".equals(t.originalGap(j, j + 1))) {
          return false;
        }
      }
      return false;
    }

    /**
     * "your visit with Grace Palmer", "su cita con Ana Ruiz": whom an appointment is with, right
     * before {@code from}, is the clinician or staff member the recipient will see.
     */
    boolean appointmentWithBefore(int from) {
      if (from < 2 || !t.isAny(from - 1, "with", "w", "con")
          || !(sameClause(a, t, from - 1) || t.is(from - 1, "w"))) {
        return false;
      }
      int k = from - 2;
      if (t.isAny(k, "is", "es", "esta")) {
        k--; // "your appointment is with Dana Park"
      }
      return k >= 0 && APPOINTMENT_NOUNS.contains(t, k);
    }

    /** A birth date's label right after token {@code e}: "Earl Sweet, DOB", "(fecha de nac." */
    boolean dobAfter(int e) {
      int k = e + 1;
      if (k >= t.size() || t.originalStart(k) - t.originalEnd(e) > 3) {
        return false;
      }
      return t.isAny(k, "dob", "d.o.b", "born", "nacido", "nacida", "fdn")
          || k + 2 < t.size() && t.is(k, "fecha") && t.is(k + 1, "de")
              && t.isAny(k + 2, "nacimiento", "nac");
    }

    /** ", MD" or " DDS" right after token {@code e}. */
    boolean credentialAfter(int e) {
      int k = e + 1;
      if (k >= t.size()) {
        return false;
      }
      String o = a.original();
      int from = t.originalEnd(e);
      int to = t.originalStart(k);
      if (to - from > 2) {
        return false;
      }
      String cred = t.term(k);
      if (taken[k] || clinical[k] || SPECIALTY_CREDENTIALS.contains(cred)) {
        // "DDS", "LCSW", "OD" reveal the kind of care: a SPECIALTY finding of its own. Without a
        // title the name stays a NAME: a rewrite that drops the credential would leave the name
        // with nothing to say it is a clinician's
        return false;
      }
      return CREDENTIALS.contains(cred) && a.allCaps(k) || cred.equals("pa-c")
          || (t.originalGap(e, k).contains(",") && CREDENTIALS.contains(cred));
    }

    /**
     * "Jen from the front desk", "Ana de recepción", "Tom at Cedar Valley": a person named with
     * the place they work at is staff.
     */
    boolean staffAfter(int e) {
      return staffAfter(e, -1);
    }

    /**
     * The courtesy-titled name {@code [from, e]} is staff: "Mr. Voss from Facilities", "Mr. Voss,
     * our new practice manager,". Not "Sra. María Ruiz de la Torre" (she goes on with her
     * surname), nor after "the"/"la": "Sra. Delgado, la enfermera la visitará" and "Mr. Knight,
     * the nurse line returned your call" address the patient.
     */
    boolean titledStaff(int e, int from) {
      int n = t.size();
      if (e + 1 < n && t.isAny(e + 1, "de", "del", "en")) {
        return false;
      }
      return staffAfter(e, from) || e + 1 < n && !t.isAny(e + 1, "the", "la", "el", "los", "las",
          "your", "su", "tu") && roleAfterComma(e);
    }

    /** {@link #staffAfter(int, int)}, {@link #dashSignOff} or {@link #titleLineAfter}. */
    boolean staffOrSignOff(int e, int from) {
      return staffAfter(e, from) || dashSignOff(from, e) || titleLineAfter(from, e)
          || hereAfter(e)
          || roleAfterComma(e) || !possessive[e] && (teamListed(from) || titleBeforeComma(from));
    }

    /**
     * "Hi Nate, Sam Whitfield here.", "Bea here -": the writer introducing themself (not "Sam is
     * here": "here" right after the name, then the clause ends).
     */
    boolean hereAfter(int e) {
      int n = t.size();
      if (e + 1 >= n || !t.isAny(e + 1, "here", "aqui") || !joined(e)) {
        return false;
      }
      if (e + 2 >= n) {
        return true;
      }
      String gap = t.originalGap(e + 1, e + 2);
      return gap.contains(".") || gap.contains(",") || gap.contains("!") || gap.contains("-")
          || gap.contains("\n") || gap.contains(":");
    }

    /**
     * "our Patient Experience Director, Marisol Banks", "our billing manager, Ana Ruiz": a job
     * title, then a comma, then the name of whoever holds it.
     */
    boolean titleBeforeComma(int from) {
      // (not "Your social worker, Renee Dubois": a title that names a service is removed from a
      // rewrite, and the bare name left behind would read as a patient's)
      if (from < 2 || !t.originalGap(from - 1, from).trim().equals(",")) {
        return false;
      }
      if (JOB_TITLES.contains(t, from - 1)) {
        return !t.isAny(from - 1, "worker", "specialist");
      }
      // "our Director of Dining, Vince Moretti", "Director of Food Services, Ana Ruiz": the
      // title's field after "of" (one or two words)
      for (int k = from - 2; k >= Math.max(1, from - 3); k--) {
        if (t.isAny(k, "of", "de") && JOB_TITLES.contains(t, k - 1)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Your front-desk team today: Holly Valentine and Marcus Pacer", "Su equipo de hoy: Dra.
     * Ruiz y Ana": names listed after a team's label and its colon, or after another one so
     * listed, are its members.
     */
    boolean teamListed(int from) {
      int k = from;
      // back over names joined to this one: "Holly Valentine and [Marcus] Pacer"
      while (k > 0 && (cap(k - 1) || t.isAny(k - 1, "and", "y", "&"))
          && !t.gapContains(k - 1, k, ':') && from - k < 6) {
        k--;
      }
      if (k == 0 || !t.originalGap(k - 1, k).trim().equals(":")) {
        return false;
      }
      // ("Reminder from the neuro team: Rafael's rescue med": a sender's label, then the message)
      boolean team = false;
      for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
        if (t.isAny(j, "from", "de", "del")) {
          return false;
        }
        team |= t.isAny(j, "team", "staff", "equipo", "personal");
      }
      return team;
    }

    /**
     * "please welcome Bridget Fillmore to our front desk", "demos la bienvenida a Rosa a nuestro
     * equipo": whom a welcome brings to the team works there.
     */
    boolean joinsTeam(int e) {
      // "Please welcome Angela Stone! Angela joins Maple Health Partners from our billing team"
      if (e + 2 < t.size() && t.isAny(e + 2, "joins", "joined", "comes", "se") && given[e + 1] >= 0
          && cap(e + 1) && sameTerm(e + 1, firstOfRun(e))) {
        return true;
      }
      if (e + 3 >= t.size() || !t.isAny(e + 1, "to", "a") || !t.isAny(e + 2, "our", "the",
          "nuestro", "nuestra")) {
        return false;
      }
      for (int k = e + 3; k < Math.min(t.size(), e + 6); k++) {
        if (TEAM_NOUNS.contains(t, k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "La Hermana Rosario, enfermera de admisiones", "Grace Chart, our new Patient Experience
     * Manager": a role set off by a comma after the name says who works there.
     */
    boolean roleAfterComma(int e) {
      // (on the same line: "Dear Mr. Vick,\n\nBecause Nurse Practitioner Ortega is away" greets
      // the reader, the title is the next sentence's)
      if (e + 1 >= t.size() || !t.originalGap(e, e + 1).trim().equals(",")
          || t.gapContains(e, e + 1, '\n')) {
        return false;
      }
      int k = e + 1;
      // ("Liam, your appointment", "Liam, your nurse will call": the reader is addressed)
      while (k < Math.min(t.size(), e + 3) && t.isAny(k, "our", "the", "new", "nuestra",
          "nuestro", "la", "el", "nueva", "nuevo")) {
        k++;
      }
      for (int j = k; j < Math.min(t.size(), k + 3); j++) {
        // ("our new front-desk coordinator": a hyphen joins a modifier as a space does)
        String gap = t.originalGap(j - 1, j).trim();
        if (j > k && (gap.length() > 0 && !gap.equals("-")
            || !(cap(j - 1) || ROLE_MODIFIERS.contains(t, j - 1)))) {
          break; // the role is the words right after the comma ("Patient Experience Manager")
        }
        if ((PROVIDER_TITLES.contains(t, j) || WORKFORCE.contains(t, j)
            || JOB_TITLES.contains(t, j)) && !OTHER_PERSON_TITLES.contains(t, j)) {
          // "Noor Haddad, driver license D4418820": a document of hers, not her job; "Mr.
          // Knight, the nurse line returned your call": a service, and he is addressed; "Mr.
          // Okonkwo, nurse Dana will stop by": the title is another person's
          return !(j + 1 < t.size() && (t.isAny(j + 1, "license", "licence", "lic", "id",
              "number", "no", "permit", "card", "line", "lines", "station", "portal")
              || cap(j + 1) && t.originalGap(j, j + 1).isBlank()
                  && given[j + 1] >= 0 && given[j + 1] < 0.5f
                  && !JOB_TITLES.contains(t, j + 1) && !WORKFORCE.contains(t, j + 1)));
        }
      }
      return false;
    }

    /**
     * "Jordan Alvey\nPractice Manager, Birchwood Primary Care": a name alone on its line, and a
     * job title on the next, is a signature.
     */
    boolean titleLineAfter(int from, int e) {
      if (e + 1 >= t.size() || t.originalGap(e, e + 1).indexOf('\n') < 0) {
        return false;
      }
      if (!sameLineStart(from)) {
        return false;
      }
      for (int k = e + 1; k < Math.min(t.size(), e + 4); k++) {
        if (k > e + 1 && t.originalGap(k - 1, k).indexOf('\n') >= 0) {
          return false;
        }
        if (JOB_TITLES.contains(t, k) || WORKFORCE.contains(t, k) || isProviderTitle(t, k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * As {@link #staffAfter(int)} for the name {@code [from, e]}; a name coordinated with a
     * patient's ("para Diego y Valeria en Sonrisas Dental") is another patient, whatever follows.
     */
    boolean staffAfter(int e, int from) {
      if (from >= 2 && t.isAny(from - 1, "y", "and", "e", "&") && nameEndsAt(from - 2)) {
        return false;
      }
      if (from >= 1 && t.isAny(from - 1, "para", "for")) {
        return false; // "un mensaje para Rosa Jiménez de la clínica": the one it is for
      }
      if (from >= 2 && t.isAny(from - 1, "of", "de") && OTHER_PEOPLE_OF.contains(t, from - 2)) {
        return false; // "a message for the family of Eleanor Price from Lantern Hospice"
      }
      if (staffWillAct(e + 1)) {
        return true; // "Tasha will call you within the hour", "Jess will cover the 9-1 shift"
      }
      int k = e + 1;
      if (k + 1 < t.size() && t.isAny(k, "here", "aqui", "calling", "llamando", "writing",
          "texting")) {
        k++; // "Penny Kidd here from Patient Access": the writer introduces herself
        if (k + 1 < t.size() && t.is(k, "on") && t.is(k + 1, "behalf")
            || k + 1 < t.size() && t.is(k, "de") && t.is(k + 1, "parte")
            || t.isAny(k, "from", "at", "with") && t.isAny(k - 1, "here", "aqui")) {
          return true; // "calling on behalf of the Foundation", "here from member support"
        }
      }
      if (k < t.size() && atSignBetween(t, e, k)) {
        return true; // "-Marisol @ front desk"
      }
      if (k >= t.size() || !t.isAny(k, "from", "at", "with", "de", "del", "en")) {
        return false;
      }
      String gap = t.originalGap(e, k);
      for (int g = 0; g < gap.length(); g++) {
        if (":;.!?\n".indexOf(gap.charAt(g)) >= 0) {
          return false; // "Hola Guadalupe:\n\nEn Dental Sonrisa..." starts a new clause
        }
      }
      k++;
      if (k < t.size() && STAFF_DETERMINERS.contains(t, k)) {
        k++;
      }
      if (k >= t.size()) {
        return false;
      }
      return STAFF_PLACES.contains(t, k) || (cap(k) && !listed(k, 0.5f) && k > e + 1);
    }

    /**
     * From token {@code k}, what the practice's staff will do for the recipient: "will call you",
     * "will text you", "will cover the shift", "will be covering", "will reach out", "le
     * llamará". A patient is not said to call, cover or reach the reader.
     */
    boolean staffWillAct(int k) {
      if (k + 1 >= t.size()) {
        return false;
      }
      if (t.isAny(k, "le", "la", "lo") && t.isAny(k + 1, "llamara", "contactara", "escribira")) {
        return true;
      }
      if (!t.isAny(k, "will", "'ll")) {
        return false;
      }
      int v = k + 1;
      if (t.is(v, "be") && v + 1 < t.size()) {
        v++;
      }
      if (t.isAny(v, "cover", "covering", "sub", "subbing", "reach")) {
        return true;
      }
      // "so Maria will see you at 3", "Tess will do warmups at 1", "Tess will lead class": who
      // sees the reader or leads the session is staff
      if (t.isAny(v, "lead", "leading", "teach", "teaching", "run", "running")
          || t.is(v, "do") && v + 1 < t.size() && t.isAny(v + 1, "warmups", "warm-ups",
              "intake", "check-in", "checkin", "class", "group")) {
        return true;
      }
      return t.isAny(v, "call", "calling", "text", "texting", "contact", "contacting", "see",
          "seeing", "meet", "meeting", "help", "helping")
          && v + 1 < t.size() && t.isAny(v + 1, "you", "u");
    }

    /** A NAME found so far ends with token {@code k}. */
    private boolean nameEndsAt(int k) {
      int end = t.originalEnd(k);
      for (Detection d : out) {
        if (d.category == Category.NAME && d.end == end) {
          return true;
        }
      }
      return false;
    }

    /**
     * A capitalized word no dictionary knows, right before a capitalized surname that is clearly
     * one: "Zephyrine Lopez". An ordinary word before a surname ("Apple Pay", "Semana Santa") is
     * known and never taken.
     */
    boolean unlistedFirstName(int i) {
      return i + 1 < t.size() && surname[i + 1] >= 0 && surname[i + 1] < 0.3f && cap(i + 1)
          && joined(i) && usableUntitled(i + 1) && !placeOrShopAfter(i)
          && unlistedWord(i); // the dictionary look-up last
    }

    /**
     * Token {@code k}: a capitalized word of letters, in a mixed-case message, that neither the
     * name lists nor the dictionaries know.
     */
    boolean unlistedWord(int k) {
      if (!caps || !cap(k) || !usableUntitled(k) || given[k] >= 0 || surname[k] >= 0
          || t.length(k) < 3) {
        return false;
      }
      Lexicon lx = a.lexicon();
      if (lx == null || lx.isWord(t, k)) {
        return false;
      }
      for (int p = t.start(k); p < t.end(k); p++) {
        if (!Character.isLetter(t.view().buffer()[p])) {
          return false;
        }
      }
      return true;
    }

    /**
     * Names coordinated with a name already found: "Mark and Grace", "Maria, Jose y Ana". A listed
     * given name (capitalized, or in a lower-case message) next to "and", "y", "&" or a comma.
     */
    void coordinated() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int d = 0; d < out.size(); d++) {
          Detection found = out.get(d);
          if (found.category != Category.NAME) {
            continue;
          }
          int first = Frames.firstToken(t, found.start);
          int last = Frames.lastToken(t, found.end);
          if (first < 0 || last < first) {
            continue;
          }
          // before: "Mark and [Grace]"
          int c = first - 1;
          if (c >= 1 && isCoordinator(c) && coordinatedName(c - 1)) {
            emit(c - 1, c - 1, Category.NAME, "name", 0.8, 0);
            changed = true;
          }
          // after: "[Maria] and Jose"
          c = last + 1;
          if (c + 1 < t.size() && isCoordinator(c) && coordinatedName(c + 1)) {
            emit(c + 1, c + 1, Category.NAME, "name", 0.8, 0);
            changed = true;
          }
        }
      }
    }

    /**
     * Other mentions of a patient's name found once: "Dear parent of Aiden Brooks, ... Aiden came
     * to the health office today". A later mention may stand where no cue marks it (a sentence's
     * subject), and a rewrite that removes the first would leave it. Each word of a NAME found,
     * of three letters or more, is a NAME wherever else it stands capitalized and free, unless it
     * opens a sentence and is an everyday word there ("Will you call us?" after "Hi Will").
     */
    void repeated() {
      int found = out.size();
      // the words of the names found, distinct by text, in a small hash table; then one pass
      // over the tokens (a scan of every token per name word made long documents quadratic)
      int nameTokens = 0;
      for (int d = 0; d < found; d++) {
        Detection name = out.get(d);
        if (name.category == Category.NAME) {
          nameTokens += Math.max(0, Frames.lastToken(t, name.end)
              - Frames.firstToken(t, name.start) + 1);
        }
      }
      if (nameTokens == 0) {
        return;
      }
      int[] table = new int[Integer.highestOneBit(nameTokens * 4) << 1]; // token ids of words
      Arrays.fill(table, -1);
      int mask = table.length - 1;
      for (int d = 0; d < found; d++) {
        Detection name = out.get(d);
        if (name.category != Category.NAME) {
          continue;
        }
        int first = Frames.firstToken(t, name.start);
        int last = Frames.lastToken(t, name.end);
        for (int w = Math.max(0, first); w <= last; w++) {
          if (t.type(w) == Tokens.WORD && t.length(w) >= 3 && slotOf(table, mask, w) < 0) {
            int slot = hash(w) & mask;
            while (table[slot] >= 0) {
              slot = (slot + 1) & mask;
            }
            table[slot] = w;
          }
        }
      }
      for (int k = 0; k < t.size(); k++) {
        if (t.type(k) != Tokens.WORD || t.length(k) < 3 || !cap(k)) {
          continue;
        }
        int slot = slotOf(table, mask, k);
        // the text first: alreadyCovered reads every finding so far
        if (slot < 0 || table[slot] == k || !usable(k) || alreadyCovered(k)) {
          continue;
        }
        if (a.startsSentence(k) && !listed(k, 0.5f) && a.lexicon() != null
            && a.lexicon().isWord(t, k)) {
          continue;
        }
        emit(k, k, Category.NAME, "name", 0.75, possessive[k] ? Detection.POSSESSIVE : 0);
      }
    }

    /** The slot of {@code table} holding a token with the text of token {@code k}, or -1. */
    private int slotOf(int[] table, int mask, int k) {
      for (int slot = hash(k) & mask; table[slot] >= 0; slot = (slot + 1) & mask) {
        int w = table[slot];
        if (sameTerm(w, k)) {
          return slot;
        }
      }
      return -1;
    }

    /** A hash of token {@code k}'s text in the matcher's view. */
    private int hash(int k) {
      return Vocabulary.hash(t.view().buffer(), t.start(k), t.length(k));
    }

    /** Tokens {@code x} and {@code y} are the same word in the matcher's view. */
    private boolean sameTerm(int x, int y) {
      if (t.length(x) != t.length(y)) {
        return false;
      }
      char[] c = t.view().buffer();
      for (int i = 0; i < t.length(x); i++) {
        if (c[t.start(x) + i] != c[t.start(y) + i]) {
          return false;
        }
      }
      return true;
    }

    private boolean isCoordinator(int c) {
      if (t.isAny(c, "and", "y", "&")) {
        return true;
      }
      return false;
    }

    private boolean coordinatedName(int k) {
      return usableUntitled(k) && given[k] >= 0 && given[k] < 0.98f && (cap(k) || !caps
          || !a.capitalized(0) || k == 0) && !alreadyCovered(k);
    }

    /**
     * Tokens {@code [i, e]} end the message right after a dash: "Sorry y'all! -Angel", "¿pasas
     * el lunes? - Yadira": the sender signs, as {@link #signOff} reads a listed name.
     */
    /**
     * "-Luis, Lakeshore": one or two capitalized words no dictionary knows end the message. Not
     * a credential or a service ("- Nina, SLP", "-Vero, Radiology"): a rewrite removes those and
     * would leave the name with nothing to say it is a clinician's.
     */
    private boolean companyAfter(int k) {
      int n = t.size();
      if (n - k > 2) {
        return false;
      }
      for (int j = k; j < n; j++) {
        if (!cap(j) || given[j] >= 0 && given[j] < 0.5f || j > k && !joined(j - 1)
            || clinical[j] || SPECIALTY_CREDENTIALS.contains(t, j) || CREDENTIALS.contains(t, j)
            || a.lexicon() != null && a.lexicon().isWord(t, j)) { // a brand, not "Radiology"
          return false;
        }
      }
      return true;
    }

    boolean dashSignOff(int i, int e) {
      if (e - i > 1) {
        return false;
      }
      if (e != t.size() - 1) {
        // "-Kayla, SHC front desk", "- Ana, billing": a dash, the name, a comma, then where the
        // writer works, ending the message
        return t.size() - 1 - e <= 4 && ",".equals(t.originalGap(e, e + 1).trim())
            && (STAFF_PLACES.contains(t, t.size() - 1) || companyAfter(e + 1))
            && t.originalEnd(t.size() - 1) >= a.original().stripTrailing().length() - 1
            && standaloneDash(a.original(), t.originalCharBefore(i));
      }
      String o = a.original();
      int end = t.originalEnd(e);
      while (end < o.length() && (o.charAt(end) == ' ' || o.charAt(end) == '.'
          || o.charAt(end) == '!')) {
        end++;
      }
      if (end != o.length()) {
        return false;
      }
      return standaloneDash(o, t.originalCharBefore(i));
    }

    void signOff() {
      int n = t.size();
      if (n < 2) {
        return;
      }
      int last = n - 1;
      if (!listed(last, 0.6f)) {
        return;
      }
      String o = a.original();
      int p = t.originalCharBefore(last);
      boolean thanks = p >= 0 && o.charAt(p) == ',' && last >= 1
          && SIGN_OFFS.contains(t, last - 1);
      // ("... podemos cambiar la cita? gracias, marisol": a texter's sign-off in lower case)
      if (!cap(last) && !thanks) {
        return;
      }
      boolean dash = standaloneDash(o, p);
      if (taken[last]) {
        // "Si no le queda, avíseme. Saludos, Lupita": the name the loop found is the sender's
        if (thanks) {
          namedSender(last);
        }
        return;
      }
      if ((dash || thanks) && usable(last) && !alreadyCovered(last)) {
        emit(last, last, Category.PROVIDER, "provider", 0.7, Detection.STAFF);
      }
    }

    /** The NAME found at token {@code k} alone becomes the sender (PROVIDER). */
    private void namedSender(int k) {
      int s = t.originalStart(k);
      int e = t.originalEnd(k);
      for (int d = 0; d < out.size(); d++) {
        Detection name = out.get(d);
        if (name.category == Category.NAME && name.start == s && name.end == e) {
          asStaff(d, 0.7);
          return;
        }
      }
    }

    /** Finding {@code d} of {@code out}, a NAME, is a member of staff instead. */
    private void asStaff(int d, double conf) {
      Detection name = out.get(d);
      out.set(d, new Detection(name.start, name.end, Category.PROVIDER, "provider", conf,
          Detection.STAFF));
    }

    /**
     * The sender's sign-off on the last line: "– Bree, medical assistant", "Kayla, Treatment
     * Coordinator", "Kim @ Eastgate IM", "Fernanda Ruiz / Recepción". A listed first name (and a
     * capitalized surname) followed by a comma, slash or at-sign and a few words is staff.
     */
    void signOffLine() {
      String o = a.original();
      int n = t.size();
      if (n < 3) {
        return;
      }
      closingName();
      int lineStart = o.lastIndexOf('\n') + 1;
      int dashEnd = signOffDashEnd(o, lineStart);
      if (dashEnd >= 0) {
        lineStart = dashEnd;
      }
      if (lineStart == 0) {
        return; // one line without a dash: no sign-off to find
      }
      int i = n - 1;
      while (i > 0 && t.originalStart(i - 1) >= lineStart) {
        i--;
      }
      if (t.originalStart(i) < lineStart || !usable(i) || !cap(i) || !(given[i] >= 0
          && given[i] < 0.6f)) {
        return;
      }
      int e = i;
      if (i + 1 < n && usable(i + 1) && cap(i + 1) && joined(i) && !clinical[i + 1]) {
        e = i + 1;
      }
      int after = t.originalEnd(e);
      while (after < o.length() && o.charAt(after) == ' ') {
        after++;
      }
      if (after >= o.length() || "/,@".indexOf(o.charAt(after)) < 0) {
        return;
      }
      int rest = n - 1 - e;
      if (rest == 0 || rest > 5) {
        return;
      }
      for (int k = e + 1; k < n; k++) {
        if (ADDRESSED_WORDS.contains(t, k)) {
          return; // "Reminder - Maria Lopez, see you Monday": she is addressed, no one signs
        }
      }
      emit(i, e, Category.PROVIDER, "provider", 0.75, Detection.STAFF);
      for (int k = e + 1; k < n; k++) {
        taken[k] = true; // the role or workplace after it: "@ Eastgate IM", "/ Recepción"
      }
    }


    /**
     * "Sincerely,\nKayla Moss\nFront Desk", "Atentamente,\nFernanda Ruiz\nRecepción": the name on
     * the line after a closing is the sender's, so staff.
     */
    void closingName() {
      String o = a.original();
      int n = t.size();
      for (int k = 0; k + 1 < n; k++) {
        if (!CLOSINGS.contains(t, k)) {
          continue;
        }
        int end = t.originalEnd(k);
        int p = end;
        while (p < o.length() && (o.charAt(p) == ',' || o.charAt(p) == '!' || o.charAt(p) == ' ')) {
          p++;
        }
        if (p >= o.length() || (o.charAt(p) != '\n' && o.charAt(p) != '\r')) {
          continue;
        }
        int i = k + 1;
        if (!usable(i) || !cap(i) || !(given[i] >= 0 && given[i] < 0.6f) || !sameLineStart(i)) {
          continue;
        }
        int e = i;
        if (i + 1 < n && usable(i + 1) && cap(i + 1) && joined(i) && !clinical[i + 1]) {
          e = i + 1;
        }
        emit(i, e, Category.PROVIDER, "provider", 0.75, Detection.STAFF);
        return;
      }
    }

    /** Token {@code i} is the first on its line. */
    private boolean sameLineStart(int i) {
      int p = t.originalCharBefore(i);
      return p < 0 || a.original().charAt(p) == '\n' || a.original().charAt(p) == '\r';
    }

    boolean alreadyCovered(int i) {
      int s = t.originalStart(i);
      for (Detection d : out) {
        if (d.start <= s && s < d.end) {
          return true;
        }
      }
      return false;
    }

    /** A name whose title ("Mrs.", "Don") goes with it when a rewrite removes it. */
    void emitLabelled(int label, int from, int to, Category cat, String kind, double conf,
        int flags) {
      int before = out.size();
      emit(from, to, cat, kind, conf, flags);
      if (out.size() == before) {
        return; // not a person after all (a saint's name, a firm)
      }
      Detection d = out.remove(out.size() - 1);
      out.add(d.withRemoval(t.originalStart(label), d.removalEnd));
    }

    /**
     * Token {@code to} is a city: a comma, then a state's code in capitals, then a colon, a word
     * in lower case, a ZIP or the end ("Portland, OR: due to snow", "our Jackson, MS clinic").
     */
    private boolean placeBeforeAState(int to) {
      int s = to + 1;
      if (!AddressDetector.stateAfterComma(a, s)) {
        return false;
      }
      if (s + 1 >= t.size()) {
        return true;
      }
      String after = t.originalGap(s, s + 1);
      return after.startsWith(":") || t.type(s + 1) == Tokens.NUMBER
          || (" ".equals(after) && !cap(s + 1));
    }

    /** Tokens {@code [from, to]} end in a street's suffix: "Cedar Ave", "Main St". */
    private boolean streetAt(int from, int to) {
      if (to + 1 < t.size() && cap(to + 1) && t.originalGap(to, to + 1).startsWith(".")) {
        return false; // "Bartholomew St. Clair": a saint's name goes on
      }
      return to > from && t.isAny(to, "ave", "avenue", "st", "street", "rd", "road", "blvd",
          "boulevard", "pkwy", "hwy");
    }

    /**
     * "the" right before a capitalized name is a title's or a firm's ("the Courier's Readers'
     * Choice awards"); "the Martinez family" is a family.
     */
    private boolean theNamed(int from, int to) {
      return from > 0 && t.is(from - 1, "the") && !(to + 1 < t.size()
          && t.isAny(to + 1, "family", "families", "household", "kids", "children", "twins"));
    }

    /**
     * Tokens {@code [from, to]}, read as a name, name a place: a city before its state ("our
     * Jackson, MS clinic", "Portland, OR: due to snow"), a street ("Lot II off Cedar Ave"), a
     * title or firm after "the", a Spanish place named for a person ("la Prepa Juárez", "frente
     * al Parque Colón"), or a saint's name ("San Juan Bautista", "Santa María Goretti"; "Sra. San
     * Juan" is a person).
     */
    private boolean placeNamed(int from, int to) {
      if (!addressed(from) && (placeBeforeAState(to) || streetAt(from, to) || theNamed(from, to)
          || treePlace(from, to) || countyNamed(from, to))) {
        return true;
      }
      if (cap(from) && (from > 0 && TermDetector.SPANISH_PLACES.contains(t, from - 1)
          && cap(from - 1) || to > from && TermDetector.SPANISH_PLACES.contains(t, from))) {
        return true;
      }
      // "Yesería Martínez", "Tortillería Hernández": a trade's shop before its owner's name
      return to > from && (PracticeNames.SPANISH_TRADES.contains(t, from)
          || SAINTS.contains(t, from) && cap(from + 1)
              && !(from > 0 && COURTESY.contains(t, from - 1)));
    }

    /** A greeting or a courtesy title within two tokens before {@code from}: a person. */
    private boolean addressed(int from) {
      for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
        if (GREETINGS.contains(t, k) || COURTESY.contains(t, k) || isProviderTitle(t, k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "at Vance & Oyelaran", "Statement from Brandt & Ocampo", "Fairmont & Keene was awarded",
     * "Crabtree & Burns Hardware": a single capitalized word joined to another by an ampersand,
     * without a greeting or a title, after a word that places a firm (at, from, of, by, with), or
     * opening a sentence before a singular verb, or before a capitalized word that is no name, is
     * half of a firm named for its founders. People joined so are greeted, listed or titled ("Hi
     * Ana & Luis", "for Ana & Luis", "Mr. & Mrs. Garcia"). The pair's last token, or -1.
     */
    private int firmPair(int from, int to) {
      if (from != to) {
        return -1;
      }
      int first;
      if (to + 1 < t.size() && ampersandBetween(to, to + 1)) {
        first = to;
      } else if (from > 0 && ampersandBetween(from - 1, from)) {
        first = from - 1;
      } else {
        return -1;
      }
      int last = first + 1;
      if (!cap(first) || !cap(last) || t.type(first) != Tokens.WORD
          || t.type(last) != Tokens.WORD || addressed(first)) {
        return -1;
      }
      boolean placed = first > 0 && FIRM_PLACERS.contains(t, first - 1) && joined(first - 1);
      // ("Due to the ice storm, Hartwell & Lin is closed today": after a comma too)
      boolean subject = (sentenceStart(first) || first > 0
          && t.originalGap(first - 1, first).trim().equals(",")) && last + 1 < t.size()
          && joined(last) && t.isAny(last + 1, "is", "was", "has");
      // ("Hale & Whitcomb, Attorneys at Law": the firm's kind after a comma)
      boolean kind = last + 1 < t.size() && cap(last + 1)
          && t.originalGap(last, last + 1).trim().equals(",")
          && (COMPANY_WORDS.contains(t, last + 1) || FIRM_KINDS.contains(t, last + 1));
      boolean tail = last + 1 < t.size() && joined(last) && cap(last + 1)
          && t.type(last + 1) == Tokens.WORD && !(given[last + 1] >= 0 && given[last + 1] < 0.5f)
          && !(surname[last + 1] >= 0 && surname[last + 1] < 0.5f);
      return placed || subject || tail || kind ? last : -1;
    }

    /** "Franklin County", "Condado Whitcomb", "Ellison Township": a county's name. */
    private boolean countyNamed(int from, int to) {
      return to + 1 < t.size() && cap(to + 1) && joined(to)
          && t.isAny(to + 1, "county", "township", "borough", "parish")
          || from > 0 && cap(from - 1) && t.is(from - 1, "condado");
    }

    /**
     * "Cedar Hill", "Magnolia Terrace", "Oak Grove": a tree, then a feature of the landscape or a
     * residence's word, names a place (a practice, a community, a street), even where both words
     * are listed names. The run may be that pair, or its second word after the tree.
     */
    private boolean treePlace(int from, int to) {
      int first = to == from + 1 ? from
          : to == from && from > 0 && cap(from - 1) && joined(from - 1) ? from - 1 : -1;
      return first >= 0 && TREES.contains(t, first) && cap(first + 1)
          && (LANDSCAPE.contains(t, first + 1) || COMPANY_WORDS.contains(t, first + 1));
    }

    /** The first token of the name run that ends at {@code e} (up to three words). */
    private int firstOfRun(int e) {
      int k = e;
      while (k > 0 && e - k < 2 && cap(k - 1) && joined(k - 1) && given[k - 1] >= 0) {
        k--;
      }
      return k;
    }

    /** "Walk with Team Alder Creek", "Join Team Westfield": a team's name, not a person. */
    private boolean teamNamed(int from) {
      return from > 0 && t.is(from - 1, "team") && cap(from - 1) && joined(from - 1);
    }

    /**
     * "Founders' Day, honoring Eliza Whitcomb", "en honor a Eliza Whitcomb", "a park named for
     * Ruth Vance": whom a day, a place or a prize honors is no patient.
     */
    private boolean namesake(int from) {
      if (from == 0) {
        return false;
      }
      if (t.isAny(from - 1, "honoring", "honouring", "honors")) {
        return true;
      }
      return from > 1 && (t.is(from - 1, "of") && t.isAny(from - 2, "honor", "honour")
          || t.isAny(from - 1, "a", "de") && t.is(from - 2, "honor")
          || t.isAny(from - 1, "for", "after") && t.is(from - 2, "named"));
    }

    /**
     * Only an ampersand, within three characters, stands between tokens {@code k} and {@code m}:
     * "Ashby & Crowe".
     */
    private boolean ampersandBetween(int k, int m) {
      return t.originalStart(m) - t.originalEnd(k) <= 3 && onlyBetween(t, k, m, "&");
    }

    /**
     * A word that ends a firm's or place's name: capitalized, or a church's in lower case ("Our
     * Lady of Guadalupe parish hall"; "Maria Parish" is a person).
     */
    private boolean firmWord(int k) {
      return cap(k) ? COMPANY_WORDS.contains(t, k)
          : t.isAny(k, "parish", "church", "chapel", "cathedral");
    }

    void emit(int from, int to, Category cat, String kind, double conf, int flags) {
      // (a name before a credential that names the care stays a NAME: see credentialAfter)
      if (cat == Category.NAME && !possessive[to] && (roleTitleAfter(to)
          || appointmentWithBefore(from) && !specialtyCredentialAfter(to))) {
        // "RSVP to Ines Calder, Volunteer Coordinator", "Jane Doe, Office Manager", "Your visit
        // with Grace Palmer is at 9": staff
        cat = Category.PROVIDER;
        kind = "provider";
        flags |= Detection.STAFF;
      }
      // "naming Gloria Reyes as": a capitalized given name right before the name found is its
      // first name, or a rewrite would leave it behind
      while (cat == Category.NAME && from > 0 && !taken[from - 1] && given[from - 1] >= 0
          && given[from - 1] < 0.95f && cap(from - 1) && usableUntitled(from - 1)
          && joined(from - 1) && !possessive[from - 1] && !sentenceStart(from - 1)
          && !COURTESY.contains(t, from - 1) && !isProviderTitle(t, from - 1)) {
        from--;
      }
      // ("Little Nest Baby Co.": a firm's word alone after the firm's name is no one)
      int firm = (to > from || from > 0 && cap(from - 1)) && firmWord(to) ? to
          : to + 1 < t.size() && firmWord(to + 1)
              && !possessive[to] && " ".equals(t.originalGap(to, to + 1)) ? to + 1
          // "Gleason's Hardware", "Neil's Auto Body": a shop named for its owner
          : to + 1 < t.size() && possessive[to] && cap(to + 1)
              && PracticeNames.SHOPS.contains(t, to + 1)
              && " ".equals(t.originalGap(to, to + 1)) ? to + 1 : -1;
      // "Hollis-Brandt Biosciences" (a firm named for people, up to its firm word), or a place
      // named like a person: no one's name, and no other rule takes its words
      int notAPerson = -1;
      if (cat == Category.NAME) {
        notAPerson = firm >= 0 ? firm : placeNamed(from, to) || teamNamed(from)
            || namesake(from) ? to : firmPair(from, to);
      }
      if (notAPerson >= 0) {
        for (int k = from; k <= notAPerson; k++) {
          taken[k] = true;
        }
        return;
      }
      int start = t.originalStart(from);
      int end = t.originalEnd(to);
      if (possessive[to]) {
        String o = a.original();
        if (end >= 2 && (o.charAt(end - 1) == 's' || o.charAt(end - 1) == 'S')
            && (o.charAt(end - 2) == '\'' || o.charAt(end - 2) == '\u2019')) {
          end -= 2;
          flags |= Detection.POSSESSIVE;
        }
      }
      if (cat == Category.PROVIDER && credentialAfter(to)) {
        end = t.originalEnd(to + 1);
        taken[to + 1] = true;
        to++; // "Hannah Gold, MS, CGC": a credential naming the care may follow
      }
      if (cat == Category.PROVIDER && to + 1 < t.size() && !taken[to + 1]
          && SPECIALTY_CREDENTIALS.contains(t, to + 1) && t.originalStart(to + 1) - end <= 2
          && (a.allCaps(to + 1) || t.originalGap(to, to + 1).contains(","))) {
        // "Dr. Kwan, OD": the clinician is allowed, the credential names the kind of care
        emitSpecialtyCredential(to + 1);
      }
      for (int k = from; k <= to; k++) {
        taken[k] = true;
      }
      out.add(new Detection(start, end, cat, kind, conf, flags));
    }
  }
}
