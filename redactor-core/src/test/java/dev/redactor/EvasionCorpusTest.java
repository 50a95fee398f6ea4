package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evasion corpus ({@code corpus/evasion.jsonl}, built from {@code corpus/evasion.src.txt}):
 * zero-width characters and soft hyphens, look-alike letters, leet, spaced and dotted letters,
 * mixed case, emoji between letters, HTML references, percent-escapes, right-to-left overrides
 * and line breaks inside terms. Every disguised message must be caught: not ALLOW, every gold
 * span covered by a finding that removes or blocks it, and no gold span's text left in a rewrite.
 * The catch rate is reported on standard output (target/surefire-reports) and must be 100%.
 */
class EvasionCorpusTest {
  private static final Redactor REDACTOR = Redactor.standard();
  private static final List<Corpora.Labelled> CORPUS = Corpora.read("evasion.jsonl");

  static Stream<Corpora.Labelled> evasions() {
    return CORPUS.stream().filter(m -> m.verdict() != Decision.ALLOW);
  }

  static Stream<Corpora.Labelled> negatives() {
    return CORPUS.stream().filter(m -> m.verdict() == Decision.ALLOW);
  }

  /** Why {@code m} is not caught, or null when it is. */
  static String miss(Corpora.Labelled m) {
    Verdict v = REDACTOR.check(m.message());
    if (v.decision() == Decision.ALLOW) {
      return "allowed";
    }
    for (Corpora.Gold g : m.phi()) {
      boolean covered = false;
      for (Finding f : v.findings(Action.REWRITE)) {
        covered |= f.start() <= g.start() && g.end() <= f.end();
      }
      if (!covered) {
        return "gold span " + g + " not covered by a REWRITE or BLOCK finding";
      }
      String goldText = m.text().substring(g.start(), g.end());
      if (v.rewritten().map(r -> r.contains(goldText)).orElse(false)) {
        return "gold span " + g + " survives in the rewrite";
      }
    }
    if (v.rewritten().isPresent()) {
      Verdict again = REDACTOR.check(m.message().withText(v.rewritten().get()));
      if (again.decision() != Decision.ALLOW) {
        return "the rewrite re-checks as " + again.decision();
      }
    }
    return null;
  }

  @ParameterizedTest
  @MethodSource("evasions")
  void check_disguisedTerm_isCaught(Corpora.Labelled m) {
    String miss = miss(m);
    assertEquals(null, miss, () -> m.id() + ": " + miss);
    assertEquals(m.verdict(), REDACTOR.check(m.message()).decision(), m.id());
  }

  @ParameterizedTest
  @MethodSource("negatives")
  void check_decodingInventsNothing(Corpora.Labelled m) {
    Verdict v = REDACTOR.check(m.message());
    assertEquals(Decision.ALLOW, v.decision(), () -> m.id() + ": " + v);
  }

  @Test
  void catchRate_is100Percent_andEveryDisguiseIsRepresented() {
    List<String> missed = new ArrayList<>();
    long total = evasions().count();
    evasions().forEach(m -> {
      if (miss(m) != null) {
        missed.add(m.id());
      }
    });
    System.out.printf(Locale.ROOT, "evasion catch rate: %d/%d (%.1f%%)%n", total - missed.size(),
        total, 100.0 * (total - missed.size()) / total);
    assertTrue(total >= 60, "the corpus has " + total + " evasions");
    assertEquals(List.of(), missed);
    // every family of the issue has at least four messages
    for (String[] family : new String[][] {
        {"\u200b", "\u00ad", "\u200c", "\u2060", "\ufeff"}, {"\u0441", "\u0399", "\u0435", "\uff4d"},
        {"ch3mo", "c0lon", "s3rtr@", "h1v", "m3th4", "quimi0"}, {"P.r.E.P", "H I V", "c-h-e", "t_h_e"},
        {"cHeMo", "MaMmO", "pReP", "PsYc"}, {"\uD83D\uDE00", "\uD83D\uDC8A", "\u2B50", "\u2728"},
        {"&#", "&shy;", "&eacute;"}, {"%65", "%63", "%E2", "%48"}, {"\u202e", "\u202d"},
        {"\n"}}) {
      long n = evasions().filter(m -> Stream.of(family).anyMatch(m.text()::contains)).count();
      assertTrue(n >= 4, () -> "only " + n + " messages use " + String.join(" ", family));
    }
  }
}
