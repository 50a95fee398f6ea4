package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;

/**
 * Finds e-mail addresses: a local part of letters, digits and {@code . _ % + -}, an {@code @}, and
 * a domain of at least two labels whose last label (the TLD) is two or more letters.
 *
 * <p>Whose is it? A role mailbox ({@code appointments@}, {@code billing@}, {@code noreply@}) is the
 * practice's; a personal mailbox at a consumer provider ({@code gmail.com}, {@code yahoo.com}) is
 * the patient's; otherwise the words before it decide ({@link ContactContext}), practice by
 * default.
 */
final class EmailDetector implements Detector {
  private static final WordSet ROLES =
      WordSet.spaced(" info contact contacto appointments appointment appts appt scheduling schedule frontdesk"
          + " front.desk office billing noreply no-reply donotreply do-not-reply reception admin"
          + " hello support help pharmacy rx clinic team care nurse nurses records referrals"
          + " portal citas informacion recepcion facturacion mail inquiries questions privacy"
          + " compliance hr careers jobs news newsletter marketing feedback reminders notify"
          + " notifications alerts ");

  private static final WordSet CONSUMER_DOMAINS =
      WordSet.spaced(" gmail.com googlemail.com yahoo.com ymail.com hotmail.com outlook.com live.com msn.com"
          + " aol.com icloud.com me.com mac.com comcast.net att.net verizon.net sbcglobal.net"
          + " protonmail.com proton.me gmx.com mail.com yandex.com zoho.com cox.net charter.net"
          + " earthlink.net bellsouth.net hotmail.es yahoo.es yahoo.com.mx hotmail.com.mx"
          + " outlook.es prodigy.net.mx ");

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    for (int at = 1; at < n - 3; at++) {
      if (c[at] != '@') {
        continue;
      }
      int ls = at;
      while (ls > 0 && isLocal(c[ls - 1])) {
        ls--;
      }
      while (ls < at && (c[ls] == '.' || c[ls] == '-')) {
        ls++;
      }
      if (ls == at) {
        continue;
      }
      int de = at + 1;
      int lastDot = -1;
      while (de < n && (isDomain(c[de]) || (c[de] == '.' && de + 1 < n && isDomain(c[de + 1])))) {
        if (c[de] == '.') {
          lastDot = de;
        }
        de++;
      }
      if (lastDot < 0 || de - lastDot - 1 < 2 || !allLetters(c, lastDot + 1, de)) {
        continue;
      }
      String local = new String(c, ls, at - ls);
      String domain = new String(c, at + 1, de - at - 1);
      int flags;
      if (ROLES.contains(local)) {
        flags = Detection.PRACTICE;
      } else if (CONSUMER_DOMAINS.contains(domain)) {
        flags = Detection.PATIENT;
      } else {
        flags = ContactContext.classify(v, ls, de);
      }
      long r = v.toOriginal(ls, de);
      out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), Category.EMAIL,
          "email", 0.97, flags));
      at = de;
    }
  }

  private static boolean isLocal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%'
        || c == '+' || c == '-';
  }

  private static boolean isDomain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  private static boolean allLetters(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (c[i] < 'a' || c[i] > 'z') {
        return false;
      }
    }
    return true;
  }
}
