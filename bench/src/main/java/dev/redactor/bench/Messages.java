package dev.redactor.bench;

import java.util.Random;

/** Seeded synthetic messages shaped like outgoing patient SMS traffic. No real PHI. */
final class Messages {
  private Messages() {}

  static final String[] PLAIN = {
    "Your appointment with Dr. %s is %s at %s. Reply YES to confirm or call us at (617) 555-01%02d.",
    "Reminder: you have an appointment %s at %s. Reply C to confirm, R to reschedule.",
    "Your prescription is ready for pickup. Questions? Call 617-555-01%2$02d.",
    "You have a new message in your patient portal. Log in to view.",
    "Your recent lab results are ready. Log in to the patient portal to view.",
    "Hi! It's time to schedule your annual visit. Book online at www.example-clinic.org/book",
  };

  static final String[] PHI = {
    "We have your cell as 617-555-01%02d. Reply YES if this is still correct.",
    "Please bring Member ID: XGH-4488%02d and a photo ID to your visit on %s.",
    "Your %s-year-old mother's appointment is %s at %s.",
    "Rx #77881%02d is ready for pickup at our %s location.",
  };

  static final String[] CLINICAL = {
    "We need to verify SSN 123-45-67%02d before your visit on %s.",
    "DOB 03/14/19%02d confirmed for your visit %s at %s.",
  };

  private static final String[] DOCTORS = {"Smith", "Patel", "Nguyen", "Garcia", "Lee", "Okafor"};
  private static final String[] DAYS = {"tomorrow", "Monday", "on 3/14", "May 14", "Friday"};
  private static final String[] TIMES = {"2pm", "9:30 AM", "10am", "3:45 pm"};

  /**
   * {@code count} messages of one SMS segment: 70% plain reminders (sent as they are), 20% with
   * removable PHI (rewritten), 10% with an SSN (blocked) or a date of birth (rewritten, or blocked
   * when the rewrite leaves the visit date read as the birth date).
   */
  static String[] sms(long seed, int count) {
    Random r = new Random(seed);
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      int p = r.nextInt(100);
      String[] pool = p < 70 ? PLAIN : p < 90 ? PHI : CLINICAL;
      String t = pool[r.nextInt(pool.length)];
      Object a = t.contains("%s-year-old") ? String.valueOf(90 + r.nextInt(10))
          : t.startsWith("Your appointment with") ? DOCTORS[r.nextInt(DOCTORS.length)]
          : t.startsWith("We have") || t.startsWith("Rx") || t.startsWith("We need")
              || t.startsWith("DOB") || t.startsWith("Please bring") ? r.nextInt(100)
          : DAYS[r.nextInt(DAYS.length)];
      Object b = t.startsWith("Your appointment with") ? DAYS[r.nextInt(DAYS.length)]
          : t.startsWith("Your prescription") ? r.nextInt(100)
          : t.startsWith("Rx") ? "Main Street" : DAYS[r.nextInt(DAYS.length)];
      Object c = t.startsWith("Your appointment with") ? TIMES[r.nextInt(TIMES.length)]
          : TIMES[r.nextInt(TIMES.length)];
      Object d = r.nextInt(100);
      out[i] = String.format(java.util.Locale.ROOT, t, a, b, c, d);
    }
    return out;
  }

  /**
   * About a million characters of messages of exactly {@code length} characters each (a power of
   * two of them, at least one), so that every length runs over the same amount of distinct text.
   */
  static String[] pool(long seed, int length) {
    return ofLength(seed, length, Integer.highestOneBit(Math.max(1, (1 << 20) / length)));
  }

  /**
   * {@code count} messages of exactly {@code length} characters each: consecutive messages of the
   * {@link #sms} mix joined by a space, the last one cut at {@code length} (possibly mid-word).
   */
  private static String[] ofLength(long seed, int length, int count) {
    return joinedToLength(sms(seed, 4096), length, count);
  }

  /**
   * {@code count} texts of exactly {@code length} characters cut from {@code pool} (whose length
   * is a power of two): consecutive entries joined by a space, the last one cut at
   * {@code length} (possibly mid-word).
   */
  static String[] joinedToLength(String[] pool, int length, int count) {
    String[] out = new String[count];
    StringBuilder sb = new StringBuilder(length + 1700);
    int next = 0;
    for (int i = 0; i < count; i++) {
      sb.setLength(0);
      while (sb.length() < length) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(pool[next]);
        next = (next + 1) & (pool.length - 1);
      }
      out[i] = sb.substring(0, length);
    }
    return out;
  }
}
