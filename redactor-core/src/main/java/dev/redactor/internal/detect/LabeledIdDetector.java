package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.WordSet;
import dev.redactor.internal.analysis.WordShapes;
import dev.redactor.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Finds identifiers announced by a label — {@code MRN 00482913}, {@code Member ID: XGH-448812},
 * {@code acct #5512}, {@code Rx #7788123}, {@code VIN ...}, {@code S/N ...}, {@code número de
 * póliza ...} — and a few identifiers whose format validates on its own: VINs (check digit),
 * Medicare Beneficiary Identifiers (MBI character classes) and DEA registration numbers (check
 * digit).
 *
 * <p>A labelled value must look like an identifier: at least three characters and two digits
 * (masked digits such as {@code ****1234} count), so "photo ID to your visit" and "account is past
 * due" are not findings. "Ending in", "last 4" mark a PARTIAL identifier. The detection records
 * where the label starts, so a rewrite removes "MRN 00482913" as a whole.
 */
final class LabeledIdDetector implements Detector {

  private static final class Label {
    final String[] words;
    final Category category;
    final String kind;
    final int flags;
    /** A label only before a coded value (see {@link #coded}): "referral HR-20417". */
    final boolean codedOnly;

    Label(String phrase, Category category, String kind, int flags, boolean codedOnly) {
      this.words = phrase.split(" ");
      this.category = category;
      this.kind = kind;
      this.flags = flags;
      this.codedOnly = codedOnly;
    }

    /** A one-word label that is one only with its colon: "Group: 0074412". */
    boolean colonOnly() {
      return words.length == 2 && words[1].equals(":");
    }
  }

  /** The kind of a procedure code (CPT, HCPCS Level II) found after its label. */
  static final String PROCEDURE_CODE = "procedure-code";

  /** The kind of a diagnosis code (ICD-10-CM, CIE-10) found after its label. */
  static final String DIAGNOSIS_CODE = "diagnosis-code";

  private static final CharArrayMap<List<Label>> BY_FIRST_WORD = new CharArrayMap<>(256, false);

  /** The shapes of the labels' first words: most words of a message are none of them. */
  private static final WordShapes FIRST_WORD_SHAPES = new WordShapes();

  private static void add(Category cat, String kind, int flags, String... phrases) {
    add(cat, kind, flags, false, phrases);
  }

  private static void add(Category cat, String kind, int flags, boolean codedOnly,
      String... phrases) {
    for (String p : phrases) {
      Label l = new Label(p, cat, kind, flags, codedOnly);
      List<Label> list = BY_FIRST_WORD.get(l.words[0]);
      FIRST_WORD_SHAPES.add(l.words[0]);
      if (list == null) {
        list = new ArrayList<>(2);
        BY_FIRST_WORD.put(l.words[0], list);
      }
      list.add(l);
      list.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    }
  }

