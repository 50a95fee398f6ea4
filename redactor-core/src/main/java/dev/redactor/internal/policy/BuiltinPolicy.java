package dev.redactor.internal.policy;

import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Channel;
import dev.redactor.Finding;
import dev.redactor.Message;
import dev.redactor.Span;
import dev.redactor.internal.detect.Detection;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in default policy for identifiers (the rule DSL replaces it with the {@code default}
 * pack; rule ids stay the same). For SMS, e-mail, push and voice:
 *
 * <ul>
 *   <li>BLOCK: a full SSN, a payment card number, a full date of birth with a name — identifiers
 *       that must never travel by text.
 *   <li>REWRITE (removed): part of an SSN, a partial date of birth, an age over 89, the patient's
 *       own phone, e-mail, address or ZIP, a link with identifying parameters, and record,
 *       member, account, license, device, vehicle, IP and other identifying numbers.
 *   <li>WARN: an opaque per-recipient link (it identifies nobody by itself, but should require a
 *       login), a provider's NPI or DEA number, and unlabelled long numbers.
 *   <li>ALLOW: dates (appointment dates are the point of a reminder) and the practice's own phone,
 *       e-mail, site and address.
 * </ul>
 *
 * <p>For the portal channel, which sits behind a login, the identifiers that would be removed are
 * allowed; SSNs and payment card numbers are still blocked.
 */
public final class BuiltinPolicy {
  /** The id of this policy. */
  public static final String ID = "default";

  private BuiltinPolicy() {}

  /** Judges every detection of {@code message}. */
  public static List<Judgement> judge(List<Detection> detections, Message message) {
    List<Judgement> out = new ArrayList<>(detections.size());
    String text = message.text();
    boolean portal = message.effectiveChannel() == Channel.PORTAL;
    boolean named = false;
    for (Detection d : detections) {
      named |= d.category == Category.NAME;
    }
    for (Detection d : detections) {
      Rule r = rule(d, named);
      Action action = r.action;
      String ruleId = r.id;
      String why = r.explanation;
      if (portal && (action == Action.REWRITE || action == Action.BLOCK)
          && d.category != Category.SSN && !d.has(Detection.PAYMENT_CARD)) {
        action = Action.ALLOW;
        ruleId = "default.portal-channel";
        why = d.category + " is allowed in a portal message, which sits behind a login.";
      }
      Finding f =
          new Finding(Span.of(text, d.start, d.end), d.category, ruleId, action, d.confidence,
              why);
      out.add(new Judgement(d, f));
    }
    return out;
  }

  private record Rule(String id, Action action, String explanation) {}

