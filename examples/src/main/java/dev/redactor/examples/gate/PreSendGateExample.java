package dev.redactor.examples.gate;

import dev.redactor.Channel;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import java.util.List;

/**
 * The pre-send gate in action: an SMS "gateway" that prints, wrapped in a {@link RedactorGate}.
 *
 * <p>Run: {@code examples/run gate}.
 */
public final class PreSendGateExample {
  private PreSendGateExample() {}

  public static void main(String[] args) {
    Redactor redactor = Redactor.standard();
    MessageSender gateway = m -> System.out.println("SMS to " + m.recipient() + ": " + m.text());
    MessageSender sms = new RedactorGate(redactor, gateway,
        "You have a new message from Sunrise Clinic. Please log in to the patient portal.",
        held -> System.out.println("  held " + held));
    for (OutgoingMessage m : List.of(
        new OutgoingMessage("m1", "+1 555 0100", "Your appointment with Dr. Smith is tomorrow at"
            + " 2pm.", Purpose.REMINDER, Channel.SMS),
        new OutgoingMessage("m2", "+1 555 0101", "Hi Maria, your mammogram is Tuesday at 9am.",
            Purpose.REMINDER, Channel.SMS),
        new OutgoingMessage("m3", "+1 555 0102", "Your HbA1c is 7.2, indicating poorly-controlled"
            + " diabetes.", Purpose.RESULT, Channel.SMS))) {
      sms.send(m);
    }
  }
}
