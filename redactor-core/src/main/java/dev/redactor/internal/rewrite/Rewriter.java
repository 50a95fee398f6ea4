package dev.redactor.internal.rewrite;

import dev.redactor.Category;
import dev.redactor.internal.IntArrays;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes ranges from a message and repairs the sentence around each removal, so the result reads
 * as if a person had written it without the removed part.
 *
 * <p>The text is split into tokens (words, spaces, line breaks, punctuation). Removal marks
 * tokens; then, around each removal only:
 *
 * <ol>
 *   <li>a connector left hanging before the removed part goes with it ("call you <u>at</u>
 *       617-555-0142", "<u>your</u> MRN 123") and so do brackets around it;
 *   <li>doubled punctuation collapses (", ," → ","; ", ." → "."), punctuation never starts a
 *       sentence, spaces never precede {@code , . ; : ! ?};
 *   <li>{@code a}/{@code an} agree with the word now following;
 *   <li>a sentence left with no content word ("Your ." after removing "MRN 123") is dropped;
 *   <li>a sentence whose first word was removed starts with a capital again.
 * </ol>
 *
 * <p>Tokens are offsets into the text, held in one {@link Toks} table: no string and no object
 * per token. Only a token put in place of another (a generic word, a capitalized word, an
 * article) carries a string of its own. Word lists are {@link LowerWords}, looked up by range.
 * The result is built in one {@link StringBuilder}.
 *
 * <p>Returns null when nothing worth sending remains. Stateless and thread-safe.
 */
public final class Rewriter {
  private Rewriter() {}

  private static final LowerWords CONNECTORS =
      LowerWords.of(
          "at", "to", "on", "for", "with", "w/", "of", "from", "by", "via", "is", "as", "under",
          "using", "#", "in", "about", "regarding", "en", "al", "de", "del", "para", "con", "por",
          "es", "sobre");

  private static final LowerWords DETERMINERS =
      LowerWords.of("your", "his", "her", "their", "the", "our", "my", "su", "sus", "tu", "el",
          "la");

  /** Besides {@link #DETERMINERS}, the words that start a noun phrase. */
  private static final LowerWords ARTICLES = LowerWords.of("a", "an", "un", "una", "los", "las");

  private static final LowerWords FUNCTION_WORDS =
      LowerWords.of(
          "your", "my", "his", "her", "their", "our", "the", "a", "an", "is", "are", "was", "be",
          "at", "to", "on", "for", "with", "w/", "of", "from", "by", "and", "or", "as", "number",
          "no", "su", "sus", "el", "la", "los", "las", "de", "del", "en", "es", "y", "o", "con",
          "por", "para", "un", "una", "it", "this", "that", "its", "you", "we", "us", "here", "has",
          "have", "will", "al", "lo", "le", "se", "mi", "tu");

  static final LowerWords GREETINGS =
      LowerWords.of("hi", "hello", "hey", "dear", "thanks", "thank", "hola", "gracias",
          "estimado", "estimada", "querido", "querida", "buenos", "buenas", "morning",
          "afternoon", "evening", "días", "dias", "tardes", "noches");

  /**
   * Words the Spanish "a" never stands before: after "a [removed name]" they take up the object
   * ("le", "ya le") or start the next phrase ("a las 7:30").
   */
  private static final LowerWords AFTER_PERSONAL_A =
      LowerWords.of("le", "les", "se", "ya", "me", "nos", "a", "al");

  /** Articles that cannot end a phrase: "the." and "el." are what a removal left behind. */
  private static final LowerWords HANGING_ARTICLES =
      LowerWords.of("the", "el", "la", "los", "las", "un", "una");

  /** Words that go on from a sentence, not from a place's name, after "@ [place]". */
  private static final LowerWords AFTER_A_PLACE = LowerWords.of("is", "are", "was", "will", "on",
      "at", "tmrw", "tomorrow", "today", "tonight", "for", "in", "from", "with", "this", "next",
      "es", "esta", "mañana", "hoy", "el", "para", "con");

  /**
   * Last words of a label that names whom or what its value is ("Name:", "Patient:", "Re:"), not
   * what the message is ("Reminder:"): with its value gone, such a label says nothing.
   */
  private static final LowerWords VALUE_LABELS =
      LowerWords.of("name", "names", "patient", "pt", "member", "client", "resident", "child",
          "student", "subscriber", "beneficiary", "insured", "guarantor", "dob", "birth",
          "birthdate", "re", "attn", "attention", "to", "for", "nombre", "nombres", "paciente",
          "miembro", "cliente", "residente", "hijo", "hija", "estudiante", "alumno", "asegurado",
          "titular", "nacimiento", "para");

  private static final LowerWords PREPOSITIONS =
      LowerWords.of("at", "to", "on", "for", "with", "w/", "of", "from", "by", "via", "in",
          "about", "en", "de", "para", "con", "por", "a", "al");

  enum Kind {
    WORD,
    SPACE,
    NEWLINE,
    PUNCT
  }

  /**
   * One part to remove, in UTF-16 offsets: {@code from} is where a label starts ("MRN 123", "aged
   * 92") or the value itself; {@code to} may run past the value ("92-year-old").
   *
   * @param from start of the label, or of the value when there is none
   * @param valueStart start of the value
   * @param to end of what to remove
   */
  public record Removal(int from, int valueStart, int to, @Nullable Category category,
      @Nullable String replacement) {
    /** Validates the offsets. */
    public Removal {
      if (from < 0 || from > valueStart || valueStart >= to) {
        throw new IllegalArgumentException("bad removal [" + from + ", " + valueStart + ", " + to
            + ")");
      }
    }

    /** A plain removal. */
    public Removal(int from, int valueStart, int to) {
      this(from, valueStart, to, null, null);
    }

    boolean labelled() {
      return from < valueStart;
    }
  }

  /**
   * {@code text} without the given parts, repaired.
   *
   * @return the rewritten text, or null if no sentence with content remains
   * @throws IllegalArgumentException if a removal ends past the end of the text
   */
  public static @Nullable String rewrite(String text, List<Removal> removals) {
    int count = removals.size();
    // The range of removal r is [from[r], to[r]); the Generalizer may move or merge ranges.
    int[] from = new int[count];
    int[] to = new int[count];
    boolean[] labelled = new boolean[count];
    RunStarts runs = null;
    for (int i = 0; i < count; i++) {
      Removal r = removals.get(i);
      if (r.to > text.length()) {
        throw new IllegalArgumentException("removal [" + r.from + ", " + r.to
            + ") ends past the text (length " + text.length() + ")");
      }
      // A label that is the subject of the sentence stays: "Rx #7788123 is ready" becomes
      // "Rx is ready", not "Is ready". After a preposition it is not the subject: "your claim
      // for CPT 70553 was approved" loses the label with its code.
      // The verb may follow other removed parts: "Rx 4471928 ATORVASTATIN 20MG is ready".
      if (r.labelled() && runs == null) {
        runs = RunStarts.of(removals);
      }
      int end = r.labelled() ? runs.runEnd(text, r.to) : r.to;
      boolean subject = r.labelled() && !prepositionBefore(text, r.from)
          && (verbFollows(text, end)
              || (wordBefore(text, r.from, POSSESSIVES) && prepositionFollows(text, end)));
      from[i] = subject ? r.valueStart : r.from;
      to[i] = r.to;
      labelled[i] = r.labelled() && !subject;
    }
    Toks toks = Toks.of(text, from, to);
    boolean spanish = Generalizer.isSpanish(toks);
    @Nullable String[] replacements = Generalizer.replacements(toks, from, to, removals, spanish);
    markRemovals(toks, from, to, labelled, replacements, removals, spanish);
    toks.closeGaps();
    repair(toks);
    return render(toks);
  }

  /**
   * The removals' start offsets, sorted and distinct, each with the furthest end of a removal
   * starting there: {@link #runEnd} looks a start up by binary search, so a message with many
   * labelled identifiers is not quadratic in them.
   */
  private static final class RunStarts {
    private final int[] starts;
    private final int[] ends;

    private RunStarts(int[] starts, int[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    static RunStarts of(List<Removal> removals) {
      int n = removals.size();
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((long) removals.get(i).from << 32) | removals.get(i).to;
      }
      Arrays.sort(packed);
      int[] starts = new int[n];
      int[] ends = new int[n];
      int m = 0;
      for (long p : packed) {
        int from = (int) (p >>> 32);
        int to = (int) p;
        if (m > 0 && starts[m - 1] == from) {
          ends[m - 1] = Math.max(ends[m - 1], to);
        } else {
          starts[m] = from;
          ends[m] = to;
          m++;
        }
      }
      return new RunStarts(Arrays.copyOf(starts, m), Arrays.copyOf(ends, m));
    }

    /**
     * Where the run of removals that starts at {@code to} ends: past every removal that begins
     * after spaces only, so a label's value followed by a removed term is one stretch.
     */
    int runEnd(String text, int to) {
      int end = to;
      while (true) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
        int k = Arrays.binarySearch(starts, i);
        if (k < 0 || ends[k] <= end) {
          return end;
        }
        end = ends[k];
      }
    }
  }

  /** The head of a staff role a removed word may qualify: "[perinatal] social worker". */
  private static final LowerWords ROLE_HEADS = LowerWords.of("social", "worker", "nurse",
      "coordinator", "navigator", "specialist", "assistant", "manager", "therapist", "counselor",
      "educator", "scheduler", "receptionist", "trabajadora", "trabajador", "enfermera",
      "enfermero", "coordinadora", "coordinador");

  private static final LowerWords VERBS =
      LowerWords.of("is", "was", "are", "were", "will", "has", "have", "had", "can", "should",
          "es", "está", "esta", "fue", "ha", "será", "sera", "estará", "estara", "quedó",
          "quedo", "queda", "remains");

  private static boolean prepositionBefore(String text, int from) {
    return wordBefore(text, from, PREPOSITIONS);
  }

  /*
   * "your claim #CLM-22 for the MRI was processed", "su reclamación #CLM-22 por la resonancia fue
   * procesada": a label after a possessive, with a prepositional phrase after the value, is a
   * noun the sentence is built on, so it stays ("Su número de expediente es 123." goes whole).
   */
  private static final LowerWords POSSESSIVES =
      LowerWords.of("your", "his", "her", "their", "our", "su", "sus", "tu", "tus");

  /** The noun phrase goes on after {@code to}: "#CLM-22 for the MRI", "#CLM-22 por la ...". */
  private static boolean prepositionFollows(String text, int to) {
    return wordAfter(text, to, PREPOSITIONS);
  }

  /** The word right before {@code from} (across spaces) is one of {@code words}. */
  private static boolean wordBefore(String text, int from, LowerWords words) {
    int j = from;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    int i = j;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i < j && j < from && words.contains(text, i, j);
  }

  private static boolean verbFollows(String text, int to) {
    // "Her student ID, 20419-88, is printed": the appositive's closing comma before the verb
    int i = to;
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    return wordAfter(text, i, VERBS);
  }

  /** The word right after {@code to} (across spaces) is one of {@code words}. */
  private static boolean wordAfter(String text, int to, LowerWords words) {
    int i = to;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && words.contains(text, i, j);
  }

  private static void markRemovals(Toks toks, int[] from, int[] to, boolean[] labelled,
      @Nullable String[] replacements, List<Removal> removals, boolean spanish) {
    int n = toks.size();
    for (int r = 0; r < from.length; r++) {
      int first = -1;
      int last = -1;
      for (int k = toks.firstAt(from[r]); k < n && toks.end(k) <= to[r]; k++) {
        toks.remove(k);
        if (first < 0) {
          first = k;
        }
        last = k;
      }
      if (first < 0) {
        continue;
      }
      String repl = replacements[r];
      if (repl != null && !repl.isEmpty()) {
        // generalize instead of removing: "your crown prep is" -> "your appointment is"
        int before = prevNonSpace(toks, first - 1);
        boolean start = before < 0 || toks.isSentenceEnd(before) || toks.is(before, ":");
        toks.replace(first, Kind.WORD, start ? capitalize(repl) : repl);
        toks.markGeneralized(first);
        continue;
      }
      // a link is what its label asks for ("Pay your balance here: <link>"): that label stays
      extend(toks, first, last, labelled[r], removals.get(r).category() != Category.URL,
          spanish);
    }
  }

  /** Whether tokens {@code first..last} open a bracket they do not close. */
  private static boolean opensBracket(Toks toks, int first, int last) {
    int depth = 0;
    for (int k = first; k <= last; k++) {
      if (toks.is(k, "(")) {
        depth++;
      } else if (toks.is(k, ")")) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** Takes a hanging connector, a possessive before a label, brackets and a doubled comma. */
  private static void extend(Toks toks, int first, int last, boolean labelled,
      boolean labelGoes, boolean spanish) {
    int before = prevNonSpace(toks, first - 1);
    int after = nextNonSpace(toks, last + 1);
    // brackets: "(MRN 123)"
    if (before >= 0 && after >= 0 && toks.is(before, "(") && toks.is(after, ")")) {
      for (int k = before; k <= after; k++) {
        toks.remove(k);
      }
      before = prevNonSpace(toks, before - 1);
      after = nextNonSpace(toks, after + 1);
    } else if (after >= 0 && toks.is(after, ")") && opensBracket(toks, first, last)) {
      // the removal took its label's "(": "Medicaid ID (88214736X) ended" loses the ")" too
      toks.remove(after);
      after = nextNonSpace(toks, after + 1);
    }
    // a connector right before: "at", "to", "number", "#", ":"
    boolean tookConnector = false;
    boolean tookColon = false;
    // "Reminder: [hospice] equipment delivery": a lower-case word after the removal goes on with
    // the value, so the colon before it stays
    boolean valueGoesOn = after >= 0 && toks.kind(after) == Kind.WORD
        && Character.isLowerCase(toks.charAt(after, 0));
    // ("Toni @ [Dermatology] billing" keeps its "@"; "Dr Kowalski @ [Lakeshore Psychiatric] is
    // tmrw" loses it: a verb or a time goes on from the person, not from the place)
    boolean placeGoesOn = valueGoesOn && !toks.in(after, AFTER_A_PLACE);
    while (before >= 0 && isConnector(toks, before)
        && !(valueGoesOn && toks.is(before, ":")) && !(placeGoesOn && toks.is(before, "@"))) {
      tookColon |= toks.is(before, ":");
      toks.remove(before);
      removeSpacesBetween(toks, before, first);
      tookConnector = true;
      first = before;
      before = prevNonSpace(toks, before - 1);
    }
    // "This message is for [Walter Abernathy]." goes whole, not "This message."
    // "Reminder for [J.R].: cleaning Fri": the initials' own full stop goes with them
    if (after >= 0 && after == last + 1 && toks.is(after, ".") && colonFollows(toks, after)) {
      toks.remove(after);
      after = nextNonSpace(toks, after + 1);
    }
    // ("Reminder for J.R.: cleaning Fri" keeps its "Reminder": the initials' full stop ends no
    // sentence when a colon follows it)
    if (tookConnector && (after < 0 || toks.isSentenceEnd(after) && !colonFollows(toks, after))) {
      int start = labelStart(toks, before, 4);
      int line = start;
      if (start < 0) {
        // "Hi, this is a message for [Gloria Nuñez]." goes whole, greeting and all
        line = wordRunStart(toks, before, 4);
        start = line >= 0 ? greetingBefore(toks, line) : -1;
      }
      if (start >= 0 && addressLine(toks, line, before)) {
        for (int k = start; k <= before; k++) {
          toks.remove(k);
        }
        removeSpacesBetween(toks, before, first);
        first = start;
        before = prevNonSpace(toks, start - 1);
      }
    }
    // Spanish "a" is "to", not an article: "su referido a [cardiología] fue aprobado" -> "su
    // referido fue aprobado", "llame a [Óptica Vista] al ..." -> "llame al ..."; what stands
    // before it stays ("Recordatorio: a [Mateo] le tocan" keeps its colon)
    boolean tookA = false;
    if (spanish && !tookConnector && before >= 0 && toks.kind(before) == Kind.WORD
        && toks.is(before, "a")) {
      toks.remove(before);
      removeSpacesBetween(toks, before, first);
      tookConnector = true;
      tookA = true;
      first = before;
      before = prevNonSpace(toks, before - 1);
    }
    // a label whose whole sentence was its value: "DOB: 03/14/1962." goes whole, not "DOB."
    // (A removal that took its own label, "Actualice su póliza: número de afiliado 123", leaves
    // what came before the colon.)
    if (labelGoes && !labelled && tookColon && (after < 0 || toks.isSentenceEnd(after))) {
      int start = labelStart(toks, before, 4);
      if (start >= 0) {
        for (int k = start; k <= before; k++) {
          toks.remove(k);
        }
        removeSpacesBetween(toks, before, first);
        first = start;
        before = prevNonSpace(toks, start - 1);
      }
    }
    // an appositive set off by commas: "Dr. Nguyen, [DDS] will see you" -> "Dr. Nguyen will",
    // "call us, [Maria], when you can" -> "call us when you can"
    // (not a role the removal qualified: "Courtney, [perinatal] social worker at ..." keeps its
    // comma, "Courtney social worker" reads as a name)
    if (!tookA && before >= 0 && toks.is(before, ",") && after >= 0
        && ((toks.kind(after) == Kind.WORD && Character.isLetter(toks.charAt(after, 0))
                && !isConjunction(toks, after) && !toks.in(after, ROLE_HEADS))
            || toks.is(after, ","))) {
      if (toks.is(after, ",")) {
        toks.remove(after);
        removeSpacesBetween(toks, last, after);
      }
      int word = prevNonSpace(toks, before - 1);
      if (word < 0 || !toks.in(word, GREETINGS)) { // "Hi, [Maria], your ..." keeps "Hi,"
        toks.remove(before);
        removeSpacesBetween(toks, before, first);
        first = before;
        before = word;
      }
    }
    // a coordinated noun phrase: "bring [your ID 123] and a photo ID" -> "bring a photo ID"
    // (not a preposition's object: "su correo a [correo] y su teléfono a [teléfono]" keeps its
    // "y"; an "&" is part of a name: "at [Smith] & Pratt" loses it)
    if (after >= 0 && isConjunction(toks, after) && (!tookConnector || toks.is(after, "&"))
        && (before < 0 || !toks.is(before, ","))) {
      int nextWord = nextNonSpace(toks, after + 1);
      if (nextWord >= 0 && startsNounPhrase(toks, nextWord)) {
        toks.remove(after);
        removeSpacesBetween(toks, last, nextWord);
      }
    }
    // the possessive of a removed label ("your MRN 123"), or one left hanging at the end of a
    // clause ("we have your cell as 617-555-0142.")
    if (before >= 0 && toks.kind(before) == Kind.WORD && toks.in(before, DETERMINERS)
        && (labelled || tookConnector && endsClause(toks, after))) {
      toks.remove(before);
      removeSpacesBetween(toks, before, first);
    }
  }

  /**
   * The first token of a short label (at most {@code maxWords} words, no digit) that ends at
   * {@code last} and starts a sentence or a line, or -1. Blanks read as spaces, so it serves the
   * kept tokens after {@link Toks#closeGaps} too.
   */
  private static int labelStart(Toks toks, int last, int maxWords) {
    int start = wordRunStart(toks, last, maxWords);
    if (start < 0) {
      return -1;
    }
    int k = beforeRun(toks, start);
    return k < 0 || toks.isSentenceEnd(k) ? start : -1;
  }

  /**
   * The first word of the run of words and spaces that ends at {@code last}, when it holds at
   * most {@code maxWords} words and no digit, or -1. The run stops at a removed token or at
   * anything that is neither a word nor a space.
   */
  private static int wordRunStart(Toks toks, int last, int maxWords) {
    int words = 0;
    int start = -1;
    for (int k = last; k >= 0 && !toks.removed(k); k--) {
      Kind kind = toks.kind(k);
      if (kind == Kind.WORD) {
        if (hasDigit(toks, k) || ++words > maxWords) {
          return -1;
        }
        start = k;
      } else if (kind != Kind.SPACE) {
        break;
      }
    }
    return start;
  }

  /** The token before the run that starts at {@code start}, across its spaces, or -1. */
  private static int beforeRun(Toks toks, int start) {
    int k = start - 1;
    while (k >= 0 && !toks.removed(k) && toks.kind(k) == Kind.SPACE) {
      k--;
    }
    return k;
  }

  /** The first token shown after token {@code k}, across spaces, is a colon. */
  private static boolean colonFollows(Toks toks, int k) {
    int next = nextNonSpace(toks, k + 1);
    return next >= 0 && toks.is(next, ":");
  }

  /** The words that say whom a message is for: "This message", "Este mensaje", "This reminder". */
  private static final LowerWords ADDRESS_LINE_WORDS = LowerWords.of("this", "message", "a",
      "the", "reminder", "voicemail", "text", "este", "mensaje", "un", "recordatorio", "is", "es");

  /**
   * The greeting that opens the sentence, then a comma, right before the run of words that starts
   * at {@code run} ("Hi, this is a message", "Good morning, this message"), or -1.
   */
  private static int greetingBefore(Toks toks, int run) {
    int k = beforeRun(toks, run);
    if (k < 1 || !toks.is(k, ",")) {
      return -1;
    }
    int g = prevNonSpace(toks, k - 1);
    if (g < 0 || toks.kind(g) != Kind.WORD || !toks.in(g, GREETINGS)) {
      return -1;
    }
    int b = prevNonSpace(toks, g - 1);
    // "Good morning, this message is for ...", "Buenos días, ..."
    if (b >= 0 && toks.kind(b) == Kind.WORD && (toks.is(b, "good") || toks.is(b, "buenos")
        || toks.is(b, "buenas"))) {
      g = b;
      b = prevNonSpace(toks, g - 1);
    }
    return b < 0 || toks.isSentenceEnd(b) ? g : -1;
  }

  private static boolean hasDigit(Toks toks, int k) {
    for (int i = 0; i < toks.length(k); i++) {
      if (Character.isDigit(toks.charAt(k, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tokens {@code [from, to]} say only that a message is for someone ("This message", "This
   * is a message"): with whom it is for removed, the sentence has nothing left to say.
   */
  private static boolean addressLine(Toks toks, int from, int to) {
    boolean noun = false;
    for (int k = from; k <= to; k++) {
      if (toks.kind(k) != Kind.WORD) {
        continue;
      }
      if (!toks.in(k, ADDRESS_LINE_WORDS)) {
        return false;
      }
      noun |= toks.in(k, MESSAGE_NOUNS);
    }
    return noun;
  }

  private static final LowerWords MESSAGE_NOUNS = LowerWords.of("message", "reminder",
      "voicemail", "text", "mensaje", "recordatorio");

  private static boolean isConjunction(Toks toks, int k) {
    return toks.kind(k) == Kind.WORD
            && (toks.is(k, "and") || toks.is(k, "or") || toks.is(k, "y") || toks.is(k, "o"))
        || toks.is(k, "&");
  }

  /** A determiner, a proper noun, or something identifier-like starts a noun phrase. */
  private static boolean startsNounPhrase(Toks toks, int k) {
    if (toks.kind(k) != Kind.WORD) {
      return false;
    }
    if (toks.in(k, DETERMINERS) || toks.in(k, ARTICLES)) {
      return true;
    }
    for (int i = 0; i < toks.length(k); i++) {
      char c = toks.charAt(k, i);
      if (Character.isDigit(c) || c == '@' || c == '.') {
        return true;
      }
    }
    return Character.isUpperCase(toks.charAt(k, 0));
  }

  private static boolean endsClause(Toks toks, int after) {
    if (after < 0) {
      return true;
    }
    return toks.isSentenceEnd(after) || toks.is(after, ",") || toks.is(after, ";")
        || toks.is(after, ":");
  }

  private static boolean isConnector(Toks toks, int k) {
    if (toks.removed(k)) {
      return false;
    }
    if (toks.kind(k) == Kind.PUNCT) {
      return toks.is(k, ":") || toks.is(k, "#") || toks.is(k, "@"); // "@" is texting's "at"
    }
    return toks.kind(k) == Kind.WORD && toks.in(k, CONNECTORS);
  }

  private static void removeSpacesBetween(Toks toks, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (toks.kind(k) == Kind.SPACE) {
        toks.remove(k);
      }
    }
  }

  /** The last token at or before {@code k} that is neither a space nor removed, or -1. */
  private static int prevNonSpace(Toks toks, int k) {
    while (k >= 0 && (toks.kind(k) == Kind.SPACE || toks.removed(k))) {
      k--;
    }
    return k;
  }

  /** The first token at or after {@code k} that is neither a space nor removed, or -1. */
  private static int nextNonSpace(Toks toks, int k) {
    while (k < toks.size() && (toks.kind(k) == Kind.SPACE || toks.removed(k))) {
      k++;
    }
    return k < toks.size() ? k : -1;
  }

  // ---- repair of the kept sequence ----------------------------------------------------------
  //
  // From here on, the removed tokens are blanks (empty spaces): every scan treats them as
  // spaces and they show nothing, so the table reads as the kept sequence alone.

  private static void repair(Toks kept) {
    // Punctuation and spacing around gaps, a/an agreement, capitals. A token fixAround replaces
    // or blanks loses its afterGap flag (as a new token would have), so a later gap it covered
    // is not fixed twice.
    for (int k = 0; k < kept.size(); k++) {
      if (kept.afterGap(k)) {
        fixAround(kept, k);
      }
    }
    collapseSpaces(kept);
  }

  /** The last kept token at or before {@code k} that is not a space, or -1. */
  private static int prevShown(Toks kept, int k) {
    while (k >= 0 && kept.kind(k) == Kind.SPACE) {
      k--;
    }
    return k;
  }

  /** The first kept token at or after {@code k} that is not a space, or {@code kept.size()}. */
  private static int nextShown(Toks kept, int k) {
    while (k < kept.size() && kept.kind(k) == Kind.SPACE) {
      k++;
    }
    return k;
  }

  private static void fixAround(Toks kept, int k) {
    int n = kept.size();
    // the previous kept non-space token (p, -1 if none) and the next one (q, n if none)
    int p = prevShown(kept, k - 1);
    int q = nextShown(kept, k);
    // "please confirm your date of birth — we have [7/22/1979]." -> "... date of birth.",
    // "billing: we have [ID on file]." -> "billing." (a clause that only said what is on file
    // has nothing left to say, whatever removal emptied it)
    if (q < n && kept.isSentenceEnd(q) && p >= 0 && kept.kind(p) == Kind.WORD) {
      int w = kept.is(p, "tenemos") ? p : -1;
      if (kept.is(p, "have")) {
        int we = prevShown(kept, p - 1);
        w = we >= 0 && kept.kind(we) == Kind.WORD && kept.is(we, "we") ? we : -1;
      }
      int mark = w > 0 ? prevShown(kept, w - 1) : -1;
      if (mark >= 0 && isSoftPunct(kept, mark)) {
        for (int i = mark; i <= p; i++) {
          if (kept.kind(i) != Kind.SPACE) {
            kept.blank(i);
          }
        }
        p = prevShown(kept, mark - 1);
      }
    }
    // brackets left with only separators inside: "(knee arthroscopy/meniscectomy)" → "(/)" → "",
    // or with only a few function words before the gap: "(we have 07/30/1988)" → "(we have)" → ""
    int open = p;
    for (int words = 0; open >= 0 && words < 3 && kept.kind(open) == Kind.WORD
        && kept.in(open, FUNCTION_WORDS); words++) {
      open = prevShown(kept, open - 1);
    }
    if (open >= 0 && q < n && kept.is(open, "(")) {
      int r = q;
      while (r < n && kept.kind(r) == Kind.PUNCT && (kept.is(r, "/") || isSoftPunct(kept, r))) {
        r = nextShown(kept, r + 1);
      }
      if (r < n && kept.is(r, ")")) {
        for (int i = open; i <= r; i++) {
          if (kept.kind(i) != Kind.SPACE) {
            kept.blank(i);
          }
        }
        p = prevShown(kept, open - 1);
        q = nextShown(kept, r + 1);
      }
    }
    // a label at a sentence start whose colon and value went, with nothing after them in the
    // sentence but punctuation: "Name: [Maria Lopez], [MRN 4481902]. Your ..." → "Your ...",
    // "Patient: [Maria Lopez] - your visit" → "Your visit" (the sentence start below capitalizes)
    int label = p >= 0 && (q >= n || kept.isSentenceEnd(q) || isSoftPunct(kept, q))
        ? strandedLabel(kept, p, k) : -1;
    if (label >= 0) {
      for (int i = label; i <= p; i++) {
        if (kept.kind(i) != Kind.SPACE) {
          kept.blank(i);
        }
      }
      p = prevShown(kept, label - 1);
    }
    // ", ," → ","; ", ." / ": ." → "."
    if (p >= 0 && q < n && isSoftPunct(kept, p) && isSoftPunct(kept, q)) {
      kept.blank(q);
      q = nextShown(kept, q + 1);
    } else if (p >= 0 && q < n && isSoftPunct(kept, p) && kept.isSentenceEnd(q)) {
      kept.blank(p);
      p = prevShown(kept, p - 1);
    }
    // hanging connector or article before a sentence end: "call you at." → "call you.",
    // "nacido el." → "nacido."
    if (p >= 0 && kept.kind(p) == Kind.WORD && (kept.in(p, PREPOSITIONS)
        || kept.in(p, HANGING_ARTICLES))
        && (q >= n || kept.isSentenceEnd(q) || isSoftPunct(kept, q))) {
      // p becomes a blank: below, p >= 0 is then no sentence end and no article, which is what
      // the word it was gave too (q is no word here, so no article would be fixed anyway)
      kept.blank(p);
    }
    // Spanish personal "a" (perhaps with a courtesy title's article) before a removed name, then
    // a word "a" never stands before: "que a [Valentina] le toca" → "que le toca", "A [Luis] ya
    // le toca" → "Ya le toca", "recogemos a la [Sra. Fuentes] a las 7:30" → "recogemos a las"
    if (p >= 0 && q < n && kept.kind(q) == Kind.WORD && kept.in(q, AFTER_PERSONAL_A)) {
      int la = p;
      if (kept.kind(p) == Kind.WORD && (kept.is(p, "la") || kept.is(p, "el"))) {
        p = prevShown(kept, p - 1);
      }
      if (p >= 0 && kept.kind(p) == Kind.WORD && kept.is(p, "a")) {
        kept.blank(la);
        kept.blank(p);
        p = prevShown(kept, p - 1);
      } else {
        p = la;
      }
    }
    // sentence start after a gap: no leading ", "; capital letter
    boolean sentenceStart = p < 0 || kept.isSentenceEnd(p);
    if (sentenceStart && q < n && kept.kind(q) == Kind.PUNCT && isSoftPunct(kept, q)) {
      kept.blank(q);
      q = nextShown(kept, q + 1);
    }
    if (sentenceStart && q < n && kept.kind(q) == Kind.WORD && kept.length(q) > 0
        && Character.isLowerCase(kept.charAt(q, 0))) {
      // rare (a lower-case word right after a removed sentence start): a string is fine here
      kept.replace(q, Kind.WORD, capitalize(kept.textOf(q)));
    }
    // a/an agreement: "a MRN" never occurs, but "an [removed] appointment" → "an appointment"
    // (not before a function word: "Vamos a [Lupita] a ver" is Spanish, and no noun follows)
    if (p >= 0 && kept.kind(p) == Kind.WORD && (kept.is(p, "a") || kept.is(p, "an")) && q < n
        && kept.kind(q) == Kind.WORD && !kept.in(q, FUNCTION_WORDS)) {
      boolean vowel = startsWithVowelSound(kept.textOf(q)); // rare too
      boolean upper = Character.isUpperCase(kept.charAt(p, 0));
      kept.replace(p, Kind.WORD, vowel ? (upper ? "An" : "an") : (upper ? "A" : "a"));
    }
  }

  /**
   * The first word of a short label (at most three words, no digit, the last one of {@link
   * #VALUE_LABELS}) that ends at {@code last}, starts a sentence and was followed by a colon that is gone now (removed before {@code gap},
   * the first token after the removal), or -1.
   */
  private static int strandedLabel(Toks kept, int last, int gap) {
    int colon = last + 1;
    while (colon < gap && kept.wasExactly(colon, " ")) {
      colon++; // the spaces the text had between the label and its colon ("Name : ...")
    }
    if (colon >= gap || !kept.wasExactly(colon, ":") || kept.kind(colon) != Kind.SPACE
        || !kept.in(last, VALUE_LABELS)) {
      return -1;
    }
    return labelStart(kept, last, 3);
  }

  private static boolean isSoftPunct(Toks kept, int k) {
    return kept.kind(k) == Kind.PUNCT
        && (kept.is(k, ",") || kept.is(k, ";") || kept.is(k, ":") || kept.is(k, "-")
            || kept.is(k, "\u2014") || kept.is(k, "\u2013")); // "Wahyudi — your ..."
  }

  static boolean startsWithVowelSound(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("hour") || w.startsWith("honest") || w.startsWith("honor")
        || w.startsWith("heir")) {
      return true;
    }
    if (w.startsWith("uni") || w.startsWith("use") || w.startsWith("usu") || w.startsWith("eu")
        || w.startsWith("one") || w.startsWith("once") || w.startsWith("ur")) {
      return false;
    }
    return !w.isEmpty() && "aeiou".indexOf(w.charAt(0)) >= 0;
  }

  static String capitalize(String s) {
    int cp = s.codePointAt(0);
    return new StringBuilder(s.length())
        .appendCodePoint(Character.toTitleCase(cp))
        .append(s, Character.charCount(cp), s.length())
        .toString();
  }

  /**
   * Drops (blanks) spaces after spaces, line breaks and "(", and spaces before {@code , . ; : !
   * ? )} and line breaks. Blanks stay blank, without flags: a dropped token no longer counts as
   * changed by a removal.
   */
  private static void collapseSpaces(Toks kept) {
    int last = -1; // the last token still shown, or -1
    for (int k = 0; k < kept.size(); k++) {
      Kind kind = kept.kind(k);
      if (kind == Kind.SPACE && kept.length(k) == 0) {
        kept.blank(k); // clears the flag of the gap at the end (see Toks.closeGaps)
        continue;
      }
      if (kind == Kind.SPACE) {
        if (last < 0 || kept.kind(last) == Kind.SPACE || kept.kind(last) == Kind.NEWLINE
            || kept.is(last, "(")) {
          kept.blank(k);
          continue;
        }
      }
      if (kind == Kind.PUNCT && last >= 0 && kept.kind(last) == Kind.SPACE
          && (kept.is(k, ",") || kept.is(k, ".") || kept.is(k, ";") || kept.is(k, ":")
              || kept.is(k, "!") || kept.is(k, "?") || kept.is(k, ")"))) {
        kept.blank(last);
      }
      if (kind == Kind.NEWLINE && last >= 0 && kept.kind(last) == Kind.SPACE) {
        kept.blank(last);
      }
      last = k;
    }
  }

  /**
   * The kept tokens as text, without the sentences that have no content word and were changed
   * by a removal (a dropped sentence keeps its line break), trimmed; null if no letter remains.
   * Blanks are spaces, no sentence end and no word, and show nothing: they change nothing here.
   */
  private static @Nullable String render(Toks kept) {
    int n = kept.size();
    StringBuilder sb = new StringBuilder(kept.shownLength());
    int s = 0;
    while (s < n) {
      int e = s;
      boolean touched = false;
      while (e < n && !kept.isSentenceEnd(e)) {
        touched |= kept.afterGap(e);
        e++;
      }
      int end = e < n ? e + 1 : e; // include the sentence end
      // also include the gap flag of the terminator itself
      if (e < n) {
        touched |= kept.afterGap(e);
      }
      boolean content = false;
      for (int k = s; k < e && !content && touched; k++) { // only a touched sentence may go
        content = kept.kind(k) == Kind.WORD && !kept.in(k, FUNCTION_WORDS);
      }
      if (content || !touched) {
        kept.appendTo(s, end, sb);
      } else if (e < n && kept.kind(e) == Kind.NEWLINE) {
        kept.appendTo(e, e + 1, sb);
      }
      s = end;
    }
    // trim spaces and leading sentence separators
    int a = 0;
    int b = sb.length();
    while (a < b && Character.isWhitespace(sb.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(sb.charAt(b - 1))) {
      b--;
    }
    for (int i = a; i < b; i++) {
      if (Character.isLetter(sb.charAt(i))) {
        return sb.substring(a, b);
      }
    }
    return null;
  }

  private static boolean isSpace(char c) {
    return c != '\n' && c != '\r' && (Character.isWhitespace(c) || c == '\u00a0');
  }

  private static boolean isWordChar(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x80) {
      // the same answer, sooner: in ASCII only letters and digits are word chars
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060';
  }

  /** Apostrophes, hyphens, dots and slashes inside a word ("O'Brien", "follow-up", "Dr."). */
  private static boolean isInnerPunct(String s, int i) {
    char c = s.charAt(i);
    if (c != '\'' && c != '\u2019' && c != '-' && c != '@' && c != '/' && c != '_') {
      return false;
    }
    return i + 1 < s.length() && isWordChar(s, i + 1);
  }

  // ---- the token table ----------------------------------------------------------------------

  /**
   * The tokens of one message as parallel arrays, so a message costs a few arrays rather than an
   * object and a string per token. Token {@code k} shows {@code text[start[k], start[k + 1])} and
   * is of kind {@code kind[k]}, unless it was replaced (then it shows {@code replaced[k]}) or is
   * a blank (then it shows nothing).
   *
   * <p>Invariants:
   *
   * <ul>
   *   <li>The tokens tile the text in order, always: {@code start[0] == 0}, token {@code k} ends
   *       where {@code k + 1} starts, and {@code start[size] == text.length()}. Nothing is ever
   *       taken out of the table; a token that goes becomes a blank, an empty space. A replaced
   *       token or a blank keeps its offsets, so {@link #firstAt} and {@link #end} always find
   *       tokens by offset.
   *   <li>{@link #replace} and {@link #blank} clear a token's flags (a blank has just {@code
   *       BLANK}): it is a new token, as the kept sequence had new token objects before.
   * </ul>
   *
   * <p>Comparisons are on ranges, without making strings: {@link #is} has the semantics of
   * {@link String#equalsIgnoreCase}, {@link #isExactly} of {@link String#equals}, {@link #in}
   * and {@link #isLower} of a lookup of {@code toLowerCase(Locale.ROOT)} (see {@link
   * LowerWords}). {@link #textOf} makes the string, for rare paths only.
   */
  static final class Toks {
    private static final Kind[] KINDS = Kind.values();

    private static final byte REMOVED = 1;
    /** A generic word put in place of a removed term. */
    private static final byte GENERALIZED = 2;
    /** A removal happened right before this token (in the kept sequence). */
    private static final byte AFTER_GAP = 4;
    /** An empty space in place of a token that went; it shows nothing. */
    private static final byte BLANK = 8;

    final String text;
    private int size;
    /** Token starts, and {@code text.length()} at {@code size}; one longer than the others. */
    private int[] start;
    /** {@link Kind#ordinal()} of each token (a byte rather than a reference per token). */
    private byte[] kind;
    private byte[] flags;
    /** Null until the first replacement; then null for each token that shows its range. */
    private @Nullable String @Nullable [] replaced;
    /** The sum of {@link #length} over all tokens, kept up to date by replace and blank. */
    private int shownLength;

    private Toks(String text, int capacity) {
      this.text = text;
      start = new int[capacity + 1];
      kind = new byte[capacity];
      flags = new byte[capacity];
    }

    /** Splits {@code text} into tokens, also at every offset in {@code from} and {@code to}. */
    static Toks of(String text, int[] from, int[] to) {
      int[] cuts = new int[from.length + to.length];
      System.arraycopy(from, 0, cuts, 0, from.length);
      System.arraycopy(to, 0, cuts, from.length, to.length);
      Arrays.sort(cuts);
      int n = text.length();
      // Messages average three to four characters per token (a word and its space), hardly
      // ever under two; growing is rare with this estimate.
      Toks toks = new Toks(text, n / 2 + cuts.length + 8);
      int c = 0; // cuts[c] is the first cut after the start of the token being read, if any
      int i = 0;
      while (i < n) {
        while (c < cuts.length && cuts[c] <= i) {
          c++;
        }
        int limit = c < cuts.length ? cuts[c] : n; // a token never runs over a cut
        char ch = text.charAt(i);
        int j = i + 1;
        Kind kind;
        if (ch == '\n' || ch == '\r') {
          kind = Kind.NEWLINE;
          while (j < limit && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
            j++;
          }
        } else if (Character.isWhitespace(ch) || ch == '\u00a0') {
          kind = Kind.SPACE;
          while (j < limit && isSpace(text.charAt(j))) {
            j++;
          }
        } else if (isWordChar(text, i)) {
          kind = Kind.WORD;
          while (j < limit && (isWordChar(text, j) || isInnerPunct(text, j))) {
            j++;
          }
          if (j == i + 1 && (ch == 'w' || ch == 'W') && j < limit && text.charAt(j) == '/') {
            j++; // "w/" is the word "with"
          }
        } else {
          kind = Kind.PUNCT;
          // a surrogate pair stays one token, even across a cut
          if (Character.isHighSurrogate(ch) && j < n) {
            j++;
          }
        }
        toks.add(kind, i);
        i = j;
      }
      toks.start[toks.size] = n;
      toks.shownLength = n;
      return toks;
    }

    private void add(Kind k, int from) {
      if (size == kind.length) {
        int capacity = size + (size >> 1) + 8;
        start = Arrays.copyOf(start, capacity + 1);
        kind = Arrays.copyOf(kind, capacity);
        flags = Arrays.copyOf(flags, capacity);
      }
      start[size] = from;
      kind[size] = (byte) k.ordinal();
      size++;
    }

    int size() {
      return size;
    }

    Kind kind(int k) {
      return KINDS[kind[k]];
    }

    /** Where token {@code k} starts in the text (see the class invariants). */
    int start(int k) {
      return start[k];
    }

    /** Where token {@code k} ends in the text (see the class invariants). */
    int end(int k) {
      return start[k + 1];
    }

    boolean removed(int k) {
      return (flags[k] & REMOVED) != 0;
    }

    void remove(int k) {
      flags[k] |= REMOVED;
    }

    void markGeneralized(int k) {
      flags[k] |= GENERALIZED;
    }

    boolean afterGap(int k) {
      return (flags[k] & AFTER_GAP) != 0;
    }

    /**
     * The first token whose start is at or after {@code pos}; {@link #size()} if none. The
     * tokens inside a range are the run from there whose ends stay inside it: a binary search
     * instead of a scan over every token for every range, which made rewriting a message with
     * many findings quadratic.
     */
    int firstAt(int pos) {
      return IntArrays.firstAtLeast(start, size, pos);
    }

    /** Token {@code k} shows {@code s} from now on, as a new token of kind {@code newKind}. */
    void replace(int k, Kind newKind, String s) {
      shownLength += s.length() - length(k);
      if (replaced == null) {
        replaced = new String[kind.length];
      }
      replaced[k] = s;
      kind[k] = (byte) newKind.ordinal();
      flags[k] = 0;
    }

    /** Token {@code k} becomes a blank: an empty space, shown as nothing. */
    void blank(int k) {
      shownLength -= length(k);
      if (replaced != null) {
        replaced[k] = null;
      }
      kind[k] = (byte) Kind.SPACE.ordinal();
      flags[k] = BLANK;
    }

    /**
     * Blanks the removed tokens and flags {@code afterGap} each kept token that has a removal or
     * a generalization right before it. A removal at the very end is marked by the last token,
     * then a blank, flagged {@code afterGap} (the only blank with a flag, until
     * Rewriter.collapseSpaces clears it).
     */
    void closeGaps() {
      boolean gap = false;
      for (int k = 0; k < size; k++) {
        if (removed(k)) {
          blank(k);
          gap = true;
          continue;
        }
        boolean generalized = (flags[k] & GENERALIZED) != 0;
        flags[k] = gap || generalized ? AFTER_GAP : 0;
        gap = false;
      }
      if (gap) {
        flags[size - 1] |= AFTER_GAP;
      }
    }

    // -- the characters of a token: src(k)[from(k), to(k)) --

    private String src(int k) {
      String r = replaced == null ? null : replaced[k];
      return r != null ? r : text;
    }

    private int from(int k) {
      return replaced != null && replaced[k] != null ? 0 : start[k];
    }

    private int to(int k) {
      if ((flags[k] & BLANK) != 0) {
        return from(k);
      }
      String r = replaced == null ? null : replaced[k];
      return r != null ? r.length() : start[k + 1];
    }

    int length(int k) {
      return to(k) - from(k);
    }

    char charAt(int k, int i) {
      return src(k).charAt(from(k) + i);
    }

    /** {@code textOf(k).equalsIgnoreCase(s)}. */
    boolean is(int k, String s) {
      int from = from(k);
      int len = to(k) - from;
      // equalsIgnoreCase is this very test: same length, then regionMatches ignoring case
      return len == s.length() && src(k).regionMatches(true, from, s, 0, len);
    }

    /** Whether token {@code k} was {@code s} in the text, whatever it shows now. */
    boolean wasExactly(int k, String s) {
      return start[k + 1] - start[k] == s.length() && text.startsWith(s, start[k]);
    }

    /** {@code textOf(k).equals(s)}. */
    boolean isExactly(int k, String s) {
      int from = from(k);
      int len = to(k) - from;
      return len == s.length() && src(k).startsWith(s, from);
    }

    /** {@code textOf(k).toLowerCase(Locale.ROOT).equals(lower)}. */
    boolean isLower(int k, String lower) {
      return LowerWords.equalsLowered(src(k), from(k), to(k), lower);
    }

    /** {@code textOf(k).toLowerCase(Locale.ROOT).endsWith(suffix)}. */
    boolean endsWithLower(int k, String suffix) {
      return LowerWords.endsWithLowered(src(k), from(k), to(k), suffix);
    }

    /** {@code words} holds {@code textOf(k).toLowerCase(Locale.ROOT)}. */
    boolean in(int k, LowerWords words) {
      return words.contains(src(k), from(k), to(k));
    }

    /**
     * {@code words} holds token {@code k} lower-cased without its first {@code skip} chars.
     * (Lower-casing the tail alone gives the tail of the lower-cased token whenever the skipped
     * chars are digits, the only use.)
     */
    boolean in(int k, int skip, LowerWords words) {
      return words.contains(src(k), from(k) + skip, to(k));
    }

    boolean isSentenceEnd(int k) {
      Kind kd = kind(k);
      return kd == Kind.NEWLINE
          || (kd == Kind.PUNCT && (isExactly(k, ".") || isExactly(k, "!") || isExactly(k, "?")));
    }

    /** The total length of what the tokens show: what {@link #appendTo} all of them appends. */
    int shownLength() {
      return shownLength;
    }

    /** Appends what tokens {@code [from, to)} show. */
    void appendTo(int from, int to, StringBuilder sb) {
      // Tokens that show their own range are next to each other in the text (they tile it):
      // a run of them is one append.
      int run = -1; // where the current run starts in the text, or -1
      for (int k = from; k < to; k++) {
        boolean own = (flags[k] & BLANK) == 0 && (replaced == null || replaced[k] == null);
        if (own) {
          if (run < 0) {
            run = start[k];
          }
          continue;
        }
        if (run >= 0) {
          sb.append(text, run, start[k]);
          run = -1;
        }
        if ((flags[k] & BLANK) == 0) {
          sb.append(replaced[k]);
        }
      }
      if (run >= 0) {
        sb.append(text, run, start[to]);
      }
    }

    /** The text token {@code k} shows, as a new string: for rare paths only. */
    String textOf(int k) {
      return src(k).substring(from(k), to(k));
    }

    /** Never the text: the rewriter must not leak message text (PHI) into logs or errors. */
    @Override
    public String toString() {
      return "Toks[" + size + " tokens]";
    }
  }

  // ---- word lists ---------------------------------------------------------------------------

  /**
   * A fixed list of lower-case words, looked up by a range of characters as if the range had been
   * made a string and lower-cased with {@code toLowerCase(Locale.ROOT)}, but without making
   * either string.
   *
   * <p>For nearly every char, {@code String.toLowerCase(Locale.ROOT)} is {@link
   * Character#toLowerCase(char)} of each char, so a range can be hashed and compared char by char.
   * The exceptions are U+0130 (İ, which becomes two chars), U+03A3 (Σ, whose lower case depends
   * on its neighbours) and surrogates (lowered as code points). A range holding one of them takes
   * the slow path: it is copied and lowered the ordinary way. The answers are therefore always
   * those of {@code set.contains(s.substring(from, to).toLowerCase(Locale.ROOT))}.
   */
  static final class LowerWords {
    private final Set<String> words;
    /** Open addressing, linear probing; the length is a power of two, over twice the words. */
    private final String[] table;

    private LowerWords(Set<String> words) {
      this.words = words;
      int length = Integer.highestOneBit(Math.max(words.size(), 1) * 4);
      table = new String[length];
      for (String w : words) {
        if (!w.equals(w.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("not lower case: " + w);
        }
        int i = spread(w.hashCode()) & (length - 1);
        while (table[i] != null) {
          i = (i + 1) & (length - 1);
        }
        table[i] = w;
      }
    }

    /** The list of these words (lower case; no duplicates). */
    static LowerWords of(String... words) {
      return new LowerWords(Set.of(words));
    }

    /** Whether {@code s[from, to)}, lower-cased, is one of the words. */
    boolean contains(String s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (lowersApart(c)) {
          return words.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
        }
        h = 31 * h + Character.toLowerCase(c); // String.hashCode of the lower-cased range
      }
      int mask = table.length - 1;
      for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
        String w = table[i];
        if (w.hashCode() == h && w.length() == to - from && sameLowered(s, from, w)) {
          return true;
        }
      }
      return false;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /** {@code s[from, from + w.length())} lowered char by char is {@code w}. */
    private static boolean sameLowered(String s, int from, String w) {
      for (int i = 0; i < w.length(); i++) {
        if (Character.toLowerCase(s.charAt(from + i)) != w.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** A char whose lower case in a string is not {@link Character#toLowerCase(char)} alone. */
    static boolean lowersApart(char c) {
      return c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c);
    }

    /** {@code s.substring(from, to).toLowerCase(Locale.ROOT).equals(lower)}. */
    static boolean equalsLowered(String s, int from, int to, String lower) {
      for (int i = 0; i < to - from; i++) {
        char c = s.charAt(from + i);
        if (lowersApart(c)) {
          return s.substring(from, to).toLowerCase(Locale.ROOT).equals(lower);
        }
        // With no exception so far, the lower-cased string starts with these i + 1 lowered
        // chars, whatever follows: a difference here is final.
        if (i >= lower.length() || Character.toLowerCase(c) != lower.charAt(i)) {
          return false;
        }
      }
      return to - from == lower.length();
    }

    /** {@code s.substring(from, to).toLowerCase(Locale.ROOT).endsWith(suffix)}. */
    static boolean endsWithLowered(String s, int from, int to, String suffix) {
      for (int i = from; i < to; i++) {
        if (lowersApart(s.charAt(i))) {
          return s.substring(from, to).toLowerCase(Locale.ROOT).endsWith(suffix);
        }
      }
      int len = suffix.length();
      return to - from >= len && sameLowered(s, to - len, suffix);
    }

    /** Never the words' use: no message text. */
    @Override
    public String toString() {
      return "LowerWords[" + words.size() + " words]";
    }
  }
}
