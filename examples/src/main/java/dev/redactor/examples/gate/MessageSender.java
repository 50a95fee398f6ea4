package dev.redactor.examples.gate;

/** Whatever the platform sends with: an SMS gateway client, an e-mail API, a push service. */
@FunctionalInterface
public interface MessageSender {
  /** Sends one message. */
  void send(OutgoingMessage message);
}
