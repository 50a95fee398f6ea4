package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;

/**
 * Finds web addresses ({@code https://...}, {@code www...}, and bare domains with a known TLD such
 * as {@code brightsmiles.dental/book}) and judges whether the link identifies the patient.
 *
 * <ul>
 *   <li>PERSONALIZED: a query parameter or path segment carries something identifying — a
 *       parameter named like {@code patient}, {@code mrn}, {@code dob}, {@code name}, {@code email},
 *       {@code member}, {@code id} with a value, a value with an {@code @} or six or more digits, or
 *       a path segment of six or more digits.
 *   <li>OPAQUE_TOKEN: a per-recipient code that identifies nobody by itself — a short-link path
 *       ({@code bit.ly/3xYzAb}), a random-looking path segment or {@code token=...}.
 *   <li>Otherwise a plain site link, the practice's own (flag PRACTICE).
 * </ul>
 */
final class UrlDetector implements Detector {
  private static final WordSet TLDS =
      WordSet.spaced(" com org net edu gov mil us io co health care clinic info biz app ly gl ai ca uk mx es"
          + " md dental doctor hospital healthcare vet pharmacy ");

  private static final WordSet SHORTENERS =
      WordSet.spaced(" bit.ly tinyurl.com t.co goo.gl ow.ly rb.gy is.gd cutt.ly rebrand.ly tiny.cc buff.ly"
          + " shorturl.at t.ly lnkd.in bl.ink short.io qr.ae ");

  private static final WordSet IDENTIFYING_PARAMS =
      WordSet.spaced(" patient pt pid patientid patient_id patientname mrn member memberid member_id dob"
          + " birthdate name fname lname first last firstname lastname first_name last_name email"
          + " mail phone cell mobile ssn id uid userid user_id user account acct accountid chart"
          + " subscriber policy claim address addr zip paciente nombre correo telefono"
          // whom a survey or prescreen link was sent to: "?rid=88213-KT", "?student=", "?pac="
          + " rid recipient recipientid respondent participant participantid subject subjectid"
          + " customer customerid custid client clientid student studentid pac"
          // an employer's screening link: "?donor=88123&emp=KSL"
          + " donor donorid employee employeeid emp empid alumno"
          // a client's, a family's or a resident's id: "?cid=88213", "?fid=88213&res=BRENNAN-W"
          + " cid fid famid family familyid resident residentid ");

  private static final WordSet OPAQUE_PARAMS =
      WordSet.spaced(" token t code key k s sig signature auth hash ref r c u a appt apptid appointment visit"
          + " session sid otp link l ");

