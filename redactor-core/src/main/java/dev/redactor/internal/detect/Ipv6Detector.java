package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;

/**
 * Finds IPv6 addresses (RFC 4291 text forms): eight groups of one to four hex digits, or fewer
 * with a single {@code ::}, optionally ending in a dotted IPv4 address. Times such as {@code
 * 10:30:15} are not addresses: they have neither eight groups nor {@code ::}.
 */
final class Ipv6Detector implements Detector {
  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    int anyColons = 0;
    for (int p = 0; p < n && anyColons < 2; p++) {
      if (c[p] == ':') {
        anyColons++;
      }
    }
    if (anyColons < 2) {
      return; // an address below has two colons at least
    }
    int i = 0;
    while (i < n) {
      char ch = c[i];
      if (!(isHex(ch) || ch == ':') || (i > 0 && (isHex(c[i - 1]) || c[i - 1] == ':'
          || Character.isLetterOrDigit(c[i - 1])))) {
        i++;
        continue;
      }
      int j = i;
      int colons = 0;
      while (j < n && (isHex(c[j]) || c[j] == ':' || c[j] == '.')) {
        if (c[j] == ':') {
          colons++;
        }
        j++;
      }
      int end = j;
      while (end > i && (c[end - 1] == '.' || (c[end - 1] == ':' && !(end - 2 >= i
          && c[end - 2] == ':')))) {
        end--;
      }
      if (colons >= 2 && (end >= n || !Character.isLetterOrDigit(c[end]))
          && valid(c, i, end)) {
        long r = v.toOriginal(i, end);
        out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), Category.IP,
            "ip", 0.9, 0));
      }
      i = Math.max(i + 1, j);
    }
  }

  static boolean valid(char[] c, int from, int to) {
    int groups = 0;
    boolean compressed = false;
    int i = from;
    if (to - from >= 2 && c[i] == ':' && c[i + 1] == ':') {
      compressed = true;
      i += 2;
      if (i == to) {
        return true;
      }
    } else if (c[i] == ':') {
      return false;
    }
    while (i < to) {
      int s = i;
      while (i < to && isHex(c[i])) {
        i++;
      }
      if (i < to && c[i] == '.') {
        // embedded IPv4 takes two groups
        return groups <= 6 && (compressed || groups == 6) && ipv4(c, s, to);
      }
      int len = i - s;
      if (len == 0 || len > 4) {
        return false;
      }
      groups++;
      if (i == to) {
        break;
      }
      i++; // ':'
      if (i < to && c[i] == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
        if (i == to) {
          break;
        }
      } else if (i == to) {
        return false;
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }

  private static boolean ipv4(char[] c, int from, int to) {
    int parts = 0;
    int i = from;
    while (i < to) {
      int s = i;
      int val = 0;
      while (i < to && c[i] >= '0' && c[i] <= '9' && i - s < 3) {
        val = val * 10 + (c[i] - '0');
        i++;
      }
      if (i == s || val > 255) {
        return false;
      }
      parts++;
      if (i < to) {
        if (c[i] != '.') {
          return false;
        }
        i++;
      }
    }
    return parts == 4;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