  static {
    add(Category.SSN, "ssn", 0,
        "ssn", "ss #", "social security", "social security number", "social security #",
        "social security no", "seguro social", "numero de seguro social");
    add(Category.MRN, "mrn", 0,
        "mrn", "mr #", "medical record", "medical record number", "medical record no", "med rec",
        "med rec #", "record number", "record #", "record no", "chart", "chart number", "chart #",
        "chart no", "patient id", "patient #", "patient number", "patient no", "pt id", "pt #",
        "hospital number", "hosp #", "expediente", "numero de expediente", "historia clinica",
        "nhc", "numero de paciente", "id de paciente", "patient record number", "patient record #",
        "patient record no", "patient chart number");
    add(Category.HEALTH_PLAN_ID, "member-id", 0,
        "member id", "member #", "member number", "member no", "mbr id", "mbr #", "mbr no",
        "subscriber id", "subscriber #",
        "subscriber number", "policy #", "policy number", "policy no", "policy id",
        "insurance id", "insurance #", "insurance number", "plan id", "medicaid", "medicaid id",
        "medicaid #", "medicaid number", "medicare", "medicare #", "medicare number",
        "medicare id", "mbi", "beneficiary id", "hicn", "group #", "group number", "group no",
        "group id", "group :",
        "poliza", "numero de poliza", "numero de miembro", "id de miembro", "numero de afiliado",
        "afiliado", "id del seguro", "numero de seguro", "tarjeta del seguro", "numero de grupo",
        "grupo #", "beneficiary number", "beneficiary #", "medi-cal id", "medi-cal #",
        "medi-cal number", "numero de beneficiario", "id de beneficiario",
        "beneficiario", "numero de medi-cal", "numero de medicaid", "numero de medicare");
    add(Category.ACCOUNT, "account", 0,
        "account", "account #", "account number", "account no", "acct", "acct #", "acct no",
        "acct number", "a c #", "invoice", "invoice #", "invoice number", "inv #", "inv no",
        "statement #",
        "statement number", "guarantor #", "guarantor id", "billing id", "billing #",
        "cuenta", "numero de cuenta", "factura", "numero de factura");
    add(Category.LICENSE, "license", 0,
        "license", "license #", "license number", "license no", "lic", "lic #", "driver's license",
        "drivers license", "driver license", "dl", "dl #", "certificate", "certificate #",
        "certificate number", "cert #", "numero de certificado", "certificado", "certificado #",
        "licencia", "numero de licencia", "licencia de conducir",
        "cannabis card", "marijuana card", "registry card", "registry id card",
        "registration card", "permit", "permit #", "permit number", "registration #",
        "registration number", "registry #", "registry id", "registry number",
        "tarjeta de cannabis", "permiso", "numero de permiso", "numero de registro");
    add(Category.LICENSE, "provider-id", Detection.PROVIDER_ID,
        "dea", "dea #", "dea number", "npi", "npi #", "npi number", "tax id", "tax id #",
        "tax id number", "federal tax id", "ein", "ein #", "tin");
    add(Category.DEVICE_ID, "device", 0,
        "serial", "serials", "serial #", "serial number", "serial numbers", "serial no", "s n",
        "sn", "device id", "device #",
        "device serial", "udi", "imei", "numero de serie", "serie");
    add(Category.VEHICLE_ID, "vehicle", 0,
        "vin", "vin #", "license plate", "plate", "plate #", "plate number", "tag #",
        "tag number", "placa", "placas", "numero de placa", "tablilla");
    // Billing and referral codes: the code names the procedure or the diagnosis as plainly as the
    // words do ("CPT 45378" is a colonoscopy, "ICD-10 F32.9" a depressive episode). Values must
    // have the code system's shape (see codeShape), so "CPT 2024 update" is not a finding.
    add(Category.PROCEDURE, PROCEDURE_CODE, 0,
        "cpt", "cpt code", "cpt codes", "cpt #", "cpts", "hcpcs", "hcpcs code", "hcpcs codes",
        "procedure code", "procedure codes", "billing code", "billing codes", "service code",
        "service codes", "codigo cpt", "codigos cpt", "codigo de procedimiento",
        "codigos de procedimiento", "codigo de servicio");
    add(Category.CONDITION, DIAGNOSIS_CODE, 0,
        "icd", "icd 10", "icd10", "icd 10 cm", "icd code", "icd codes", "icd 10 code",
        "icd 10 codes", "icd10 code", "diagnosis", "diagnosis code", "diagnosis codes", "dx",
        "diagnosis code s", "diagnosis code s on the order", "diagnosis codes on the order",
        "dx code", "dx codes", "diag", "diag code", "cie", "cie 10", "cie10", "codigo cie",
        "codigo cie 10", "diagnostico", "codigo de diagnostico", "codigos de diagnostico",
        // "Diagnosis code billed: F50.01"
        "diagnosis code billed", "diagnosis codes billed", "dx code billed", "dx billed");
    add(Category.OTHER_ID, "id", 0,
        "id", "id #", "id number", "identification number", "reference #", "reference number",
        "ref #", "ref no", "ref", "case #", "req #", "req no", "req number",
        "screening number", "screening #", "screening id", "subject number", "subject #",
        "subject id", "participant number", "participant #", "participant id", "study id",
        "case number", "case no", "case id", "docket #", "docket no", "docket number",
        "numero de caso", "caso #", "claim", "claim #", "claim number", "authorization #",
        "authorization number", "auth #", "prior auth", "rx #", "rx number", "rx no", "rx",
        "prescription #", "prescription number", "order #", "order number", "ticket #",
        "passport", "passport #", "passport number", "pasaporte", "folio", "referencia",
        "numero de referencia", "receta #", "numero de receta", "identificacion", "accession",
        "accession #", "accession number", "specimen #", "specimen id", "sample id",
        "requisition #", "requisition number", "lab id", "curp", "rfc", "nss", "dni", "cedula",
        "tarjeta sanitaria", "cip", "reclamacion", "reclamacion #", "numero de reclamacion",
        "reclamo", "reclamo #", "numero de reclamo", "autorizacion", "autorizacion #",
        "numero de autorizacion", "numero de orden", "orden #", "id de donante",
        "numero de donante", "inmate", "inmate #", "inmate number", "inmate id", "booking #",
        "booking number", "numero de interno",
        "estimate #", "estimate no", "estimate number",
        "numero de presupuesto", "student id", "student #", "student number", "student id #",
        "tracking", "tracking #", "tracking number", "tracking no",
        "tracking id", "numero de rastreo", "rastreo", "numero de guia", "guia #",
        "subject #", "subject id", "subject number", "study subject", "participant id",
        "participant #", "participant number", "study id", "study #", "numero de participante",
        "id de participante", "participante #", "username", "user name", "user id", "login id",
        "usuario", "nombre de usuario", "id de usuario",
        // billing's own files: "Your payment plan #PP-204418", "application #FA-2291"
        "payment plan #", "payment plan number", "payment plan id", "payment plan no",
        "application #", "application number", "application id", "file #", "file number",
        "plan de pagos #", "numero de plan de pagos", "solicitud #", "numero de solicitud",
        "referral #", "referral number", "referral no", "referral id", "quote #",
        "quote number", "estimado #", "numero de estimado", "plan #", "plan number",
        "plan no", "numero de plan", "numero de cotizacion", "cotizacion #");
    // The bare word is a label only before a coded value ("Referral #" always is): "Referral
    // HR-20417", "authorization PA-7730154", "su estimado EST-2209871", "Pedido BL-220981";
    // "case 2 of 3" is not. Older corpora label 14 of 14 referral numbers, 39 of 39
    // authorizations and 29 of 29 estimates. A request's number is left alone: authors split on
    // it as on a confirmation code (records and interpreter requests are unlabelled).
    add(Category.OTHER_ID, "id", 0, true,
        "referral", "reference", "case", "authorization", "estimate", "estimado",
        "quote", "pedido", "payment plan", "plan de pagos", "cotizacion");
  }

