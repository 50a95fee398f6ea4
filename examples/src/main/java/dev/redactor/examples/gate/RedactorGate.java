package dev.redactor.examples.gate;

import dev.redactor.Action;
import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The pre-send gate: a {@link MessageSender} decorator that checks each outgoing message right
 * before it goes out. ALLOW sends the message as it is, REWRITE sends the rewrite, BLOCK sends the
 * portal notice instead and records why (rule ids, categories, offsets; never the text). If
 * checking fails for any reason the message is held, never sent as it is (fail closed).
 *
 * <p>This is the class a platform copies: wrap the sender it already has.
 *
 * <pre>{@code
 * MessageSender sms = new RedactorGate(redactor, smsGateway::send,
 *     "You have a new message from Sunrise Clinic. Please log in to the patient portal.",
 *     held -> auditLog.info("held {}", held));
 * sms.send(message);
 * }</pre>
 */
public final class RedactorGate implements MessageSender {
  private final Redactor redactor;
  private final MessageSender delegate;
  private final String portalNotice;
  private final Consumer<HeldMessage> held;

  /**
   * A gate in front of {@code delegate}.
   *
   * @param portalNotice the text sent instead of a blocked message; it is checked here once and
   *     must itself be ALLOW under the policy, on every channel
   * @param held told about every blocked message
   * @throws IllegalArgumentException when the portal notice is not ALLOW
   */
  public RedactorGate(Redactor redactor, MessageSender delegate, String portalNotice,
      Consumer<HeldMessage> held) {
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.held = Objects.requireNonNull(held, "held");
    Verdict v = redactor.check(portalNotice);
    if (v.decision() != Decision.ALLOW) {
      throw new IllegalArgumentException(
          "the portal notice itself is " + v.decision() + " under policy " + redactor.policyId()
              + ": " + v.explanation());
    }
    this.portalNotice = portalNotice;
  }

  @Override
  public void send(OutgoingMessage message) {
    Verdict v;
    try {
      v = redactor.check(message.toMessage());
    } catch (RuntimeException e) {
      // A message that is too long, or anything else unexpected: hold it (fail closed).
      v = Verdict.failedClosed("checking failed (" + e.getClass().getSimpleName() + ")");
    }
    switch (v.decision()) {
      case ALLOW -> delegate.send(message);
      case REWRITE -> delegate.send(message.withText(v.rewritten().orElseThrow()));
      case BLOCK -> {
        held.accept(reasons(message.id(), v));
        delegate.send(message.withText(portalNotice));
      }
    }
  }

  private static HeldMessage reasons(String id, Verdict v) {
    List<String> rules = new ArrayList<>();
    List<dev.redactor.Category> categories = new ArrayList<>();
    List<String> spans = new ArrayList<>();
    for (Finding f : v.findings(Action.BLOCK)) {
      rules.add(f.ruleId());
      categories.add(f.category());
      spans.add(f.start() + ".." + f.end());
    }
    return new HeldMessage(id, rules, categories, spans, v.explanation(), v.failedClosed());
  }
}
