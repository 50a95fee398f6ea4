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

  private static final String[] PATIENT = {
    " your phone", " your cell", " your mobile", " your number", " your home", " your address",
    " your email", " your e mail", " your contact", " your work", " your personal", " your new ",
    " your alternate", " your emergency", " your preferred", " your mailing", " your shipping",
    " we have ", " on file", " is this ", " update your", " verify your", " confirm your",
    " call you ", " text you ", " reach you ", " contact you ", " email you ", " e mail you ",
    " send it to ", " sent to ", " ship to ", " shipped to ", " deliver to ", " delivered to ",
    " delivery to ", " mail to ", " mailed to ", " visit you at ", " see you at home ",
    " patient's ", " patient phone", " patient address", " patient email", " patient cell",
    " home phone", " home address", " cell phone", " mobile phone", " personal email",
    " his ", " her ", " their ",
    " su telefono", " su celular", " su numero", " su direccion", " su correo", " su domicilio",
    " tenemos ", " lo llamaremos", " la llamaremos", " le llamaremos", " le llamaremos ",
    " enviar a ", " enviado a ", " enviada a ", " domicilio ", " paciente "
  };

  /** The flag for the detection ending the words before {@code viewStart}: PATIENT or PRACTICE. */
  static int classify(NormalizedText v, int viewStart) {
    String before = Context.before(v, viewStart, 6);
    return Context.has(before, PATIENT) ? Detection.PATIENT : Detection.PRACTICE;
  }
}