  private static final String FILLERS =
      " is was as number no num nbr es id es el la de del numero n of on file in our system"
          + " record records en archivo registrado registrada we have are que tenemos son ";

  private static final String PARTIAL_WORDS = " ending ending_in last terminada termina ";

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(c[i]) || (i > 0 && isWordChar(c[i - 1]))) {
        i++;
        continue;
      }
      int we = wordEnd(c, n, i);
      List<Label> labels = FIRST_WORD_SHAPES.mayContain(c, i, we - i)
          ? BY_FIRST_WORD.get(c, i, we - i) : null;
      boolean found = false;
      if (labels != null) {
        for (Label l : labels) {
          int labelEnd = matchRest(c, n, we, l);
          if (labelEnd < 0 || (l.colonOnly() && nameWordBefore(v, i))
              || (l.category == Category.OTHER_ID && slotWordBefore(c, i))
              || idahoZip(analysis, c, n, i, we)) {
            continue;
          }
          if (value(v, c, n, i, labelEnd, l, out)) {
            found = true;
            break;
          }
        }
      }
      if (!found) {
        formats(v, c, n, i, we, out);
      }
      i = we;
    }
  }

  /**
   * The word before {@code at} in the original text is capitalized: the label word ends a name
   * ("Bayside Medical Group: 749203 is your login code").
   */
  private static final WordSet SLOT_WORDS = WordSet.of("booking", "reservation", "trip",
      "ride", "appointment", "appt", "waitlist", "reserva", "viaje", "cita",
      // "Meeting ID 482 719 3306": a video visit's room, like a booking's reference
      "meeting", "conference", "webinar", "reunion");

  /**
   * "Booking ref CLR-20417", "appointment ref": the reference of a booked slot or trip, which
   * identifies the booking, not the person (as a confirmation number does).
   */
  private static boolean slotWordBefore(char[] c, int at) {
    int e = at;
    while (e > 0 && c[e - 1] == ' ') {
      e--;
    }
    int s = Context.letterRunStart(c, e);
    return e > s && SLOT_WORDS.contains(c, s, e - s);
  }

  /** The value is a decimal number such as "7.8" or "142.5": digits, one dot, one or two digits. */
  /**
   * "Boise, ID 83706": Idaho and its ZIP after a city and a comma, not the label "ID" and a
   * number (the label in capitals would otherwise take the ZIP for an identifier).
   */
  private static boolean idahoZip(Analysis a, char[] c, int n, int i, int we) {
    if (we - i != 2 || c[i] != 'i' || c[i + 1] != 'd' || i < 2 || c[i - 1] != ' '
        || c[i - 2] != ',') {
      return false;
    }
    String o = a.original();
    long r = a.base().toOriginal(i, we);
    int os = NormalizedText.startOf(r);
    if (os + 1 >= o.length() || o.charAt(os) != 'I' || o.charAt(os + 1) != 'D') {
      return false;
    }
    int d = we + 1;
    int digits = 0;
    while (d < n && Character.isDigit(c[d])) {
      d++;
      digits++;
    }
    return we < n && c[we] == ' ' && digits == 5;
  }

  /** Words before a number that name no issuer: "4.5 Stars from Medicare for 2027". */
  private static final String NOT_ISSUERS = " for from to by since until through thru after"
      + " before para desde hasta por antes despues ";

  /** Words of time after a number: "deposited to your account in 3-5 business days". */
  private static final WordSet DURATIONS = WordSet.spaced(" business working calendar days day"
      + " weeks week months hours hrs minutes mins years dias semanas meses horas minutos"
      + " habiles ");

  /** Whether a word of time follows {@code ve}: the number was how long, not an identifier. */
  private static boolean durationAfter(char[] c, int n, int ve) {
    int q = ve;
    while (q < n && c[q] == ' ') {
      q++;
    }
    int e = wordEnd(c, n, q);
    return q > ve && e > q && e - q <= 9 && DURATIONS.contains(c, q, e - q);
  }

  private static boolean decimalReading(char[] c, int vs, int ve) {
    int dot = -1;
    for (int k = vs; k < ve; k++) {
      if (c[k] == '.' && dot < 0) {
        dot = k;
      } else if (c[k] < '0' || c[k] > '9') {
        return false;
      }
    }
    return dot > vs && ve - dot - 1 >= 1 && ve - dot - 1 <= 2;
  }

  private static boolean nameWordBefore(NormalizedText v, int at) {
    long r = v.toOriginal(at, at + 1);
    String o = v.original();
    int p = NormalizedText.startOf(r) - 1;
    while (p >= 0 && o.charAt(p) == ' ') {
      p--;
    }
    int e = p + 1;
    while (p >= 0 && Character.isLetter(o.charAt(p))) {
      p--;
    }
    return e > p + 1 && Character.isUpperCase(o.charAt(p + 1));
  }

  /** Matches the label's remaining words after {@code pos}; returns the label end or -1. */
  private static int matchRest(char[] c, int n, int pos, Label l) {
    int p = pos;
    for (int w = 1; w < l.words.length; w++) {
      String word = l.words[w];
      int q = p;
      while (q < n && q - p < 3 && isLabelSeparator(c[q])) {
        q++;
      }
      if (word.equals("#") || word.equals(":")) {
        // "group :" is "Group: 0074412" only; "group 101 meets" is no label
        if (q < n && c[q] == word.charAt(0)) {
          p = q + 1;
          continue;
        }
        if (word.equals(":") && q > p && c[q - 1] == ':') {
          p = q;
          continue;
        }
        return -1;
      }
      int e = wordEnd(c, n, q);
      if (e - q != word.length() || !region(c, q, word)) {
        return -1;
      }
      p = e;
    }
    return p;
  }

  private boolean value(NormalizedText v, char[] c, int n, int labelStart, int labelEnd, Label l,
      List<Detection> out) {
    int p = labelEnd;
    int flags = l.flags;
    int fillers = 0;
    boolean appositive = false; // "Student ID, 20419-88, is on page 1"
    while (p < n && fillers < 5) {
      int q = p;
      while (q < n && q - p < 4 && (isValueSeparator(c[q]) || c[q] == ',')) {
        appositive |= c[q] == ',';
        q++;
      }
      if (q == n) {
        return false;
      }
      if (q > p && (c[q - 1] == '\n')) {
        return false;
      }
      // "Bring photo ID. Hours 9-7", "photo ID. (312) 555-0117": the label ended a sentence;
      // "No. 48213" goes on to its number
      if (sentenceEndBetween(c, n, p, q)) {
        return false;
      }
      int e = wordEnd(c, n, q);
      String w = e > q && e - q <= 9 ? " " + new String(c, q, e - q) + " " : null;
      if (l.codedOnly) {
        p = q; // a bare word takes its value at once: "quote with 375cc implants" is none
        break;
      }
      if (w != null && PARTIAL_WORDS.contains(w)) {
        flags |= Detection.PARTIAL;
        p = skipWord(c, n, e, "in", "with", "en", "4", "four", "digits", "of", "de");
        fillers++;
        continue;
      }
      if (w != null && FILLERS.contains(w) && !hasDigit(c, q, e)) {
        p = e;
        fillers++;
        continue;
      }
      p = q;
      // an issuer or system name before the value: "afiliado IMSS 3186-72-4419-0", "driver's
      // license as CA D4471903"
      if (w != null && !hasDigit(c, q, e) && e < n && c[e] == ' ' && e + 1 < n
          && hasDigit(c, e + 1, wordEnd(c, n, e + 1)) && e - q <= 8 && !NOT_ISSUERS.contains(w)) {
        p = e + 1;
      }
      break;
    }
    int vs = p;
    int ve = valueEnd(c, n, vs);
    while (ve > vs && (c[ve - 1] == '-' || c[ve - 1] == '.')) {
      ve--;
    }
    // after a comma the value must be set off by one too (or end the sentence): "your ID, 2
    // forms of proof" is no identifier
    if (appositive && ve < n && ",.;)".indexOf(c[ve]) < 0) {
      return false;
    }
    int len = ve - vs;
    int digits = 0;
    int masked = 0;
    for (int k = vs; k < ve; k++) {
      if (c[k] >= '0' && c[k] <= '9') {
        digits++;
      } else if (c[k] == '*' || c[k] == '\u2022') {
        masked++;
      }
    }
    // "account: TSH 7.8 (H)": a decimal reading after a word is a lab value, not an identifier
    boolean ok = len >= 3 && digits >= 2 && len <= 40 && !decimalReading(c, vs, ve)
        && !durationAfter(c, n, ve)
        && !(len == 3 && c[vs] == '1' && c[vs + 1] == '0' && c[vs + 2] == '1'); // "Medicare 101"
    if (l.codedOnly) {
      ok &= coded(c, vs, ve);
    }
    // "Update for patient #4821: in the OR", "patient number 7214": a waiting room's tracking
    // number, four digits on a public board; a record number is longer
    if (l.category == Category.MRN && l.words[0].equals("patient") && digits < 5
        && digits == len) {
      ok = false;
    }
    if (isCode(l.kind)) {
      ok = codeShape(l.kind, c, vs, ve) && !genericVisitCode(l.kind, c, vs, ve);
    } else if (l.category == Category.VEHICLE_ID) {
      ok = len >= 2 && len <= 17 && digits >= 1 && !driversCar(c, labelStart);
    } else if (l.category == Category.SSN) {
      // Full SSNs are validated by NumberDetector (area/group/serial rules); a label alone only
      // makes the last four digits or a masked form an SSN finding.
      ok = len >= 4 && (digits == 4 || masked > 0 && digits >= 2 && digits <= 4);
      flags |= Detection.PARTIAL;
    }
    if (!ok) {
      return false;
    }
    if (masked > 0) {
      flags |= Detection.PARTIAL;
    }
    Category category = l.category;
    long r = v.toOriginal(vs, ve);
    int label = NormalizedText.startOf(v.toOriginal(labelStart, labelStart + 1));
    out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), category, l.kind,
        0.93, flags, label));
    listContinuation(v, c, n, ve, category, l.kind, flags, out);
    return true;
  }

  /**
   * "serials HA-L-900312 and HA-R-900313", "MRNs 00482913, 00482914": values after the first,
   * joined by a comma, "and", "or", "y", "o" or "&", that look like it (digits, length), take the
   * same label.
   */
  private static void listContinuation(NormalizedText v, char[] c, int n, int from,
      Category category, String kind, int flags, List<Detection> out) {
    int p = from;
    for (int count = 0; count < 8; count++) {
      int q = p;
      boolean joiner = false;
      while (q < n && (c[q] == ' ' || c[q] == ',' || c[q] == '&' || c[q] == '/')) {
        joiner |= c[q] != ' ';
        q++;
      }
      int e = wordEnd(c, n, q);
      if ((e - q == 3 && region(c, q, "and")) || (e - q == 2 && region(c, q, "or"))
          || (e - q == 1 && (c[q] == 'y' || c[q] == 'o'))) {
        joiner = true;
        q = e;
        while (q < n && c[q] == ' ') {
          q++;
        }
      }
      if (!joiner) {
        return;
      }
      int ve = valueEnd(c, n, q);
      while (ve > q && (c[ve - 1] == '-' || c[ve - 1] == '.')) {
        ve--;
      }
      int digits = 0;
      for (int k = q; k < ve; k++) {
        if (c[k] >= '0' && c[k] <= '9') {
          digits++;
        }
      }
      if (isCode(kind) ? !codeShape(kind, c, q, ve) || genericVisitCode(kind, c, q, ve)
          : ve - q < 4 || digits < 3 || ve - q > 40) {
        return;
      }
      long r = v.toOriginal(q, ve);
      out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), category, kind,
          0.9, flags, -1));
      p = ve;
    }
  }

  /**
   * A coded value: a letter, three digits or more, and a dash or five characters or more —
   * "PA-7730154", "EST-55120", "LV-2025-118204", "BL220981"; never a bare number.
   */
  private static boolean coded(char[] c, int vs, int ve) {
    boolean letter = false;
    boolean dash = false;
    int digits = 0;
    for (int k = vs; k < ve; k++) {
      char ch = c[k];
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '-') {
        dash = true;
      } else if (Character.isLetter(ch)) {
        letter = true;
      }
    }
    return letter && digits >= 3 && (dash || ve - vs >= 5);
  }

  /** An identifier value: letters, digits, dashes, masks; a space only between digit groups. */
  private static int valueEnd(char[] c, int n, int vs) {
    if (vs >= n || !(Character.isLetterOrDigit(c[vs]) || c[vs] == '*' || c[vs] == '\u2022')) {
      return vs;
    }
    int spaced = spacedDigitsEnd(c, n, vs);
    if (spaced > vs) {
      return spaced;
    }
    int p = vs;
    int group = vs; // where the current space-separated group starts
    while (p < n) {
      char ch = c[p];
      if (Character.isLetterOrDigit(ch) || ch == '-' || ch == '*' || ch == '\u2022'
          || (ch == '.' && p + 1 < n && Character.isLetterOrDigit(c[p + 1])
              && p > vs && Character.isDigit(c[p - 1]) && Character.isDigit(c[p + 1]))) {
        p++;
      } else if (ch == ' ' && p + 1 < n && Character.isDigit(c[p + 1]) && p > vs
          // "8837 2201", and a group of letters and digits before digits: "1PW 8837 2201 9945"
          && (Character.isDigit(c[p - 1])
              || Character.isLetter(c[p - 1]) && hasDigit(c, group, p) && digitGroupsOnly(c, n, p + 1))
          && p - vs < 16 && digitGroupFollows(c, n, p + 1)) {
        p++;
        group = p;
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * The end of six or more single digits each set off by one space ("0 0 4 8 2 9 1 3"), a number
   * spelled out to slip past a pattern; {@code vs} if there is none.
   */
  private static int spacedDigitsEnd(char[] c, int n, int vs) {
    int p = vs;
    int digits = 0;
    while (p < n && Character.isDigit(c[p])
        && (p + 1 == n || !Character.isLetterOrDigit(c[p + 1]))) {
      digits++;
      if (p + 2 < n && c[p + 1] == ' ' && Character.isDigit(c[p + 2])) {
        p += 2;
      } else {
        p++;
        break;
      }
    }
    return digits >= 6 ? p : vs;
  }

  /**
   * From {@code p} on, groups of digits set off by single spaces up to the value's end, no group
   * with a letter: "8837 2201 9945." (a carrier's "999 AA1 01 2345" is read no further).
   */
  private static boolean digitGroupsOnly(char[] c, int n, int p) {
    int q = p;
    while (true) {
      int start = q;
      while (q < n && Character.isDigit(c[q])) {
        q++;
      }
      if (q == start || q < n && Character.isLetter(c[q])) {
        return false;
      }
      if (q + 1 < n && c[q] == ' ' && Character.isLetterOrDigit(c[q + 1])) {
        if (Character.isLetter(c[q + 1]) && !hasDigit(c, q + 1, wordEnd(c, n, q + 1))) {
          return true; // the next word ("Expected") ends the value
        }
        q++;
        continue;
      }
      return true;
    }
  }

  private static boolean digitGroupFollows(char[] c, int n, int p) {
    int q = p;
    while (q < n && Character.isDigit(c[q])) {
      q++;
    }
    return q - p >= 3 && (q == n || !Character.isLetter(c[q]));
  }

  private static int skipWord(char[] c, int n, int p, String... words) {
    int q = p;
    while (q < n && isValueSeparator(c[q])) {
      q++;
    }
    int e = wordEnd(c, n, q);
    for (String w : words) {
      if (e - q == w.length() && region(c, q, w)) {
        return e;
      }
    }
    return p;
  }

  /** In the base view's folded letters ("chófer" is read as "chofer"). */
  private static final String[] DRIVERS = {"driver", "conductor", "chofer"};

  /**
   * "your driver Marcus is 5 minutes away in a silver Camry, plate 7KQD219": the plate of the
   * car a ride service sends (a driver named earlier in the sentence) is the vendor's, not the
   * patient's. Looks back from {@code labelStart} to the start of its sentence (at most 160
   * characters).
   */
  private static boolean driversCar(char[] c, int labelStart) {
    for (int k = labelStart - 1; k >= 0 && labelStart - k <= 160; k--) {
      char ch = c[k];
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
        return false;
      }
      for (String d : DRIVERS) {
        if (k + d.length() <= labelStart && region(c, k, d)
            && (k == 0 || !Character.isLetter(c[k - 1]))) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- code systems ---------------------------------------------------------------------------

  private static boolean isCode(String kind) {
    return kind.equals(PROCEDURE_CODE) || kind.equals(DIAGNOSIS_CODE);
  }

  /**
   * A procedure code that says no more than "office visit": CPT evaluation-and-management codes
   * for office visits (99202-99205, 99211-99215) and preventive visits (99381-99387,
   * 99391-99397), and Medicare's annual wellness visits (G0438, G0439). "Claim processed for
   * office visit (CPT 99213)" tells what "office visit" does.
   */
  static boolean genericVisitCode(String kind, char[] c, int vs, int ve) {
    if (!kind.equals(PROCEDURE_CODE) || ve - vs != 5) {
      return false;
    }
    if (c[vs] == 'g') {
      return c[vs + 1] == '0' && c[vs + 2] == '4' && c[vs + 3] == '3'
          && (c[vs + 4] == '8' || c[vs + 4] == '9');
    }
    if (!digitsAt(c, vs, vs + 5)) {
      return false;
    }
    int code = 0;
    for (int k = vs; k < vs + 5; k++) {
      code = code * 10 + (c[k] - '0');
    }
    return (code >= 99202 && code <= 99205) || (code >= 99211 && code <= 99215)
        || (code >= 99381 && code <= 99387) || (code >= 99391 && code <= 99397);
  }

  /**
   * Whether {@code c[vs, ve)} (lower case) has the shape of a code of {@code kind}'s system.
   * Procedure codes: CPT Category I (five digits), Category II and III (four digits and F or T)
   * and HCPCS Level II (one of its section letters and four digits). Diagnosis codes: ICD-10-CM
   * and its Spanish edition CIE-10, a letter, a digit and a letter or digit, then up to four more
   * after an optional dot ({@code f32.9}, {@code e1165}, {@code s72.001a}).
   */
  static boolean codeShape(String kind, char[] c, int vs, int ve) {
    int len = ve - vs;
    if (kind.equals(PROCEDURE_CODE)) {
      if (len != 5) {
        return false;
      }
      boolean fourDigits = digitsAt(c, vs + 1, vs + 4);
      char first = c[vs];
      char last = c[vs + 4];
      return fourDigits
          && ((isDigit(first) && (isDigit(last) || last == 'f' || last == 't'))
              || (HCPCS_LETTERS.indexOf(first) >= 0 && isDigit(last)));
    }
    if (len < 3 || !(c[vs] >= 'a' && c[vs] <= 'z') || !isDigit(c[vs + 1])
        || !Character.isLetterOrDigit(c[vs + 2])) {
      return false;
    }
    int p = vs + 3;
    if (p < ve && c[p] == '.') {
      p++;
      if (p == ve) {
        return false;
      }
    }
    int rest = ve - p;
    for (int k = p; k < ve; k++) {
      if (!(isDigit(c[k]) || (c[k] >= 'a' && c[k] <= 'z'))) {
        return false;
      }
    }
    return rest <= 4;
  }

  /* The section letters of HCPCS Level II (A-V without F, I, N, O, U). */
  private static final String HCPCS_LETTERS = "abcdeghjklmpqrstv";

  private static boolean digitsAt(char[] c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isDigit(c[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  // ---- self-validating formats ----------------------------------------------------------------

  private static void formats(NormalizedText v, char[] c, int n, int ws, int we,
      List<Detection> out) {
    int len = we - ws;
    if (len == 17 && vin(c, ws)) {
      emit(v, out, ws, we, Category.VEHICLE_ID, "vin", 0.9, 0);
    } else if (len == 11 && mbi(c, ws)) {
      emit(v, out, ws, we, Category.HEALTH_PLAN_ID, "mbi", 0.85, 0);
    } else if (len == 4 && we + 9 <= n && c[we] == '-' && c[we + 4] == '-'
        && wordEnd(c, n, we + 1) == we + 4 && wordEnd(c, n, we + 5) == we + 9) {
      char[] joined = new char[11];
      System.arraycopy(c, ws, joined, 0, 4);
      System.arraycopy(c, we + 1, joined, 4, 3);
      System.arraycopy(c, we + 5, joined, 7, 4);
      if (mbi(joined, 0) && (we + 9 == n || !Character.isLetterOrDigit(c[we + 9]))) {
        emit(v, out, ws, we + 9, Category.HEALTH_PLAN_ID, "mbi", 0.9, 0);
      }
    } else if (len == 18 && curp(c, ws)) {
      emit(v, out, ws, we, Category.OTHER_ID, "id", 0.9, 0);
    } else if (len == 9 && dea(c, ws)) {
      emit(v, out, ws, we, Category.LICENSE, "provider-id", 0.7, Detection.PROVIDER_ID);
    }
  }

  private static void emit(NormalizedText v, List<Detection> out, int vs, int ve, Category cat,
      String kind, double conf, int flags) {
    long r = v.toOriginal(vs, ve);
    out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), cat, kind, conf,
        flags));
  }

  /** ISO 3779 / 49 CFR 565 VIN: no I, O, Q; check digit in position 9. */
  static boolean vin(char[] c, int p) {
    int sum = 0;
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < 17; i++) {
      char ch = c[p + i];
      int val;
      if (ch >= '0' && ch <= '9') {
        val = ch - '0';
        digit = true;
      } else if (ch >= 'a' && ch <= 'z' && ch != 'i' && ch != 'o' && ch != 'q') {
        val = VIN_VALUES.charAt(ch - 'a') - '0';
        letter = true;
      } else {
        return false;
      }
      sum += val * VIN_WEIGHTS[i];
    }
    int check = sum % 11;
    char expected = check == 10 ? 'x' : (char) ('0' + check);
    return letter && digit && c[p + 8] == expected;
  }

  private static final String VIN_VALUES = "12345678012345070923456789";
  private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /** CMS Medicare Beneficiary Identifier: C A AN N A AN N A A N N, letters without S L O I B Z. */
  static boolean mbi(char[] c, int p) {
    String shape = "CAMNAMNAANN";
    for (int i = 0; i < 11; i++) {
      char ch = c[p + i];
      switch (shape.charAt(i)) {
        case 'C':
          if (ch < '1' || ch > '9') {
            return false;
          }
          break;
        case 'N':
          if (ch < '0' || ch > '9') {
            return false;
          }
          break;
        case 'A':
          if (!mbiLetter(ch)) {
            return false;
          }
          break;
        default:
          if (!mbiLetter(ch) && (ch < '0' || ch > '9')) {
            return false;
          }
      }
    }
    return true;
  }

  private static boolean mbiLetter(char ch) {
    return ch >= 'a' && ch <= 'z' && "slobiz".indexOf(ch) < 0;
  }

  /** Mexican CURP: 4 letters, 6 digits (birth date), H/M/X, 5 letters, 1 letter or digit, 1 digit. */
  static boolean curp(char[] c, int p) {
    for (int i = 0; i < 18; i++) {
      char ch = c[p + i];
      boolean letter = ch >= 'a' && ch <= 'z';
      boolean digit = ch >= '0' && ch <= '9';
      boolean ok;
      if (i < 4 || (i >= 11 && i < 16)) {
        ok = letter;
      } else if (i < 10) {
        ok = digit;
      } else if (i == 10) {
        ok = ch == 'h' || ch == 'm' || ch == 'x';
      } else if (i == 16) {
        ok = letter || digit;
      } else {
        ok = digit;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** DEA registration: two letters, seven digits, (d1+d3+d5) + 2(d2+d4+d6) ≡ d7 (mod 10). */
  static boolean dea(char[] c, int p) {
    if ("abcdefghjklmprstux".indexOf(c[p]) < 0 || !Character.isLetter(c[p + 1])) {
      return false;
    }
    int[] d = new int[7];
    for (int i = 0; i < 7; i++) {
      char ch = c[p + 2 + i];
      if (ch < '0' || ch > '9') {
        return false;
      }
      d[i] = ch - '0';
    }
    int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    return sum % 10 == d[6];
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }

  private static int wordEnd(char[] c, int n, int p) {
    if (p < n && c[p] == '#') {
      return p + 1;
    }
    int e = p;
    while (e < n && isWordChar(c[e])) {
      e++;
    }
    return e;
  }

  private static boolean isLabelSeparator(char c) {
    return c == ' ' || c == '.' || c == '/' || c == '-' || c == '_';
  }

  private static boolean isValueSeparator(char c) {
    return c == ' ' || c == ':' || c == '#' || c == '.' || c == '=' || c == '-' || c == '\t'
        || c == '(' || c == '\n';
  }

  /**
   * A full stop and a space among the separators in {@code [from, to)}, then no word with a
   * digit: "ID. (312)", "ID. Hours 9-7" ("No. 48213" and "Case no. DMR-2025-30418" are labels
   * and their numbers).
   */
  private static boolean sentenceEndBetween(char[] c, int n, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (c[k] == '.' && c[k + 1] == ' ') {
        int j = k + 1;
        while (j < n && c[j] == ' ') {
          j++;
        }
        int e = j;
        while (e < n && c[e] != ' ' && c[e] != '\n') {
          e++;
        }
        return j < n && (c[j] == '(' || !hasDigit(c, j, e));
      }
    }
    return false;
  }

  private static boolean hasDigit(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (c[i] >= '0' && c[i] <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean region(char[] c, int p, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (c[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
