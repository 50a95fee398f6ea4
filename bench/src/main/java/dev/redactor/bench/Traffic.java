package dev.redactor.bench;

import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic outgoing-message traffic shaped like issue #6 asks: 70% plain reminders, 20%
 * with removable PHI (a patient name, a procedure, a specialty, a medication, the patient's own
 * phone or member id), 10% clinical content that blocks (results, findings, dosing, SSN); lengths
 * from 40 to 1,600 characters. Plus texts of any exact length (16 characters to a megabyte) cut
 * from the same traffic, for the length-scaling curve. No real PHI: names, numbers and ids are
 * made up (555-01xx phone numbers, invalid-range SSN-shaped numbers).
 */
final class Traffic {
  private Traffic() {}

  static final String[] PLAIN = {
    "Your appointment with Dr. %P is %D at %T. Reply C to confirm or call us at (617) 555-01%N.",
    "Reminder: you have an appointment %D at %T at Maple Street Family Medicine.",
    "Your prescription is ready for pickup. Questions? Call 617-555-01%N.",
    "You have a new message in your patient portal. Log in to view.",
    "Your recent lab results are ready. Log in to the patient portal to view.",
    "It's time to schedule your annual visit. Book online at www.example-clinic.org/book today.",
    "Please arrive 15 minutes early and bring a photo ID and your insurance card.",
    "Su cita con la Dra. %P es el %E a las %H. Responda C para confirmar.",
    "We are closed on Monday for the holiday. For urgent questions call 617-555-01%N.",
  };

  static final String[] PHI = {
    "Hi %G, your appointment is %D at %T. Reply C to confirm.",
    "Reminder: your %R is %D at %T. Please arrive 15 minutes early.",
    "Your %S follow-up with Dr. %P is %D at %T.",
    "Your prescription for %M is ready for pickup at the front desk.",
    "We have your cell as 617-555-01%N. Reply YES if this is still correct.",
    "Please bring Member ID: XGH-4488%N and a photo ID to your visit %D.",
    "Hola %G, su cita es el %E a las %H.",
  };

  static final String[] CLINICAL = {
    "Your HbA1c came back at 7.%N. Please call us to talk about it.",
    "Your x-ray shows a small fracture of the wrist. Please call the clinic.",
    "Take 2 tablets of %M twice a day until your follow-up %D.",
    "We need to verify SSN 123-45-67%N before your visit %D.",
    "Your lab results came back positive. Please call us %D.",
  };

  static final String[] PROVIDERS = {"Smith", "Patel", "Nguyen", "Garcia", "Lee", "Okafor"};
  static final String[] GIVEN = {"Maria", "James", "Aisha", "Carlos", "Emily", "Jamal", "Sofia"};
  static final String[] PROCEDURES = {
    "mammogram", "colonoscopy", "crown prep", "root canal", "infusion", "chemo", "biopsy"
  };
  static final String[] SPECIALTIES = {"cardiology", "oncology", "dermatology", "urology"};
  static final String[] MEDICATIONS = {"sertraline", "metformin", "lisinopril", "atorvastatin"};
  static final String[] DAYS = {"tomorrow", "on Monday", "on 3/14", "on May 14", "on Friday"};
  static final String[] TIMES = {"2pm", "9:30 AM", "10am", "3:45 pm"};
  static final String[] DIAS = {"lunes", "martes", "viernes"};
  static final String[] HORAS = {"10", "3:30", "9"};

  /**
   * {@code count} messages of the mix. Lengths: 80% one SMS segment or two (40 to 300 characters),
   * 15% up to 800, 5% up to 1,600; a message is its class sentence followed by plain sentences
   * until the next would pass the drawn length.
   */
  static String[] mix(long seed, int count) {
    Random r = new Random(seed);
    String[] out = new String[count];
    StringBuilder sb = new StringBuilder(1700);
    for (int i = 0; i < count; i++) {
      int p = r.nextInt(100);
      String[] pool = p < 70 ? PLAIN : p < 90 ? PHI : CLINICAL;
      int b = r.nextInt(100);
      int target = b < 80 ? 40 + r.nextInt(261) : b < 95 ? 300 + r.nextInt(501)
          : 800 + r.nextInt(801);
      sb.setLength(0);
      fill(r, pool[r.nextInt(pool.length)], sb);
      while (true) {
        int mark = sb.length();
        sb.append(' ');
        fill(r, PLAIN[r.nextInt(PLAIN.length)], sb);
        if (sb.length() > target) {
          sb.setLength(mark);
          break;
        }
      }
      out[i] = sb.toString();
    }
    return out;
  }

  /**
   * {@code count} texts of exactly {@code length} characters: consecutive messages of the mix
   * joined by a space, the last one cut at {@code length} (possibly mid-word).
   */
  static String[] ofLength(long seed, int length, int count) {
    return Messages.joinedToLength(mix(seed, 4096), length, count);
  }

  static void fill(Random r, String template, StringBuilder sb) {
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '%' || i + 1 == template.length()) {
        sb.append(c);
        continue;
      }
      char k = template.charAt(++i);
      switch (k) {
        case 'P': sb.append(pick(r, PROVIDERS)); break;
        case 'G': sb.append(pick(r, GIVEN)); break;
        case 'R': sb.append(pick(r, PROCEDURES)); break;
        case 'S': sb.append(pick(r, SPECIALTIES)); break;
        case 'M': sb.append(pick(r, MEDICATIONS)); break;
        case 'D': sb.append(pick(r, DAYS)); break;
        case 'T': sb.append(pick(r, TIMES)); break;
        case 'E': sb.append(pick(r, DIAS)); break;
        case 'H': sb.append(pick(r, HORAS)); break;
        case 'N': sb.append(String.format(Locale.ROOT, "%02d", r.nextInt(100))); break;
        default: throw new IllegalArgumentException("unknown slot %" + k);
      }
    }
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}
