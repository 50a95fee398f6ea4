package dev.redactor.internal.detect;

import dev.redactor.internal.text.NormalizedText;

/**
 * Decides whether a phone number, e-mail, URL or address belongs to the patient or to the practice.
 *
 * <p>The rule: a contact detail in an outgoing message is the practice's own (its phone, site,
 * office address) unless the words just before it tie it to the patient — "your cell", "we have
 * your address as", "we will call you at", "ship to", "su teléfono". A reminder that says "call
 * us at 617-555-0142" is therefore not a finding that stops the message, while "we have your
 * number as 617-555-0142" is.
 */
final class ContactContext {
  private ContactContext() {}

  /** What ties a detail to the patient when it comes before it. */
  private static final Context.Phrases PATIENT_BEFORE = new Context.Phrases(
    " your phone", " your cell", " your mobile", " your number", " your home", " your address",
    // texting shorthand and the familiar Spanish "tu": "ur cell is 503-555-0178"
    " ur phone", " ur cell", " ur mobile", " ur number", " ur address", " ur email",
    " yr phone", " yr cell", " yr number", " tu telefono", " tu celular", " tu numero",
    " tu direccion", " tu correo",
    " your email", " your e mail", " your contact", " your work", " your personal",
    // "your new number", not "your new coordinator is Faith Abernathy, (405) 555-0139"
    " your new number", " your new phone", " your new cell", " your new address", " your new email",
    " your new e mail", " your new home", " your new mailing",
    " your alternate", " your emergency", " your preferred", " your mailing", " your shipping",
    // the cardholder's: "the billing ZIP (61614) did not match"
    " billing zip", " billing address", " billing postal", " codigo postal de facturacion",
    " your zip", " ur zip", " su codigo postal",
    // where the recipient's notices are sent from now on: "invitations will now go to ..."
    " will now go to ", " llegaran a ",
    // "We updated the e-mail on your account to d.c@example.net"
    " on your account to ", " en su cuenta a ",
    // "The e-mail address on your MyWillow account was changed to d.hollis77@example.net"
    " was changed to ", " has been changed to ", " was updated to ", " has been updated to ",
    " fue cambiado a ", " fue cambiada a ", " se cambio a ", " fue actualizado a ",
    " we have ", " on file", " is this ", " update your", " verify your", " confirm your",
    " call you ", " text you ", " reach you ", " contact you ", " email you ", " e mail you ",
    " send it to ", " sent to ", " ship to ", " shipped to ", " deliver to ", " delivered to ",
    " delivery to ", " mail to ", " mailed to ", " visit you at ", " see you at home ",
    " delivery attempt ", " attempted delivery ", " could not deliver ", " unable to deliver ",
    " intento de entrega ", " entregado en ", " entregamos en ",
    // where a ride collects the recipient, where returned mail was sent
    " pick you up ", " picks you up ", " pickup address ", " pick up address ",
    " pick-up address ", " drop you off ",
    // "the new number you gave us, 773-555-0183"
    " you gave us", " you provided", " nos dio ", " nos proporciono ",
    " lo recogera ", " la recogera ", " le recogera ",
    " pasara por usted ", " undeliverable ", " returned mail ", " correo devuelto ",
    " patient's ", " patient phone", " patient address", " patient email", " patient cell",
    " home phone", " home address", " cell phone", " mobile phone", " personal email",
    " his address", " his phone", " his number", " his cell", " his email", " his home",
    " her address", " her phone", " her number", " her cell", " her email", " her home",
    " their address", " their phone", " their number", " their cell", " their email",
    " their home",
    " su telefono", " su celular", " su numero", " su direccion", " su correo", " su domicilio",
    " tenemos ", " lo llamaremos", " la llamaremos", " le llamaremos", " le llamaremos ",
    " enviar a ", " enviado a ", " enviada a ", " domicilio ", " paciente ",
    // a detail sent or kept on record for the patient
    " mailed ", " we sent ", " sent your ", " le enviamos ", " emailed your ", " e-mailed your ",
    " texted your ", " we emailed ", " we e-mailed ",
    " enviamos su ", " we'll send ", " we will send ", " on record ", " in our records ",
    " registrado ", " registrada ", " en su expediente ", " for you is ",
    // where the recipient's own reminders go: "you'll still get reminders by email at ..."
    " get reminders ", " receive reminders ", " get your reminders ", " reminders will go to ",
    " for the number ", " para el numero ", " al numero registrado ",
    // an invitation or a message sent to the recipient's address: "your portal invitation to"
    " invitation to ", " invite to ", " invitacion a ",
    " recibira recordatorios ", " recibir recordatorios ", " recibira sus recordatorios "
  );

