package dev.redactor.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Decision;
import dev.redactor.Redactor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The benchmark inputs are what bench/README.md and issue #6 say they are: traffic shaped as 70%
 * plain reminders, 20% with removable PHI and 10% clinical content, 40 to 1,600 characters long;
 * SMS-sized messages for the throughput target; texts of exact lengths for the length curve. A
 * figure measured on inputs that drifted from this (a "plain reminder" that starts to block, a
 * length generator that overshoots) would measure something else, so the shapes are checked here
 * against the standard redactor's verdicts, not only against the generators' own bookkeeping.
 */
class BenchInputsTest {
  private static final Redactor REDACTOR = Redactor.standard();
  private static final int MESSAGES = 4096;

  /** Each class of the traffic mix gets the verdict its name promises, whatever fills its slots. */
  @Test
  void everyTrafficTemplate_getsTheVerdictOfItsClass() {
    Random r = new Random(7);
    Map<Decision, String[]> classes = Map.of(
        Decision.ALLOW, Traffic.PLAIN, Decision.REWRITE, Traffic.PHI,
        Decision.BLOCK, Traffic.CLINICAL);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Decision, String[]> c : classes.entrySet()) {
      for (String template : c.getValue()) {
        for (int k = 0; k < 40; k++) {
          StringBuilder sb = new StringBuilder();
          Traffic.fill(r, template, sb);
          Decision got = REDACTOR.check(sb.toString()).decision();
          if (got != c.getKey()) {
            wrong.add(template + " -> " + got + " (want " + c.getKey() + ")");
            break;
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void trafficMix_isSeventyTwentyTenByVerdict_andFortyToSixteenHundredChars() {
    String[] mix = Traffic.mix(42, MESSAGES);
    Map<Decision, Integer> byDecision = decisions(mix);
    assertShare(byDecision, Decision.ALLOW, 0.70, 0.03);
    assertShare(byDecision, Decision.REWRITE, 0.20, 0.03);
    assertShare(byDecision, Decision.BLOCK, 0.10, 0.03);
    int longer = 0;
    for (String m : mix) {
      assertTrue(m.length() >= 40 && m.length() <= 1600, "a mix message of " + m.length());
      longer += m.length() > 800 ? 1 : 0;
    }
    // the long tail is there: about 5% of the messages are drawn between 800 and 1,600
    assertTrue(longer > MESSAGES / 50, "only " + longer + " messages over 800 characters");
  }

  @Test
  void generators_areSeeded() {
    assertArrayEquals(Traffic.mix(42, 200), Traffic.mix(42, 200));
    assertFalse(Arrays.equals(Traffic.mix(42, 200), Traffic.mix(43, 200)));
    assertArrayEquals(Messages.sms(42, 200), Messages.sms(42, 200));
    assertFalse(Arrays.equals(Messages.sms(42, 200), Messages.sms(43, 200)));
  }

  /**
   * The SMS set: one segment each (160 characters at most), 70% plain reminders that pass, 20%
   * with removable PHI that is rewritten, 10% with an SSN (blocked) or a date of birth (never
   * sent as is).
   */
  @Test
  void smsSet_isSmsSized_andItsClassesGetTheirVerdicts() {
    String[] sms = Messages.sms(42, MESSAGES);
    Map<String, int[]> perClass = Map.of("plain", new int[1], "phi", new int[1],
        "clinical", new int[1]);
    List<String> wrong = new ArrayList<>();
    for (String m : sms) {
      assertTrue(m.length() <= 160, "an SMS of " + m.length() + " characters");
      Decision d = REDACTOR.check(m).decision();
      String cls = classOf(m);
      perClass.get(cls)[0]++;
      boolean ok = switch (cls) {
        case "plain" -> d == Decision.ALLOW;
        case "phi" -> d == Decision.REWRITE;
        default -> m.startsWith("We need to verify SSN") ? d == Decision.BLOCK
            : d != Decision.ALLOW;
      };
      if (!ok && wrong.size() < 5) {
        wrong.add(cls + " -> " + d + ": " + m);
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(0.70, perClass.get("plain")[0] / (double) MESSAGES, 0.03);
    assertEquals(0.20, perClass.get("phi")[0] / (double) MESSAGES, 0.03);
    assertEquals(0.10, perClass.get("clinical")[0] / (double) MESSAGES, 0.03);
  }

  /** The pool a message of the SMS set was drawn from, by matching it against the templates. */
  private static String classOf(String message) {
    String[][] pools = {Messages.PLAIN, Messages.PHI, Messages.CLINICAL};
    String[] names = {"plain", "phi", "clinical"};
    String found = null;
    for (int p = 0; p < pools.length; p++) {
      for (String t : pools[p]) {
        if (templatePattern(t).matcher(message).matches()) {
          assertTrue(found == null || found.equals(names[p]), "two classes fit: " + message);
          found = names[p];
        }
      }
    }
    assertTrue(found != null, "no template fits: " + message);
    return found;
  }

  /** A format template as a pattern: each {@code %...} conversion matches any text. */
  private static Pattern templatePattern(String template) {
    StringBuilder sb = new StringBuilder();
    for (String literal : template.split("%(\\d\\$)?0?\\d?[sd]", -1)) {
      if (sb.length() > 0) {
        sb.append(".+?");
      }
      sb.append(Pattern.quote(literal));
    }
    return Pattern.compile(sb.toString(), Pattern.DOTALL);
  }

  @Property(tries = 60) // each try generates a mix of 4,096 messages
  void textsOfALength_haveExactlyThatLength(@ForAll @IntRange(min = 1, max = 5000) int length,
      @ForAll @IntRange(min = 1, max = 4) int count, @ForAll @IntRange(max = 1000) int seed) {
    String[] texts = Traffic.ofLength(seed, length, count);
    assertEquals(count, texts.length);
    for (String t : texts) {
      assertEquals(length, t.length());
      assertFalse(t.startsWith(" "), "a text starts with the joining space");
    }
  }

  @Test
  void aMegabyteText_isOneMegabyte_andCutFromTheMix() {
    String[] texts = Traffic.ofLength(42, 1 << 20, 1);
    assertEquals(1 << 20, texts[0].length());
    String[] mix = Traffic.mix(42, 4096);
    assertTrue(texts[0].startsWith(mix[0] + " " + mix[1] + " "), "not the mix joined by spaces");
  }

  @Property(tries = 60)
  void smsPools_holdAboutAMillionCharacters_inAPowerOfTwoTexts(
      @ForAll @IntRange(min = 16, max = 1 << 20) int length) {
    String[] pool = Messages.pool(42, length);
    assertEquals(1, Integer.bitCount(pool.length), pool.length + " texts");
    long chars = (long) pool.length * length;
    assertTrue(chars > (1 << 19) && chars <= (1 << 20) || pool.length == 1,
        chars + " characters");
    for (String t : pool) {
      assertEquals(length, t.length());
    }
  }

  private static Map<Decision, Integer> decisions(String[] messages) {
    Map<Decision, Integer> out = new EnumMap<>(Decision.class);
    for (String m : messages) {
      out.merge(REDACTOR.check(m).decision(), 1, Integer::sum);
    }
    return out;
  }

  private static void assertShare(Map<Decision, Integer> counts, Decision d, double want,
      double tolerance) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    double got = counts.getOrDefault(d, 0) / (double) total;
    assertEquals(want, got, tolerance, d + " share of " + counts);
  }
}
