package dev.redactor.internal.rewrite;

import dev.redactor.Category;
import dev.redactor.internal.rewrite.Rewriter.Kind;
import dev.redactor.internal.rewrite.Rewriter.LowerWords;
import dev.redactor.internal.rewrite.Rewriter.Toks;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for each clinical term a rewrite takes out, whether to remove it or to put a generic
 * word in its place, so that the sentence keeps its grammar:
 *
 * <ul>
 *   <li>a modifier before a visit noun goes: "your <u>cardiology</u> follow-up" → "your
 *       follow-up", "su cita de <u>cardiología</u>" → "su cita";
 *   <li>a head noun after a determiner becomes a generic one: "your next <u>infusion</u> is" →
 *       "your next appointment is", "your <u>sertraline 50mg</u> is ready" → "your prescription is
 *       ready", "su <u>quimio</u> es el martes" → "su cita es el martes"; a weak visit noun goes
 *       with it: "your <u>asthma check</u>" → "your appointment";
 *   <li>anything else — an object of a preposition ("prescription for <u>atorvastatin</u>", "at
 *       <u>Summit Cancer Center</u>"), a header ("<u>Bright Smiles Dental</u>: ...") — is
 *       removed, and the rewriter repairs around it.
 * </ul>
 *
 * <p>A rule's own {@code replacement} always wins: an empty one forces removal.
 *
 * <p>Works on the rewriter's token table while the tokens still tile the text; words are looked
 * up by range ({@link LowerWords}), so no string is made per token.
 */
final class Generalizer {
  private Generalizer() {}

  /** Visit nouns a removed modifier can lean on. */
  private static final LowerWords STRONG_HEADS =
      LowerWords.of("appointment", "appointments", "appt", "appts", "visit", "visits", "follow",
          "followup", "follow-up", "consult", "consultation", "refill", "refills", "prescription",
          "rx", "order", "pickup", "cita", "citas", "consulta", "seguimiento", "visita", "receta",
          "surtido", "reminder", "recordatorio", "results", "resultados", "check-in", "checkin",
          "paperwork", "forms", "formularios", "time", "hora", "meds", "medication",
          "medications", "medicine", "medicines", "pill", "pills", "med", "tablet", "tablets",
          "supplies", "supply", "card", "kit",
          "equipment", "medicamento", "medicamentos", "medicina", "insumos",
          "entrega", "tarjeta", "equipo", "questionnaire", "questionnaires", "survey", "surveys",
          "cuestionario", "cuestionarios", "encuesta", "encuestas", "slot", "slots", "log", "logs",
          "diary", "readings", "registro", "registros", "sensor", "sensors", "strips", "meter",
          "transmitter", "dose", "doses", "titer", "titers", "series", "dosis", "draw");

  /** Visit nouns that say little without the term: they go with it. */
  private static final LowerWords WEAK_HEADS =
      LowerWords.of("check", "checkup", "check-up", "control", "management", "clinic", "class",
          "classes", "screening", "program", "education", "review", "recheck", "group",
          "session", "sesion", "sesión", "clase", "programa", "revision", "revisión", "taller",
          "eval", "evals", "evaluation", "evaluations", "evaluacion", "evaluación", "assessment",
          "assessments", "intake", "orientation", "chair", "shot");

  /** A determiner repeated after "and": "your lisinopril and your metformin". */
  private static final LowerWords REPEATED_DETERMINERS = LowerWords.of("your", "su", "sus", "tu",
      "tus", "his", "her", "their");

  private static final LowerWords DETERMINERS =
      LowerWords.of("your", "ur", "yr", "the", "a", "an", "his", "her", "their", "our", "my",
          "this", "that", "su", "sus", "tu", "tus", "la", "el", "los", "las", "una", "un", "esta",
          "este", "mi");

  private static final LowerWords PLURAL_DETERMINERS =
      LowerWords.of("sus", "tus", "los", "las", "these", "those", "nuestros", "nuestras", "mis");

  private static final LowerWords MODIFIERS =
      LowerWords.of("next", "upcoming", "scheduled", "annual", "yearly", "routine", "first",
          "current", "old", "spare",
          "second", "last", "new", "monthly", "weekly", "regular", "month", "week", "year", "day",
          "min", "minute", "hour", "hr",
          "follow-up", "followup", "proxima", "próxima", "proximo", "próximo", "anual", "primera",
          "primer", "siguiente", "nueva", "nuevo", "mensual", "semanal", "-", "compounded",
          "generic", "brand", "refrigerated", "replacement", "daily", "preventive", "preventiva",
          "preventivo");

  private static final LowerWords SPANISH =
      LowerWords.of("el", "la", "los", "las", "de", "del", "que", "su", "sus", "usted", "cita",
          "para", "por", "con", "es", "está", "esta", "le", "lo", "se", "una", "un", "hola",
          "gracias", "favor", "llame", "mañana", "hoy", "será", "tiene", "nuestra", "al", "y",
          "en");

  private static final LowerWords ENGLISH =
      LowerWords.of("the", "your", "you", "is", "to", "for", "at", "and", "with", "our", "are",
          "please", "on", "of", "this", "be", "will", "have", "has", "call", "hi", "thanks",
          "we", "in", "a");

  /**
   * One entry per removal: null to remove, otherwise the word to put in place. May move the
   * ranges {@code [from[r], to[r])} (a merged one becomes {@code [-1, -1)}, which holds no token)
   * and mark tokens removed. {@code spanish}: {@link #isSpanish} of the tokens, which the
   * rewriter reads too.
   */
  static @Nullable String[] replacements(Toks toks, int[] from, int[] to,
      List<Rewriter.Removal> removals, boolean spanish) {
    int count = from.length;
    if (!anyToGeneralize(removals)) {
      // Nothing below would merge, generalize or move anything: the rule replacements (or
      // null) are the answer, without the token work.
      @Nullable String[] out = new String[count];
      for (int r = 0; r < count; r++) {
        out[r] = removals.get(r).replacement();
      }
      return out;
    }
    int n = toks.size();
    // owner[k]: the removal whose range holds token k, or -1
    int[] owner = new int[n];
    Arrays.fill(owner, -1);
    // the tokens of removal r are spanFirst[r]..spanLast[r]; spanFirst[r] == -1 if it has none
    int[] spanFirst = new int[count];
    int[] spanLast = new int[count];
    for (int r = 0; r < count; r++) {
      int first = -1;
      int last = -1;
      for (int k = toks.firstAt(from[r]); k < n && toks.end(k) <= to[r]; k++) {
        owner[k] = r;
        if (first < 0) {
          first = k;
        }
        last = k;
      }
      spanFirst[r] = first;
      spanLast[r] = last;
    }
    @Nullable String[] out = new String[count];
    boolean[] plural = new boolean[count];
    for (int r = 0; r < count; r++) {
      if (removals.get(r).replacement() == null && spanFirst[r] >= 0) {
        plural[r] = mergeCoordinated(toks, owner, spanFirst, spanLast, from, to, removals, r);
      }
    }
    for (int r = 0; r < count; r++) {
      Rewriter.Removal rm = removals.get(r);
      if (rm.replacement() != null) {
        out[r] = rm.replacement();
        continue;
      }
      if (spanFirst[r] < 0) {
        continue;
      }
      if (rm.category() == Category.NAME) {
        out[r] = person(toks, from, to, r, spanFirst[r], spanLast[r], spanish, plural[r]);
        continue;
      }
      if (!clinical(rm.category())) {
        continue;
      }
      int first = spanFirst[r];
      int last = spanLast[r];
      int end = to[r];
      int own = possessiveLength(toks.text, end);
      if (own > 0) {
        // "your newborn's follow-up" -> "your follow-up": the 's goes with its owner
        to[r] = end + own;
        for (int k = last + 1; k < n && toks.start(k) < end + own; k++) {
          toks.remove(k);
        }
        continue;
      }
      int next = nextWord(toks, last + 1);
      if (next >= 0 && owner[next] >= 0) {
        continue; // another removed term follows: this one is its modifier
      }
      boolean punctuationNext = nextIsPunctuation(toks, last + 1);
      // "your Tdap and appointment at ..." -> "your appointment at ...", "su última limpieza y
      // revisión" -> "su última revisión": the term and its "and" go, the visit noun it was
      // joined to stays
      if (next >= 0 && !punctuationNext && (toks.isLower(next, "and") || toks.isLower(next, "y")
          || toks.isLower(next, "&"))) {
        int head = nextWord(toks, next + 1);
        if (head >= 0 && owner[head] < 0
            && (toks.in(head, STRONG_HEADS) || toks.in(head, WEAK_HEADS))) {
          removeThrough(toks, to, r, last, next);
          singularVerb(toks, nextWord(toks, head + 1)); // "su cita son" -> "su cita es"
          continue;
        }
      }
      if (next >= 0 && !punctuationNext) {
        if (toks.in(next, STRONG_HEADS)) {
          continue; // "your cardiology follow-up" -> "your follow-up"
        }
        if (toks.in(next, WEAK_HEADS)) {
          // "your asthma check" -> "your appointment": the head goes too
          removeThrough(toks, to, r, last, next);
          // "at the Anticoagulation Clinic" -> "at the office": a clinic named by its care
          Noun head = toks.in(next, CLINIC_HEADS)
              ? (spanish ? CLINIC : OFFICE) : generic(rm.category(), false);
          out[r] = head.in(spanish, plural[r]);
          dropQualifier(toks, owner, to, r, next); // "check on your shoulder" goes whole
          continue;
        }
      }
      if (punctuationNext && sentenceStart(toks, first)) {
        continue; // a header: "Bright Smiles Dental: your appointment ..."
      }
      if (afterColon(toks, first) && endsSentence(toks, last + 1)) {
        continue; // a label's whole value: "Dx: UTI." goes, label and all (see Rewriter)
      }
      if (rm.category() == Category.SPECIALTY && (fromAPerson(toks, first, owner)
          || senderIntroduced(toks, first))) {
        // "it's Kelsey from Riverbend Kidney Care" -> "it's Kelsey from the office": without
        // the practice, "it's Kelsey" would read as the patient's name; "This is Aspen Ridge
        // Dermatology confirming" -> "This is the office confirming"
        out[r] = spanish ? "la clínica" : "the office";
        int prep = prevWord(toks, first - 1);
        if (prep >= 0 && toks.isLower(prep, "del")) {
          toks.replace(prep, Kind.WORD, "de"); // "Daniela del [Programa X]" -> "de la clínica"
        }
        continue;
      }
      int det = determinerBefore(toks, first, owner);
      if (spanish && det >= 0 && toks.isLower(det, "a")) {
        det = -1; // "visita a Dermatología Alameda": Spanish "a" is "to", no article
      }
      if (det >= 0 && visitNounBefore(toks, det, from, r)) {
        continue; // "your appt for your mammogram" -> "your appt"
      }
      int visitHead = nextWord(toks, last + 1);
      if (det >= 0 && visitHead >= 0 && owner[visitHead] < 0 && toks.in(visitHead, VISIT_HEADS)
          && (rm.category() == Category.CONDITION || rm.category() == Category.PROCEDURE)) {
        // "your diabetes coaching call" -> "your coaching call", "your asthma follow-up" ->
        // "your follow-up": the visit word after the label is the head
        continue;
      }
      if (rm.category() == Category.SPECIALTY && first == last && det < 0
          && (roleNoun(toks, first) || toks.in(first, SERVICE_ROLES))
          && personFollows(toks, last + 1, owner)) {
        // "w/ midwife jess" -> "w/ provider jess": without a title the name would read as a
        // patient's
        out[r] = PROVIDER.in(spanish, false);
        continue;
      }
      if (det >= 0 || sentenceStart(toks, first)
          || afterHeaderDash(toks, first, last, rm.category())) {
        boolean many = plural[r] || pluralVerbFollows(toks, nextWord(toks, last + 1))
            || (det >= 0 && toks.in(det, PLURAL_DETERMINERS)); // "sus medicamentos" -> "sus citas"
        boolean feminineDet = det >= 0 && toks.in(det, FEMININE);
        Noun noun;
        if (rm.category() == Category.SPECIALTY
            && (toks.in(last, FACILITIES) || (spanish && toks.in(first, FACILITIES))
                || (first == last && toks.in(first, DEPARTMENTS)))) {
          // "home from the ED" -> "home from the office": a department is a place
          noun = feminineDet ? CLINIC : OFFICE;
        } else {
          int lastWord = lastWordOf(toks, from[r], to[r]);
          int after = nextWord(toks, last + 1);
          if (rm.category() == Category.CONDITION && after >= 0 && owner[after] < 0
              && (toks.in(after, COURSE_VERBS) || toks.in(after, HOW_IT_IS))) {
            // "call if the swelling gets worse": the condition's course, not a visit
            noun = feminineDet ? AILMENT : PROBLEM;
          } else if (lastWord >= 0 && toks.in(lastWord, GATHERINGS)
              && !toks.in(first, GATHERINGS)) {
            // "your anxiety support group meets" -> "your group meets", "your medically tailored
            // meals arrive" -> "your meals arrive": the generic noun is the term's own head
            String head = toks.textOf(lastWord).toLowerCase(java.util.Locale.ROOT);
            noun = new Noun(head, head, head, head, false);
          } else if (rm.category() == Category.PROCEDURE && readyAfter(toks, last + 1)) {
            // "your walking boot is ready" -> "your order is ready", not "your appointment": a
            // device that arrives is an order
            noun = ORDER;
          } else if (rm.category() == Category.PROCEDURE && lastWord >= 0
              && (toks.in(lastWord, DEVICES) || (spanish && toks.in(first, DEVICES)))) {
            // "your CPAP is due for a new filter" -> "your device is due for a new filter"
            noun = DEVICE;
          } else if (rm.category() == Category.SPECIALTY && lastWord >= 0
              && (roleNoun(toks, lastWord) || roleNoun(toks, first)
                  || toks.in(lastWord, SERVICE_ROLES) || toks.in(first, SERVICE_ROLES)
                  || first == last && credential(toks, first)
                      && personFollows(toks, last + 1, owner)
                      && Character.isUpperCase(toks.charAt(nextWord(toks, last + 1), 0))
                  || removedRoleBefore(toks, first, owner))) {
            // ... and a credential before a name: "con el PMHNP Rivas" -> "con el profesional
            // Rivas", not "con la cita Rivas"
            // "the cardiologist will call" -> "the provider will call", "la terapeuta
            // ocupacional" -> "la profesional": a person, not a visit
            noun = PROVIDER;
          } else {
            noun = generic(rm.category(), lastWord >= 0 && toks.in(lastWord, ADMINISTERED));
          }
          dropQualifier(toks, owner, to, r, last);
        }
        out[r] = noun.in(spanish, many);
        if (spanish && det >= 0 && owner[det] < 0) {
          agree(toks, det, noun.feminine()); // "el [stent]" -> "la cita", not "el cita"
          if (many) {
            pluralDeterminer(toks, det); // "su [X] y su [Y]" -> "sus recetas"
          }
        }
      } else if (afterGreeting(toks, first, owner)) {
        // "Hi Greg, PT w/ Alicia is moved" -> "Hi, your appointment is moved"
        int lastWord = lastWordOf(toks, from[r], to[r]);
        out[r] = (spanish ? "su " : "your ") + generic(rm.category(),
            lastWord >= 0 && toks.in(lastWord, ADMINISTERED)).in(spanish, plural[r]);
        dropQualifier(toks, owner, to, r, last);
      }
    }
    return out;
  }

  private static final LowerWords OF = LowerWords.of("of", "de", "del", "on", "en");

  /** Generic visit words that can head a label: "asthma [follow-up]", "diabetes [coaching]". */
  private static final LowerWords VISIT_HEADS = LowerWords.of("follow", "follow-up", "followup",
      "check", "checkup", "check-up", "visit", "visits", "appointment", "appt", "coaching",
      "call", "review", "recheck", "consult", "consultation",
      // "your [A1c] results are ready" -> "your results are ready"
      "result", "results", "resultado", "resultados");

  /** Words that end a qualifying phrase: verbs, prepositions, conjunctions. */
  private static final LowerWords PHRASE_ENDS =
      LowerWords.of("is", "are", "was", "were", "will", "has", "have", "had", "can", "needs",
          "should", "on", "at", "for", "with", "in", "to", "and", "or", "this", "next", "today",
          "tomorrow", "es", "son", "está", "esta", "están", "estan", "fue", "será", "sera", "ha",
          "el", "en", "a", "al", "para", "con", "y", "o", "mañana", "hoy", "queda", "quedó", "se",
          "cambió", "cambio");

  /** Determiners and side words inside a qualifying phrase: "of the left hand". */
  private static final LowerWords PHRASE_INNER =
      LowerWords.of("the", "your", "ur", "yr", "his", "her", "their", "la", "las", "los", "el",
          "su", "sus", "tu", "left", "right", "both", "lower", "upper", "izquierda", "izquierdo",
          "derecha", "derecho", "ambos", "ambas", "inferior", "superior", "baja", "bajo");

  /**
   * Parts of the body a test or procedure is done on, English and Spanish: where the term goes,
   * the site it was done on goes too ("x-ray of the hand" says what happened). Hand-curated.
   */
  private static final LowerWords BODY_SITES =
      LowerWords.of("head", "neck", "chest", "back", "spine", "abdomen", "belly", "pelvis", "hip",
          "hips", "knee", "knees", "ankle", "ankles", "foot", "feet", "toe", "toes", "leg", "legs",
          "thigh", "shoulder", "shoulders", "arm", "arms", "elbow", "wrist", "wrists", "hand",
          "hands", "finger", "fingers", "thumb", "brain", "heart", "lung", "lungs", "liver",
          "kidney", "kidneys", "bladder", "breast", "breasts", "thyroid", "skin", "eye", "eyes",
          "ear", "ears", "sinus", "sinuses", "throat", "mouth", "jaw", "teeth", "tooth", "colon",
          "stomach", "prostate", "uterus", "ovaries", "cervix", "veins", "arteries", "carotid",
          "carotids", "cabeza", "cuello", "pecho", "tórax", "torax", "espalda", "columna",
          "vientre", "cadera", "caderas", "rodilla", "rodillas", "tobillo", "tobillos", "pie",
          "pies", "pierna", "piernas", "hombro", "hombros", "brazo", "brazos", "codo", "muñeca",
          "mano", "manos", "dedo", "dedos", "cerebro", "corazón", "corazon", "pulmón", "pulmon",
          "pulmones", "hígado", "higado", "riñón", "rinon", "riñones", "vejiga", "mama", "mamas",
          "seno", "senos", "tiroides", "piel", "ojo", "ojos", "oído", "oido", "oídos", "garganta",
          "boca", "mandíbula", "diente", "dientes", "estómago", "estomago", "próstata", "prostata",
          "útero", "utero", "ovarios", "venas", "arterias", "carótida", "carotida");

  /**
   * A generalized head loses the "of"/"de"/"on"/"en" phrase that named the body site of the
   * term: "your x-ray of the left hand is" -> "your appointment is", "su radiografía de tórax es"
   * -> "su cita es", "your post-op check on your shoulder" -> "your appointment". The phrase is
   * determiners and side words, then the site, and must end where the clause goes on (a verb, a
   * preposition, punctuation); anything else stays.
   */
  private static void dropQualifier(Toks toks, int[] owner, int[] to, int r, int last) {
    int of = nextWord(toks, last + 1);
    if (of >= 0 && toks.kind(last) == Kind.WORD && toks.in(last, BODY_SITES)) {
      // the term ends with its site ("tomografía de tórax"): more sites joined to it go too
      int more = lastJoinedSite(toks, owner, last);
      if (more > last && endsClause(toks, owner, more + 1)) {
        removeThrough(toks, to, r, last, more);
        return;
      }
    }
    if (of < 0 || owner[of] >= 0 || !toks.in(of, OF)) {
      return;
    }
    int site = -1;
    int k = of + 1;
    for (; k < toks.size() && site < 0; k++) {
      if (toks.kind(k) == Kind.SPACE) {
        continue;
      }
      if (toks.kind(k) != Kind.WORD || owner[k] >= 0) {
        return;
      }
      if (toks.in(k, BODY_SITES)) {
        site = k;
      } else if (!toks.in(k, PHRASE_INNER)) {
        return;
      }
    }
    // more sites joined to the first: "of the abdomen and pelvis", "of the chest, abdomen and
    // pelvis", "de tórax y abdomen"
    if (site < 0) {
      return;
    }
    int more = lastJoinedSite(toks, owner, site);
    if (more > site && endsClause(toks, owner, more + 1)) {
      site = more; // (if the clause does not end there, "and back pain" is no site)
    } else if (!endsClause(toks, owner, k)) {
      return;
    }
    removeThrough(toks, to, r, last, site);
  }

  /** Removal {@code r} grows from its last token {@code last} through token {@code through}. */
  private static void removeThrough(Toks toks, int[] to, int r, int last, int through) {
    to[r] = toks.end(through);
    for (int k = last + 1; k <= through; k++) {
      toks.remove(k);
    }
  }

  /** Whether the clause goes on at {@code k}: a verb, a preposition, punctuation or the end. */
  private static boolean endsClause(Toks toks, int[] owner, int k) {
    int after = skipSpaces(toks, k);
    return after >= toks.size() || toks.kind(after) == Kind.PUNCT
        || toks.kind(after) == Kind.NEWLINE
        || (owner[after] < 0 && toks.in(after, PHRASE_ENDS));
  }

  /** The last body site joined to the one at {@code site} ({@code site} if none is). */
  private static int lastJoinedSite(Toks toks, int[] owner, int site) {
    int more = site;
    for (int next = nextSite(toks, owner, more + 1); next >= 0;
        next = nextSite(toks, owner, more + 1)) {
      more = next;
    }
    return more;
  }

  private static final LowerWords SITE_JOINS = LowerWords.of("and", "or", "y", "e", "o");

  /**
   * The body site joined at {@code k} to the one before by a comma or a conjunction, with only
   * determiners and side words between ("and the left hip"), or -1.
   */
  private static int nextSite(Toks toks, int[] owner, int k) {
    int j = skipSpaces(toks, k);
    if (j >= toks.size() || !(toks.isExactly(j, ",") || toks.kind(j) == Kind.WORD
        && owner[j] < 0 && toks.in(j, SITE_JOINS))) {
      return -1;
    }
    boolean joined = toks.kind(j) == Kind.WORD;
    for (int m = j + 1; m < toks.size(); m++) {
      if (toks.kind(m) == Kind.SPACE) {
        continue;
      }
      if (toks.kind(m) != Kind.WORD || owner[m] >= 0) {
        return -1;
      }
      if (toks.in(m, BODY_SITES)) {
        return m;
      }
      if (!joined && toks.in(m, SITE_JOINS)) {
        joined = true; // ", and pelvis"
      } else if (!toks.in(m, PHRASE_INNER)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The term starts the clause after a greeting and its vocative: "Hi Greg, [PT] ...", "Hola, [la
   * vacuna] ...". Between the comma and the greeting only a removed or capitalized name may stand.
   */
  private static boolean afterGreeting(Toks toks, int first, int[] owner) {
    int k = skipSpacesBack(toks, first - 1);
    if (k < 0 || !toks.isExactly(k, ",")) {
      return false;
    }
    int names = 0;
    for (k--; k >= 0; k--) {
      if (toks.kind(k) == Kind.SPACE) {
        continue;
      }
      if (toks.kind(k) != Kind.WORD) {
        return false;
      }
      if (toks.in(k, Rewriter.GREETINGS)) {
        return sentenceStart(toks, k);
      }
      if (names++ == 3 || !(owner[k] >= 0 || Character.isUpperCase(toks.charAt(k, 0)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether some removal without a rule replacement is a name or a clinical term. Only those are
   * generalized, and a merge of coordinated removals needs one (the later of the two is one).
   */
  private static boolean anyToGeneralize(List<Rewriter.Removal> removals) {
    for (Rewriter.Removal rm : removals) {
      if (rm.replacement() == null
          && (rm.category() == Category.NAME || clinical(rm.category()))) {
        return true;
      }
    }
    return false;
  }

  /** The first token at or after {@code k} that is not a space, or {@code toks.size()}. */
  private static int skipSpaces(Toks toks, int k) {
    while (k < toks.size() && toks.kind(k) == Kind.SPACE) {
      k++;
    }
    return k;
  }

  /**
   * Joins removal {@code r} with the removals coordinated after it ("your colonoscopy and
   * mammogram", "Maria, Jose and Ana"): one range, one replacement. Returns whether they were
   * joined by "and" (the replacement is then plural).
   */
  private static boolean mergeCoordinated(Toks toks, int[] owner, int[] spanFirst,
      int[] spanLast, int[] from, int[] to, List<Rewriter.Removal> removals, int r) {
    boolean and = false;
    boolean name = removals.get(r).category() == Category.NAME;
    int n = toks.size();
    while (true) {
      int k = skipSpaces(toks, spanLast[r] + 1);
      if (k >= n) {
        return and;
      }
      // "and", "y", "&" and "," join into a plural; "or" and "o" do not
      boolean joinsMany = toks.isLower(k, "and") || toks.isLower(k, "y")
          || toks.isLower(k, "&") || toks.isLower(k, ",");
      boolean conj = joinsMany || toks.isLower(k, "or") || toks.isLower(k, "o");
      if (!conj) {
        return and;
      }
      int j = skipSpaces(toks, k + 1);
      if (toks.isLower(k, ",") && j < n && (toks.isLower(j, "and") || toks.isLower(j, "y"))) {
        // an Oxford comma: ", and"
        j = skipSpaces(toks, j + 1);
      }
      // a modifier of the next term goes with it: "hearing screen and 4-year shots"
      int m = j;
      while (!name && m < n && owner[m] < 0 && (toks.kind(m) == Kind.SPACE
          || toks.isExactly(m, "-") || (toks.kind(m) == Kind.WORD && (toks.in(m, MODIFIERS)
              || toks.in(m, REPEATED_DETERMINERS)
              || isNumber(toks, m) || isDurationOrOrdinal(toks, m))))) {
        m++;
      }
      if (m < n && owner[m] >= 0 && owner[m] != r) {
        j = m;
      }
      if (j >= n || owner[j] < 0 || owner[j] == r) {
        return and;
      }
      int r2 = owner[j];
      Rewriter.Removal other = removals.get(r2);
      boolean otherName = other.category() == Category.NAME;
      if (other.replacement() != null || spanFirst[r2] < 0 || name != otherName
          || (!name && !clinical(other.category()))) {
        return and;
      }
      and |= joinsMany;
      to[r] = to[r2];
      spanLast[r] = spanLast[r2];
      for (int t = 0; t < owner.length; t++) {
        if (owner[t] == r2 || (t > k - 1 && t < j)) {
          owner[t] = r;
        }
      }
      from[r2] = -1;
      to[r2] = -1;
      spanFirst[r2] = -1;
    }
  }

  private static final LowerWords SALUTATIONS =
      LowerWords.of("dear", "estimado", "estimada", "querido", "querida", "apreciado",
          "apreciada");

  /**
   * What stands in for a removed name: "Dear Robert," -> "Dear patient,"; "Kevin's results" ->
   * "the results"; otherwise nothing.
   */
  private static @Nullable String person(Toks toks, int[] from, int[] to, int r, int first,
      int last, boolean spanish, boolean plural) {
    int end = to[r];
    int own = possessiveLength(toks.text, end);
    if (own > 0) {
      to[r] = end + own;
      int p = prevWord(toks, first - 1);
      if (p >= 0 && p == first - 2 && toks.in(p, RELATIONS)) {
        // "your wife Greta's biopsy" -> "your wife's biopsy": the 's goes to the relation
        from[r] = toks.end(p);
        return "'s";
      }
      return "the";
    }
    int p = prevWord(toks, first - 1);
    int next = nextWord(toks, last + 1);
    if (p >= 0 && toks.in(p, SALUTATIONS)
        && !(next >= 0 && (toks.isLower(next, "family") || toks.isLower(next, "familia")))) {
      // ("Dear Nguyen family" -> "Dear family": the family is already named)
      return spanish ? (plural ? "pacientes" : "paciente") : (plural ? "patients" : "patient");
    }
    if (!plural && next >= 0 && toks.in(next, SUBJECT_VERBS)) {
      if (sentenceStart(toks, first)) {
        // "Zephyrine Lopez has an appointment" -> "The patient has an appointment"
        return spanish ? "el paciente" : "the patient";
      }
      int title = titleBefore(toks, first);
      if (title >= 0) {
        // "reminder that Mr. Feld has his appt" -> "reminder that the patient has his appt"
        from[r] = toks.start(title);
        return spanish ? "el paciente" : "the patient";
      }
    }
    return null;
  }

  /**
   * Heads of a term that are themselves generic: a group or class of any kind, a card, kit or log
   * ("your diary card" -> "your card"), an interpreter, meals, a stay ("your ASL interpreter" ->
   * "your interpreter", "your medically tailored meals" -> "your meals"). Not "session": a
   * stricter policy reads "your session" as therapy.
   */
  private static final LowerWords GATHERINGS =
      LowerWords.of("group", "groups", "class", "classes", "meeting", "meetings", "grupo",
          "grupos", "clase", "clases", "reunión", "reunion", "reuniones", "taller", "talleres",
          "workshop", "workshops", "card", "cards", "kit", "kits", "log", "logs", "packet",
          "packets", "tarjeta", "tarjetas", "registro", "paquete", "plan", "plans", "program",
          "programs", "programa", "programas", "interpreter", "interpreters", "meal", "meals",
          "stay", "prescription");

  /** Last words of a device the patient uses or picks up. */
  private static final LowerWords DEVICES =
      LowerWords.of("aid", "aids", "glasses", "eyeglasses", "lens", "lenses", "concentrator",
          "scooter", "rollator", "lift", "stimulator", "commode", "chair",
          "machine", "monitor", "pump", "brace", "boot", "splint", "walker", "wheelchair", "cpap",
          "bipap", "nebulizer", "meter", "sling", "crutches", "lentes", "anteojos", "auditivo",
          "auditivos", "audífonos", "audifonos", "concentrador", "bomba", "férula", "ferula",
          "muletas", "silla", "cabestrillo", "nebulizador", "glucometer", "oximeter", "cuff",
          "glucómetro", "glucometro", "oxímetro", "oximetro", "baumanómetro", "baumanometro",
          "pacemaker", "defibrillator", "recorder", "marcapasos", "desfibrilador", "aligner",
          "aligners", "retainer", "retainers", "dentures", "denture");

  private static final LowerWords ARRIVAL_VERBS =
      LowerWords.of("arrived", "arrives", "arrive", "ships", "shipped", "llegaron", "llegó",
          "llego", "llegará", "llegara");

  private static final LowerWords READY_LINKS =
      LowerWords.of("is", "are", "have", "has", "están", "estan", "está", "esta", "ya", "now");

  private static final LowerWords READY_WORDS =
      LowerWords.of("ready", "back", "arrived", "here", "listos", "listas", "listo",
          "lista", "disponibles", "disponible");

  /**
   * "are ready", "have arrived", "ya están listos", "llegaron" from token {@code k}. Not "are
   * in", which results are too.
   */
  private static boolean readyAfter(Toks toks, int k) {
    int w = nextWord(toks, k);
    int links = 0;
    while (w >= 0 && links < 3 && toks.in(w, READY_LINKS)) {
      w = nextWord(toks, w + 1);
      links++;
    }
    return w >= 0 && (toks.in(w, ARRIVAL_VERBS) || links > 0 && toks.in(w, READY_WORDS));
  }

  /** Spanish articles in pairs, masculine then feminine. */
  private static final String[] ARTICLE_PAIRS = {"el", "la", "los", "las", "un", "una", "unos",
      "unas", "este", "esta", "estos", "estas", "nuestro", "nuestra", "nuestros", "nuestras"};

  /** "su" -> "sus", "tu" -> "tus" before a plural generic noun. */
  private static void pluralDeterminer(Toks toks, int det) {
    String to = toks.isLower(det, "su") ? "sus" : toks.isLower(det, "tu") ? "tus" : null;
    if (to != null) {
      replaceWord(toks, det, to);
    }
  }

  /** Replaces the word at {@code k} with {@code to}, capitalized as the word was. */
  private static void replaceWord(Toks toks, int k, String to) {
    toks.replace(k, Kind.WORD,
        Character.isUpperCase(toks.charAt(k, 0)) ? Rewriter.capitalize(to) : to);
  }

  /**
   * Makes the Spanish article at {@code det} agree with the gender of the generic noun put after
   * it ({@code null}: leave it).
   */
  private static void agree(Toks toks, int det, @Nullable Boolean feminine) {
    if (feminine == null) {
      return;
    }
    for (int i = 0; i < ARTICLE_PAIRS.length; i += 2) {
      String from = ARTICLE_PAIRS[feminine ? i : i + 1];
      if (toks.isLower(det, from)) {
        replaceWord(toks, det, ARTICLE_PAIRS[feminine ? i + 1 : i]);
        return;
      }
    }
  }

  private static final String[] ROLE_ENDINGS = {"ist", "ists", "ista", "istas", "ian", "ians",
      "examiner", "ologo", "ólogo", "ologa", "óloga", "ologos", "ólogos", "iatra", "iatras",
      "euta", "eutas", "selor", "selors", "jero", "jera", "geon", "geons", "doctor", "doctors"};

  /** Service roles that do not end like a specialist's title ("midwife", "partera"). */
  private static final LowerWords SERVICE_ROLES = LowerWords.of("therapist", "terapeuta",
      "midwife", "partera", "counselor", "consejera", "consejero", "cnm", "educator",
      "educadora", "educador", "navigator", "navegadora", "navegador", "logopeda");

  /** The next word, in the sentence, stays and is no function word: the person's name. */
  private static boolean personFollows(Toks toks, int from, int[] owner) {
    int k = nextWord(toks, from);
    return k >= 0 && owner[k] < 0 && !toks.removed(k) && !toks.in(k, NOT_A_NAME)
        && !nextIsPunctuation(toks, from);
  }

  private static final LowerWords NOT_A_NAME = LowerWords.of("is", "are", "was", "will", "at",
      "on", "in", "for", "to", "and", "or", "with", "es", "en", "el", "la", "y", "o", "con",
      "para", "de", "del", "al", "has", "have", "can", "would", "wants", "quiere", "reporta");

  /**
   * The word right before {@code first} is a role another removal takes: "la [consejera]
   * [genética] le llamará" -> "la profesional le llamará", not "la cita".
   */
  private static boolean removedRoleBefore(Toks toks, int first, int[] owner) {
    int k = prevWord(toks, first - 1);
    return k >= 0 && owner[k] >= 0 && (toks.in(k, SERVICE_ROLES) || roleNoun(toks, k));
  }

  /** A credential in capitals: "PMHNP", "LCSW" (two letters or more, no digit). */
  private static boolean credential(Toks toks, int k) {
    int len = toks.length(k);
    if (len < 2) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (!Character.isUpperCase(toks.charAt(k, i))) {
        return false;
      }
    }
    return true;
  }

  /** A word for a clinician of the specialty: "oncologist", "pediatrician", "cardióloga". */
  private static boolean roleNoun(Toks toks, int k) {
    for (String e : ROLE_ENDINGS) {
      if (toks.endsWithLower(k, e)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of a condition's course: what follows a condition that is no visit label. */
  /** How a condition is doing, asked or told: "how bad is your headache today?". */
  private static final LowerWords HOW_IT_IS = LowerWords.of("today", "tonight", "doing",
      "feeling", "better", "worse", "hoy");

  private static final LowerWords COURSE_VERBS =
      LowerWords.of("gets", "get", "got", "becomes", "worsens", "spreads", "improves", "returns",
          "persists", "lasts", "continues", "empeora", "mejora", "persiste", "regresa", "vuelve",
          "continúa", "continua", "dura", "should", "will", "may", "might", "can", "could",
          "broke", "cleared", "resolved", "debería", "deberia", "puede", "podría", "podria",
          "is", "was", "looks", "está", "esta", "sigue", "doing", "healing", "going", "eases",
          "lingers", "comes", "come", "does", "doesn't", "do", "don't");

  /** Relatives named before a name: "your wife Greta", "your son Leo". */
  private static final LowerWords RELATIONS =
      LowerWords.of("wife", "husband", "son", "daughter", "child", "kid", "mother", "father",
          "mom", "dad", "partner", "spouse", "brother", "sister", "baby", "grandson",
          "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "newborn");

  private static final LowerWords SUBJECT_VERBS =
      LowerWords.of("is", "has", "was", "will", "needs", "can", "should", "must", "missed", "had",
          "tiene", "es", "esta", "está", "necesita", "debe", "tuvo", "fue", "faltó", "falto");

  /** A place that a removed term names the care of: "the Anticoagulation Clinic". */
  private static final LowerWords CLINIC_HEADS =
      LowerWords.of("clinic", "clinics", "center", "centre", "clinica", "clínica", "centro");

  /** Departments named by their initials: where the recipient was, not a visit. */
  private static final LowerWords DEPARTMENTS = LowerWords.of("ed", "er", "icu", "nicu", "picu");

  /** Names of places: a removed one ("the cancer center") gives way to "the office". */
  private static final LowerWords FACILITIES =
      LowerWords.of("center", "centre", "centers", "clinic", "clinics", "office", "offices",
          "institute", "hospital", "practice", "group", "associates", "specialists", "centro",
          "clinica", "clínica", "consultorio", "instituto", "unidad", "dental", "dentistry",
          "pharmacy", "farmacia");

  private static final LowerWords ADMINISTERED =
      LowerWords.of("injection", "injections", "shot", "shots", "infusion", "infusions",
          "inyeccion", "inyección", "infusión");

  /** The last word token inside {@code [from, to)}, or -1. */
  private static int lastWordOf(Toks toks, int from, int to) {
    int last = -1;
    for (int k = toks.firstAt(from); k < toks.size() && toks.end(k) <= to; k++) {
      if (toks.kind(k) == Kind.WORD) {
        last = k;
      }
    }
    return last;
  }

  private static final LowerWords FEMININE =
      LowerWords.of("la", "las", "una", "esta", "nuestra", "nuestras", "su", "sus");

  private static final LowerWords PLURAL_VERBS =
      LowerWords.of("are", "were", "have", "son", "están", "estan", "fueron", "serán", "seran");

  /** Plural verbs and their singulars, in pairs. */
  private static final String[] PLURAL_TO_SINGULAR = {
      "are", "is", "were", "was", "have", "has", "son", "es", "están", "está", "estan", "esta",
      "fueron", "fue", "serán", "será", "seran", "sera"};

  /** The verb at {@code k}, if plural, in the singular: what two nouns agreed with, one does. */
  private static void singularVerb(Toks toks, int k) {
    if (k < 0) {
      return;
    }
    for (int i = 0; i < PLURAL_TO_SINGULAR.length; i += 2) {
      if (toks.isLower(k, PLURAL_TO_SINGULAR[i])) {
        String one = PLURAL_TO_SINGULAR[i + 1];
        toks.replace(k, Kind.WORD,
            Character.isUpperCase(toks.charAt(k, 0)) ? Rewriter.capitalize(one) : one);
        return;
      }
    }
  }

  private static boolean pluralVerbFollows(Toks toks, int next) {
    return next >= 0 && toks.in(next, PLURAL_VERBS);
  }

  private static final LowerWords OF_FOR =
      LowerWords.of("for", "para", "of", "de", "del");

  private static final LowerWords VISIT_NOUNS =
      LowerWords.of("appointment", "appt", "visit", "cita", "consulta", "visita", "pastilla",
          "pastillas", "medicina", "medicinas", "medicamento", "medicamentos", "pill", "pills",
          "medicine", "medicines", "medication", "medications", "meds", "supplies", "insumos");

  /**
   * Before the determiner at {@code det}: a preposition ("for", "para", "of", "de") and, earlier
   * in the sentence, a visit noun the phrase only qualifies. The whole phrase then goes: "your
   * appt for your mammogram" -> "your appt", "su cita para la prueba" -> "su cita".
   */
  private static boolean visitNounBefore(Toks toks, int det, int[] from, int r) {
    int p = prevWord(toks, det - 1);
    if (p < 0 || !toks.in(p, OF_FOR)) {
      return false;
    }
    for (int k = p - 1; k >= 0; k--) {
      if (toks.isSentenceEnd(k) || toks.kind(k) == Kind.NEWLINE) {
        return false;
      }
      if (toks.kind(k) == Kind.WORD && !toks.removed(k) && toks.in(k, VISIT_NOUNS)) {
        from[r] = toks.start(p);
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalized practice name at {@code first} after "from" or "with" (Spanish "de", "con")
   * that follows a capitalized word that stays, inside its sentence: "it's Kelsey from Riverbend
   * Kidney Care", "it's Jenna with Evergreen Hospice", "soy Ana de Clínica Luz".
   */
  private static boolean fromAPerson(Toks toks, int first, int[] owner) {
    if (!Character.isUpperCase(toks.charAt(first, 0))) {
      return false;
    }
    int prep = prevWord(toks, first - 1);
    if (prep < 0 || !(toks.isLower(prep, "from") || toks.isLower(prep, "de")
        || toks.isLower(prep, "del") || toks.isLower(prep, "with") || toks.isLower(prep, "con"))) {
      return false;
    }
    int person = prevWord(toks, prep - 1);
    // the person is not the sentence's first word: "Reminder from X", "Statement from X" are
    // headers, and lose the practice whole
    return person >= 0 && owner[person] < 0 && !toks.removed(person)
        && Character.isUpperCase(toks.charAt(person, 0)) && !sentenceStart(toks, person);
  }

  /** The practice introduces itself: "This is [X] confirming", "it's [X]", "le habla [X]". */
  private static boolean senderIntroduced(Toks toks, int first) {
    int verb = prevWord(toks, first - 1);
    if (verb < 0) {
      return false;
    }
    if (toks.isLower(verb, "it's") || toks.isLower(verb, "habla") || toks.isLower(verb, "somos")) {
      return true;
    }
    int subject = prevWord(toks, verb - 1);
    return subject >= 0 && toks.isLower(verb, "is") && toks.isLower(subject, "this");
  }

  private static int prevWord(Toks toks, int from) {
    for (int k = from; k >= 0; k--) {
      if (toks.kind(k) == Kind.SPACE) {
        continue;
      }
      return toks.kind(k) == Kind.WORD ? k : -1;
    }
    return -1;
  }

  /**
   * The length of a possessive at {@code at}, right after a word: 2 for {@code 's} or
   * {@code ’s}, 1 for an apostrophe alone after a final s ("Carlos' meds"), else 0.
   */
  private static int possessiveLength(String text, int at) {
    if (at >= text.length() || at == 0) {
      return 0;
    }
    char ap = text.charAt(at);
    if (ap != '\'' && ap != '\u2019') {
      return 0;
    }
    if (at + 1 < text.length() && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
        && (at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)))) {
      return 2;
    }
    char last = text.charAt(at - 1);
    boolean alone = at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1));
    return alone && (last == 's' || last == 'S') ? 1 : 0;
  }

  private static boolean clinical(@Nullable Category c) {
    return c == Category.PROCEDURE || c == Category.SPECIALTY || c == Category.CONDITION
        || c == Category.MEDICATION;
  }

  /**
   * A generic noun that stands in for a removed term, in English and Spanish, singular and plural,
   * and the gender a Spanish article before it must take ({@code null}: leave the article as it
   * is: "profesional" takes either, and the office and condition nouns are chosen by it).
   */
  private record Noun(String en, String enMany, String es, String esMany,
      @Nullable Boolean feminine) {
    String in(boolean spanish, boolean many) {
      return spanish ? (many ? esMany : es) : (many ? enMany : en);
    }
  }

  private static final Noun APPOINTMENT = new Noun("appointment", "appointments", "cita",
      "citas", true);
  private static final Noun PRESCRIPTION = new Noun("prescription", "prescriptions", "receta",
      "recetas", true);
  private static final Noun ORDER = new Noun("order", "orders", "pedido", "pedidos", false);
  private static final Noun DEVICE = new Noun("device", "devices", "dispositivo", "dispositivos",
      false);
  private static final Noun PROVIDER = new Noun("provider", "providers", "profesional",
      "profesionales", null);
  private static final Noun OFFICE = new Noun("office", "offices", "consultorio", "consultorios",
      null);
  private static final Noun CLINIC = new Noun("office", "offices", "clínica", "clínicas", null);
  private static final Noun PROBLEM = new Noun("condition", "symptoms", "problema", "problemas",
      null);
  private static final Noun AILMENT = new Noun("condition", "symptoms", "afección", "afecciones",
      null);

  /**
   * The generic noun for a removed term; a drug given as an injection or infusion ({@code
   * administered}) names a visit, not a prescription.
   */
  private static Noun generic(@Nullable Category c, boolean administered) {
    return c == Category.MEDICATION && !administered ? PRESCRIPTION : APPOINTMENT;
  }

  /** The token before {@code first}, across spaces, is a colon. */
  private static boolean afterColon(Toks toks, int first) {
    int k = skipSpacesBack(toks, first - 1);
    return k >= 0 && toks.isExactly(k, ":");
  }

  /** From {@code k}, across spaces: the end of the text, a line break or a sentence end. */
  private static boolean endsSentence(Toks toks, int k) {
    k = skipSpaces(toks, k);
    return k >= toks.size() || toks.isSentenceEnd(k);
  }

  /** The next word token after spaces only, or -1. */
  private static int nextWord(Toks toks, int from) {
    for (int k = from; k < toks.size(); k++) {
      if (toks.kind(k) == Kind.SPACE) {
        continue;
      }
      return toks.kind(k) == Kind.WORD ? k : -1;
    }
    return -1;
  }

  private static boolean nextIsPunctuation(Toks toks, int from) {
    for (int k = from; k < toks.size(); k++) {
      if (toks.kind(k) == Kind.SPACE) {
        continue;
      }
      return toks.kind(k) == Kind.PUNCT
          && (toks.isExactly(k, ":") || toks.isExactly(k, ",") || toks.isExactly(k, "!")
              || toks.isExactly(k, "|") || toks.isExactly(k, "-"));
    }
    return false;
  }

  /**
   * The determiner before the term with only modifiers (and other removed terms) between, or -1.
   */
  private static int determinerBefore(Toks toks, int first, int[] owner) {
    for (int k = first - 1; k >= 0; k--) {
      if (toks.kind(k) == Kind.SPACE || owner[k] >= 0) {
        continue;
      }
      if (toks.kind(k) == Kind.PUNCT) {
        if (toks.isExactly(k, "-")) {
          continue;
        }
        return -1;
      }
      if (toks.kind(k) != Kind.WORD) {
        return -1;
      }
      if (toks.in(k, DETERMINERS) || toks.endsWithLower(k, "'s")
          || toks.endsWithLower(k, "\u2019s")) {
        return k; // "your", "la", or a possessive: "your son's"
      }
      if (k >= 2 && toks.isExactly(k, "s") && (toks.isExactly(k - 1, "'")
          || toks.isExactly(k - 1, "\u2019")) && owner[k - 2] >= 0) {
        return k; // the 's of a removed name: "Emma's flu shot" -> "The appointment"
      }
      if (toks.in(k, MODIFIERS) || isNumber(toks, k) || isDurationOrOrdinal(toks, k)) {
        continue;
      }
      return -1;
    }
    return -1;
  }

  private static final LowerWords UNIT_SUFFIXES =
      LowerWords.of("day", "days", "week", "weeks", "month", "months", "year", "years", "-day",
          "-week", "-month", "-year", "st", "nd", "rd", "th", "er", "do", "da", "ro", "ra", "to",
          "ta", "º", "ª", "o", "a", "min", "-min", "-minute", "minute", "-hour", "hr", "-hr");

  /** "6-month", "2-week", "2nd", "3rd", "10th", "2da": modifiers like "annual". */
  private static boolean isDurationOrOrdinal(Toks toks, int k) {
    int len = toks.length(k);
    int i = 0;
    while (i < len && Character.isDigit(toks.charAt(k, i))) {
      i++;
    }
    return i > 0 && i < len && toks.in(k, i, UNIT_SUFFIXES);
  }

  private static boolean sentenceStart(Toks toks, int first) {
    int k = skipSpacesBack(toks, first - 1);
    if (k >= 1 && toks.isExactly(k, ".") && toks.in(k - 1, ABBREVIATED_TITLES)) {
      return false; // "Mr. Feld has his appt": the title's dot ends no sentence
    }
    return k < 0 || toks.kind(k) == Kind.NEWLINE || toks.isSentenceEnd(k)
        || toks.isExactly(k, ":");
  }

  private static final LowerWords COURTESY_TITLES = LowerWords.of("mr", "mrs", "ms", "miss",
      "mx", "sr", "sra", "srta", "don", "doña", "dona", "señor", "señora", "senor", "senora");

  /** The courtesy title right before token {@code first} ("Mr." or "Mr"), or -1. */
  private static int titleBefore(Toks toks, int first) {
    int k = skipSpacesBack(toks, first - 1);
    if (k >= 1 && toks.isExactly(k, ".")) {
      k--;
    }
    return k >= 0 && toks.kind(k) == Kind.WORD && toks.in(k, COURTESY_TITLES) ? k : -1;
  }

  private static final LowerWords ABBREVIATED_TITLES = LowerWords.of("mr", "mrs", "ms", "dr",
      "dra", "sr", "sra", "srta", "st", "mt", "jr", "prof");

  /** The last token at or before {@code k} that is not a space, or -1. */
  private static int skipSpacesBack(Toks toks, int k) {
    while (k >= 0 && toks.kind(k) == Kind.SPACE) {
      k--;
    }
    return k;
  }

  /**
   * "Reminder - [stress test] on Monday": a clinical term after a header word and a spaced dash,
   * with the sentence going on after it on the same line, starts what follows. (A practice name
   * closing a signature line, "Recepción - Dental Sonrisa", does not.)
   */
  private static boolean afterHeaderDash(Toks toks, int first, int last, Category c) {
    if (c == Category.SPECIALTY) {
      return false;
    }
    int k = skipSpacesBack(toks, first - 1);
    return k > 0 && isDash(toks, k) && toks.kind(k - 1) == Kind.SPACE
        && nextWord(toks, last + 1) >= 0;
  }

  /** "-", "–", "—": after a header word and a space, a dash starts what follows. */
  private static boolean isDash(Toks toks, int k) {
    return toks.isExactly(k, "-") || toks.isExactly(k, "\u2013") || toks.isExactly(k, "\u2014");
  }

  /** All digits (and not empty); lower-casing changes no digit, so the token itself will do. */
  private static boolean isNumber(Toks toks, int k) {
    int len = toks.length(k);
    for (int i = 0; i < len; i++) {
      if (!Character.isDigit(toks.charAt(k, i))) {
        return false;
      }
    }
    return len > 0;
  }

  static boolean isSpanish(Toks toks) {
    int es = 0;
    int en = 0;
    for (int k = 0; k < toks.size(); k++) {
      if (toks.kind(k) != Kind.WORD) {
        continue;
      }
      if (toks.in(k, SPANISH)) {
        es++;
      } else if (toks.in(k, ENGLISH)) {
        en++;
      }
    }
    return es > en;
  }
}