  private static Rule rule(Detection d, boolean named) {
    switch (d.category) {
      case SSN:
        return d.has(Detection.PARTIAL)
            ? rewrite("default.ssn-partial", "Part of a Social Security number; removed.")
            : block("default.ssn", "A Social Security number must never be sent in a message.");
      case ACCOUNT:
        if (d.has(Detection.PAYMENT_CARD)) {
          return block("default.payment-card",
              "A payment card number must never be sent in a message.");
        }
        return rewrite("default.account-number",
            "An account number identifies the patient and is not needed; removed.");
      case DATE:
        if (d.has(Detection.DOB)) {
          return d.has(Detection.FULL_DATE) && named
              ? block("default.date-of-birth",
                  "A full date of birth with a name must never be sent in a message.")
              : rewrite("default.date-of-birth",
                  "A date of birth identifies the patient; removed.");
        }
        return allow("default.date", "A date; appointment dates are allowed.");
      case AGE:
        return rewrite("default.age-over-89",
            "An age over 89 identifies the patient under Safe Harbor; removed.");
      case PHONE:
      case FAX:
      case EMAIL:
      case ADDRESS:
      case ZIP:
        if (d.has(Detection.PATIENT)) {
          return rewrite("default.patient-contact",
              "The patient's own " + noun(d.category) + " is not needed in the message; removed.");
        }
        return allow("default.practice-contact",
            "The practice's own " + noun(d.category) + " is allowed.");
      case URL:
        if (d.has(Detection.PERSONALIZED)) {
          return rewrite("default.personalized-link",
              "The link carries identifying parameters; removed.");
        }
        if (d.has(Detection.OPAQUE_TOKEN)) {
          return warn("default.tracking-link",
              "The link carries a per-recipient code; make sure it requires a login.");
        }
        return allow("default.practice-contact", "The practice's own web address is allowed.");
      case IP:
        return rewrite("default.ip-address", "An IP address is an identifier; removed.");
      case MRN:
        return rewrite("default.mrn", "A medical record number is not needed; removed.");
      case HEALTH_PLAN_ID:
        return rewrite("default.health-plan-id",
            "A health-plan member number is not needed; removed.");
      case LICENSE:
        if (d.has(Detection.PROVIDER_ID)) {
          return warn("default.provider-id",
              "A provider registration number; not patient information, but rarely needed.");
        }
        return rewrite("default.license-number",
            "A license or certificate number identifies the patient; removed.");
      case DEVICE_ID:
        return rewrite("default.device-id", "A device serial number is an identifier; removed.");
      case VEHICLE_ID:
        return rewrite("default.vehicle-id", "A vehicle identifier is an identifier; removed.");
      case OTHER_ID:
        if (d.labelStart < 0 && d.confidence < 0.6) {
          return warn("default.unlabelled-number",
              "A long number that may identify the patient; check that it is needed.");
        }
        return rewrite("default.other-id",
            "An identifying number is not needed in the message; removed.");
      case NAME:
        return rewrite("default.patient-name",
            "A patient's or family member's name is not needed; removed.");
      case PROVIDER:
        return allow("default.provider", "A provider's name is allowed.");
      case SPECIALTY:
      case PROCEDURE:
      case CONDITION:
      case MEDICATION:
        return clinical(d);
      case RESULT:
        return block("default.result", "A clinical result is the content of the message.");
      default:
        return warn("default.other", d.category + " found.");
    }
  }

  private static Rule clinical(Detection d) {
    if (d.category == Category.CONDITION && d.has(Detection.DIAGNOSIS)) {
      return block("default.diagnosis", "A diagnosis or finding stated about someone is the"
          + " content of the message.");
    }
    if (d.category == Category.MEDICATION && d.has(Detection.DIAGNOSIS)) {
      return block("default.diagnosis", "An allergy or reaction to a drug is clinical content.");
    }
    if (d.has(Detection.DOSING)) {
      return block("default.dosing", "Treatment or dosing instructions are clinical content.");
    }
    if (d.has(Detection.THIRD_PARTY)
        && (d.category == Category.CONDITION || d.category == Category.MEDICATION)) {
      return block("default.third-party-health", "Someone else's health information.");
    }
    if (d.has(Detection.NEGATED) || d.has(Detection.BROADCAST)) {
      return allow("default.general-information",
          "A general or hypothetical mention, not about the recipient.");
    }
    switch (d.category) {
      case SPECIALTY:
        return rewrite("default.specialty",
            "The specialty or practice name reveals the type of care; removed.");
      case PROCEDURE:
        return rewrite("default.procedure",
            "The procedure or visit type reveals health information; removed.");
      case CONDITION:
        return rewrite("default.condition", "A condition used as a visit label; removed.");
      default:
        return rewrite("default.medication", "The medication name is not needed; removed.");
    }
  }

  private static String noun(Category c) {
    switch (c) {
      case PHONE:
        return "phone number";
      case FAX:
        return "fax number";
      case EMAIL:
        return "e-mail address";
      case ADDRESS:
        return "address";
      default:
        return "ZIP code";
    }
  }

  private static Rule allow(String id, String why) {
    return new Rule(id, Action.ALLOW, why);
  }

  private static Rule warn(String id, String why) {
    return new Rule(id, Action.WARN, why);
  }

  private static Rule rewrite(String id, String why) {
    return new Rule(id, Action.REWRITE, why);
  }

  private static Rule block(String id, String why) {
    return new Rule(id, Action.BLOCK, why);
  }
}