  /**
   * Parameters that carry a credential: whoever holds the link gets in without a login
   * ("reset?token=8f3Kq29L", "?pwd=rT7x" of a video visit), so the link identifies the recipient.
   */
  private static final WordSet CREDENTIAL_PARAMS = WordSet.spaced(" token tok access_token"
      + " auth_token pw pwd password passcode pass otp ");

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    if (!hasDotBeforeHostChar(c, n)) {
      return; // every URL found below has a dot inside its host
    }
    int i = 0;
    while (i < n) {
      if (!(Character.isLetterOrDigit(c[i])) || (i > 0 && continuesWord(c[i - 1]))) {
        i++;
        continue;
      }
      int hostStart = i;
      boolean scheme = false;
      if (regionIs(c, n, i, "https://")) {
        hostStart = i + 8;
        scheme = true;
      } else if (regionIs(c, n, i, "http://")) {
        hostStart = i + 7;
        scheme = true;
      }
      int hostEnd = hostStart;
      int lastDot = -1;
      while (hostEnd < n && (isHostChar(c[hostEnd])
          || (c[hostEnd] == '.' && hostEnd + 1 < n && isHostChar(c[hostEnd + 1])))) {
        if (c[hostEnd] == '.') {
          lastDot = hostEnd;
        }
        hostEnd++;
      }
      boolean www = regionIs(c, n, hostStart, "www.");
      boolean knownTld = lastDot > hostStart
          && TLDS.contains(new String(c, lastDot + 1, hostEnd - lastDot - 1));
      boolean isEmailDomain = hostEnd < n && c[hostEnd] == '@'
          || (hostStart > 0 && c[hostStart - 1] == '@');
      if (isEmailDomain || lastDot < 0 || !(scheme || www || knownTld)) {
        i = Math.max(i + 1, hostEnd);
        continue;
      }
      int end = hostEnd;
      if (end < n && c[end] == ':' && end + 1 < n && Character.isDigit(c[end + 1])) {
        end++;
        while (end < n && Character.isDigit(c[end])) {
          end++;
        }
      }
      int pathStart = end;
      if (end < n && (c[end] == '/' || c[end] == '?' || c[end] == '#')) {
        while (end < n && isUrlChar(c[end])) {
          end++;
        }
      }
      while (end > pathStart && isTrailingPunct(c[end - 1])) {
        end--;
      }
      String host = new String(c, hostStart, hostEnd - hostStart);
      int flags = judge(host, c, pathStart, end);
      long r = v.toOriginal(i, end);
      out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), Category.URL,
          "url", scheme || www ? 0.97 : 0.85, flags));
      i = end;
    }
  }

  private static int judge(String host, char[] c, int from, int to) {
    String h = host.startsWith("www.") ? host.substring(4) : host;
    boolean opaque = false;
    int i = from;
    // path segments
    while (i < to && c[i] == '/') {
      int s = ++i;
      while (i < to && c[i] != '/' && c[i] != '?' && c[i] != '#') {
        i++;
      }
      int len = i - s;
      if (len == 0) {
        continue;
      }
      int digits = countDigits(c, s, i);
      int letters = countLetters(c, s, i);
      if (digits >= 6 && letters <= 2) {
        return Detection.PERSONALIZED;
      }
      if (SHORTENERS.contains(h)) {
        opaque = true;
      } else if (len >= 8 && digits >= 2 && letters >= 2 && !isWordy(c, s, i)) {
        opaque = true;
      } else if (len >= 16 && !isWordy(c, s, i)) {
        opaque = true;
      }
    }
    // query
    if (i < to && c[i] == '?') {
      i++;
      while (i < to && c[i] != '#') {
        int ks = i;
        while (i < to && c[i] != '=' && c[i] != '&' && c[i] != '#') {
          i++;
        }
        String key = new String(c, ks, i - ks);
        int vs = i < to && c[i] == '=' ? ++i : i;
        while (i < to && c[i] != '&' && c[i] != '#') {
          i++;
        }
        int vlen = i - vs;
        if (i < to && c[i] == '&') {
          i++;
        }
        if (key.startsWith("utm_") || vlen == 0) {
          continue;
        }
        boolean hasAt = indexOf(c, vs, vs + vlen, '@') >= 0 || contains(c, vs, vs + vlen, "%40");
        if (hasAt || countDigits(c, vs, vs + vlen) >= 6
            || IDENTIFYING_PARAMS.contains(key) || CREDENTIAL_PARAMS.contains(key) && vlen >= 4) {
          return Detection.PERSONALIZED;
        }
        if (OPAQUE_PARAMS.contains(key) || vlen >= 12 && !isWordy(c, vs, vs + vlen)) {
          opaque = true; // ("?q=Harborview+Medical+Plaza" is a place's name)
        }
      }
    }
    return opaque ? Detection.OPAQUE_TOKEN : Detection.PRACTICE;
  }

  /** Letters with separators only, like {@code new-patient-forms}: a readable page name. */
  private static boolean isWordy(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = c[i];
      if (Character.isDigit(ch)) {
        return false;
      }
    }
    int seps = 0;
    for (int i = from; i < to; i++) {
      if (c[i] == '-' || c[i] == '_' || c[i] == '.' || c[i] == '+') {
        seps++;
      }
    }
    return seps > 0 || to - from < 16;
  }

  private static int countDigits(char[] c, int from, int to) {
    int d = 0;
    for (int i = from; i < to; i++) {
      if (c[i] >= '0' && c[i] <= '9') {
        d++;
      }
    }
    return d;
  }

  private static int countLetters(char[] c, int from, int to) {
    int d = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetter(c[i])) {
        d++;
      }
    }
    return d;
  }

  private static int indexOf(char[] c, int from, int to, char x) {
    for (int i = from; i < to; i++) {
      if (c[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static boolean contains(char[] c, int from, int to, String s) {
    outer:
    for (int i = from; i + s.length() <= to; i++) {
      for (int j = 0; j < s.length(); j++) {
        if (c[i + j] != s.charAt(j)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean continuesWord(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '/' || c == '@' || c == '-' || c == '_'
        || c == ':' || c == '%' || c == '=' || c == '&';
  }

  private static boolean hasDotBeforeHostChar(char[] c, int n) {
    for (int p = 0; p + 1 < n; p++) {
      if (c[p] == '.' && isHostChar(c[p + 1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  private static boolean isUrlChar(char c) {
    if (c <= ' ' || c >= 0x7f) {
      return false;
    }
    switch (c) {
      case '<':
      case '>':
      case '"':
      case '\'':
      case '`':
      case '{':
      case '}':
      case '|':
      case '\\':
      case '^':
        return false;
      default:
        return true;
    }
  }

  private static boolean isTrailingPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
        || c == ']';
  }

  private static boolean regionIs(char[] c, int n, int p, String s) {
    if (p + s.length() > n) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (c[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