  /** A request to call or write, close before a detail. */
  private static final Context.Phrases CALL_BEFORE = new Context.Phrases(
    " call ", " llame ", " llamenos ", " contacte "
  );

  /** Who calls a number: the practice calling out, not the reader asked to call. */
  private static final Context.Phrases CALLERS = new Context.Phrases(
    " we call ", " will call ", " ll call ", " may call ", " can call ", " would call ",
    " i call ", " they call ", " will llame "
  );

  /** "calling us at", "text us on", "llámenos al": the practice's own detail, right after. */
  private static final Context.Phrases US_AT = new Context.Phrases(
    " us at ", " us on ", " us via ", " nos al ", " nos en "
  );

  /** "call you from", "desde el": the number a call or text will come from. */
  private static final Context.Phrases FROM_BEFORE = new Context.Phrases(
    " you from ", " u from ", " from the number ", " from number ", " desde el ", " desde el numero "
  );

  /** Words that make a nearby request to call about the recipient's own detail. */
  private static final Context.Phrases RECIPIENT_NEAR = new Context.Phrases(
    " you ", " your ", " u ", " ur ", " su ", " sus ", " le ", " lo ", " la ", " patient"
  );

  /** What ties a detail to the patient when it comes after it. */
  private static final Context.Phrases PATIENT_AFTER = new Context.Phrases(
    " still the best ", " to reach you ", " still correct ", " is correct ", " still your ",
    " your username ", " your user name ", " your login ", " su usuario ",
    " if you've moved ", " if you have moved ", " has changed ", " if it has changed ",
    " if this has changed ", " sigue siendo ", " es correcto ", " es correcta ",
    " si cambio ", " si ha cambiado ", " si se mudo ", " para contactarle ", " para contactarlo ",
    " bounced ", " was returned ", " reboto ", " fue devuelto ",
    // "we'll email your discharge papers to jl@example.net as you asked"
    " as you asked", " as you requested", " como lo pidio", " como pidio", " como solicito"
  );

  /**
   * PATIENT or PRACTICE for a contact detail spanning {@code [viewStart, viewEnd)} of the base
   * view, from the words before it (up to eight) and after it (up to six).
   */
  static int classify(NormalizedText v, int viewStart, int viewEnd) {
    // tested in place: the windows' strings were most of the bytes of a phone's classification
    int sentence = sentenceStart(v, viewStart);
    // "ship to the address on file, or call Northwind Medical at (503) 555-0191": a number to
    // call, named right before it, is whom to call, whatever came earlier in the sentence
    if (Context.hasBefore(v, sentence, viewStart, 4, CALL_BEFORE)
        && !Context.hasBefore(v, sentence, viewStart, 4, RECIPIENT_NEAR)) {
      return Detection.PRACTICE;
    }
    // "To update your card, call 720-555-0109": "call" right before a number asks the reader
    // to call it, whatever "your" came before ("we will call 503-555-0178" is the caller's)
    if (Context.hasBefore(v, sentence, viewStart, 1, CALL_BEFORE)
        && !Context.hasBefore(v, sentence, viewStart, 2, CALLERS)) {
      return Detection.PRACTICE;
    }
    if (Context.hasBefore(v, sentence, viewStart, 2, US_AT)) {
      return Detection.PRACTICE; // "confirm the patient's date of birth by calling us at ..."
    }
    if (Context.hasBefore(v, sentence, viewStart, 2, FROM_BEFORE)) {
      return Detection.PRACTICE; // "we'll call you from (919) 555-0171": the caller's number
    }
    if (businessBefore(v, sentence, viewStart) || callRequestsItsNumber(v, sentence, viewStart)) {
      return Detection.PRACTICE;
    }
    if (Context.hasBefore(v, sentence, viewStart, 8, PATIENT_BEFORE)
        || sentToTheRecipient(v, sentence, viewStart)) {
      return Detection.PATIENT;
    }
    return Context.hasAfterInSentence(v, viewEnd, 6, PATIENT_AFTER) ? Detection.PATIENT
        : Detection.PRACTICE;
  }

  /** The last word of a business's name: "Beacon Pharmacy", "Larkspur Drug", "Bayview Health". */
  private static final Context.Phrases BUSINESS_HEADS = new Context.Phrases(
    " pharmacy ", " pharmacies ", " drug ", " drugs ", " drugstore ", " lab ", " labs ",
    " laboratory ", " laboratories ", " clinic ", " hospital ", " center ", " centre ",
    " health ", " imaging ", " radiology ", " store ", " market ", " supermarket ",
    " farmacia ", " clinica ", " laboratorio ", " centro "
  );

