package dev.redactor.examples.gate;

import dev.redactor.Channel;
import dev.redactor.Message;
import dev.redactor.Purpose;
import java.util.Objects;

/**
 * A message a platform is about to send: an id, a recipient address, the text, and what it is
 * for. {@code toString()} leaves the text and the recipient out.
 */
public record OutgoingMessage(
    String id, String recipient, String text, Purpose purpose, Channel channel) {
  public OutgoingMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(text, "text");
  }

  /** The same message with another text. */
  public OutgoingMessage withText(String newText) {
    return new OutgoingMessage(id, recipient, newText, purpose, channel);
  }

  /** What Redactor checks. */
  public Message toMessage() {
    return Message.of(text, purpose, channel);
  }

  @Override
  public String toString() {
    return "OutgoingMessage[id=" + id + ", length=" + text.length() + ", purpose=" + purpose
        + ", channel=" + channel + "]";
  }
}
