package dev.redactor.examples.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Channel;
import dev.redactor.Limits;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorGateTest {
  private static final String NOTICE =
      "You have a new message from Sunrise Clinic. Please log in to the patient portal.";
  private static final Redactor REDACTOR = Redactor.standard();

  private final List<OutgoingMessage> sent = new ArrayList<>();
  private final List<HeldMessage> held = new ArrayList<>();
  private final RedactorGate gate = new RedactorGate(REDACTOR, sent::add, NOTICE, held::add);

  private static OutgoingMessage sms(String id, String text) {
    return new OutgoingMessage(id, "+1 555 0100", text, Purpose.REMINDER, Channel.SMS);
  }

  @Test
  void allow_isSentAsItIs() {
    OutgoingMessage m = sms("m1", "Your appointment with Dr. Smith is tomorrow at 2pm.");
    gate.send(m);
    assertEquals(List.of(m), sent);
    assertTrue(held.isEmpty());
  }

  @Test
  void rewrite_sendsTheRewrite_toTheSameRecipient() {
    gate.send(sms("m2", "We have your cell as 617-555-0142. Reply YES to confirm."));
    assertEquals(1, sent.size());
    assertEquals("We have your cell. Reply YES to confirm.", sent.get(0).text());
    assertEquals("m2", sent.get(0).id());
    assertEquals("+1 555 0100", sent.get(0).recipient());
    assertTrue(held.isEmpty());
  }

  @Test
  void block_sendsThePortalNoticeInstead_andRecordsWhyWithoutText() {
    String text = "Please verify SSN 123-45-6789 before your visit.";
    gate.send(sms("m3", text));
    assertEquals(1, sent.size());
    assertEquals(NOTICE, sent.get(0).text());
    assertEquals(1, held.size());
    HeldMessage h = held.get(0);
    assertEquals("m3", h.messageId());
    assertEquals(List.of(Category.SSN), h.categories());
    assertEquals(List.of("18..29"), h.spans());
    assertEquals("123-45-6789", text.substring(18, 29));
    assertFalse(h.failedClosed());
    assertFalse(h.toString().contains("6789"), h.toString());
    assertFalse(h.ruleIds().isEmpty());
  }

  @Test
  void checkingFails_holdsTheMessage_neverSendsItAsItIs() {
    Redactor tiny = Redactor.builder().limits(Limits.builder().maxMessageLength(20).build())
        .build();
    List<OutgoingMessage> out = new ArrayList<>();
    RedactorGate g = new RedactorGate(tiny, out::add, "See you soon.", held::add);
    g.send(sms("m4", "Your appointment with Dr. Smith is tomorrow at 2pm."));
    assertEquals(1, out.size());
    assertEquals("See you soon.", out.get(0).text());
    assertTrue(held.get(0).failedClosed());
  }

  @Test
  void aPortalNoticeThatIsNotAllowed_isRefusedUpFront() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RedactorGate(REDACTOR, sent::add, "Your chemo results are in the portal.",
            held::add));
    assertTrue(e.getMessage().startsWith("the portal notice itself is "), e.getMessage());
  }

  @Test
  void outgoingMessage_toString_hasNoTextOrRecipient() {
    String s = sms("m5", "Hi Maria").toString();
    assertFalse(s.contains("Maria") || s.contains("555"), s);
  }
}