  /**
   * A business named right before the detail, set off by a comma: "your prescription was sent to
   * Beacon Pharmacy, 410 Harmon Ave", "pay by mail to Bayview Health, PO Box 8812". The detail is
   * that business's, whatever tied the sentence to the patient before it.
   */
  private static boolean businessBefore(NormalizedText v, int sentence, int viewStart) {
    char[] c = v.buffer();
    int p = lastNonSpaceBefore(c, sentence, viewStart);
    return p > sentence && c[p] == ','
        && Context.hasBefore(v, sentence, p, 1, BUSINESS_HEADS);
  }

  /** The last position before {@code viewStart} (not before {@code sentence}) that is no space. */
  private static int lastNonSpaceBefore(char[] c, int sentence, int viewStart) {
    int p = viewStart - 1;
    while (p > sentence && c[p] == ' ') {
      p--;
    }
    return p;
  }

  /** How a request to call opens a sentence: "Please call the center ...". */
  private static final String[] CALL_OPENINGS = {
    " call ", " please call ", " pls call ", " plz call ", " kindly call ", " llame ",
    " por favor llame ", " favor de llamar ", " llamenos "
  };

  /**
   * A sentence that opens by asking the reader to call and ends on the number after a colon:
   * "Before your next treatment, please call the center so we can update your orders: 614-555-
   * 0142" (an opening clause may come first). The number is whom to call.
   */
  private static boolean callRequestsItsNumber(NormalizedText v, int sentence, int viewStart) {
    char[] c = v.buffer();
    int p = lastNonSpaceBefore(c, sentence, viewStart);
    if (p <= sentence || c[p] != ':') {
      return false;
    }
    return opensWith(v, sentence, p, CALL_OPENINGS);
  }

  /**
   * Whether the sentence from {@code sentence}, or its clause after the first comma before
   * {@code end} ("Doña Eva, le mandamos ...", "Before your next treatment, please call ..."),
   * opens with one of {@code openings} (folded words, space-delimited).
   */
  private static boolean opensWith(NormalizedText v, int sentence, int end, String[] openings) {
    char[] c = v.buffer();
    int clause = sentence;
    for (int k = sentence; k < end; k++) {
      if (c[k] == ',') {
        clause = k + 1;
        break;
      }
    }
    for (int from : new int[] {sentence, clause}) {
      int q = from;
      while (q < end && !Character.isLetter(c[q])) {
        q++;
      }
      String opening = Context.after(v, q, 3);
      for (String o : openings) {
        if (opening.startsWith(o)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How a sentence about something sent to the recipient opens: "We sent your ...". */
  private static final String[] SENT_OPENINGS = {
    " we sent ", " we mailed ", " we emailed ", " we e mailed ", " we texted ", " we ve sent ",
    " we have sent ", " le enviamos ", " le mandamos "
  };

  /**
   * "We sent your pre-op packet for the blepharoplasty to kmorales88@example.net": a sentence that
   * opens with what was sent to the recipient and names the detail after "to" or "a" (however
   * many words the thing sent took) is where the recipient gets it.
   */
  private static boolean sentToTheRecipient(NormalizedText v, int sentence, int viewStart) {
    char[] c = v.buffer();
    int p = lastNonSpaceBefore(c, sentence, viewStart);
    boolean to = p >= sentence + 2 && c[p - 2] == ' ' && c[p - 1] == 't' && c[p] == 'o'
        || p >= sentence + 1 && c[p - 1] == ' ' && c[p] == 'a';
    return to && opensWith(v, sentence, p, SENT_OPENINGS);
  }

  /** Start of the sentence containing {@code pos}: after ". ", "? ", "! " or a line break. */
  static int sentenceStart(NormalizedText v, int pos) {
    char[] c = v.buffer();
    for (int p = Math.min(pos, v.length()) - 1; p > 0; p--) {
      if (c[p] == '\n') {
        return p + 1;
      }
      if (c[p] == ' ' && (c[p - 1] == '.' || c[p - 1] == '?' || c[p - 1] == '!')) {
        return p;
      }
    }
    return 0;
  }

  /** As {@link #classify(NormalizedText, int, int)} with only the words before. */
  static int classify(NormalizedText v, int viewStart) {
    return classify(v, viewStart, viewStart);
  }
}
