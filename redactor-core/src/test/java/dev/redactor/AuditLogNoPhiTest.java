package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log of a whole corpus run holds none of the PHI: every gold span of
 * {@code corpus/dev.jsonl} (and of the evasion corpus) is searched for in the log, and every line
 * is shown to consist of the record grammar only (numbers, enum names, rule ids, hashes).
 */
class AuditLogNoPhiTest {
  /*
   * Values that are numbers, times or hex digests by construction are masked before the search:
   * a two-digit result such as "92" would otherwise be "found" in an offset or a hash. That they
   * are nothing but numbers, times and digests is what RECORD proves.
   */
  private static final Pattern MASK = Pattern.compile(
      "(?<=\"(?:seq|policyVersion|length|start|end)\":)\\d+"
          + "|(?<=\"time\":\")[0-9TZ:.-]+"
          + "|(?<=\"(?:prev|hash)\":\")[0-9a-f]{64}|(?<=hmac-sha256:)[0-9a-f]{64}");

  private static final String ID = "[a-z0-9][a-z0-9._-]*";
  private static final String FINDING = "\\{\"start\":\\d+,\"end\":\\d+,\"category\":\"[A-Z_]+\","
      + "\"rule\":\"" + ID + "\",\"action\":\"(?:ALLOW|WARN|REWRITE|BLOCK)\"}";
  private static final Pattern RECORD = Pattern.compile("\\{\"seq\":\\d+,\"time\":\"[0-9TZ:.-]+\","
      + "\"policy\":\"" + ID + "\",\"policyVersion\":-?\\d+,\"verdict\":\"(?:ALLOW|REWRITE|BLOCK)\","
      + "\"failedClosed\":(?:true|false),\"length\":\\d+,\"findings\":\\[(?:" + FINDING + "(?:,"
      + FINDING + ")*)?],\"notices\":\\[(?:\"" + ID + "\"(?:,\"" + ID + "\")*)?],"
      + "\"message\":\"hmac-sha256:[0-9a-f]{64}\",\"prev\":\"[0-9a-f]{64}\",\"hash\":\"[0-9a-f]{64}\"}");

  private static final byte[] KEY = "corpus-run-key-0123456789".getBytes(StandardCharsets.UTF_8);

  @Test
  void auditLogOfTheDevAndEvasionCorpora_containsNoGoldSpan(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("audit.jsonl");
    List<Corpora.Labelled> corpus = new ArrayList<>(Corpora.read("dev.jsonl"));
    corpus.addAll(Corpora.read("evasion.jsonl"));
    int spans = 0;
    try (AuditLog log = AuditLog.open(file, KEY)) {
      Redactor r = Redactor.builder().auditLog(log).build();
      for (Corpora.Labelled m : corpus) {
        r.check(m.message());
      }
    }
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(AuditLog.verify(file, KEY, null).intact());
    assertEquals(corpus.size(), raw.lines().count());
    raw.lines().forEach(line ->
        assertTrue(RECORD.matcher(line).matches(), () -> "not the record grammar: line of length "
            + line.length()));
    String text = MASK.matcher(raw).replaceAll("#");
    // The record's own words: a gold span inside one of them ("H" in HEALTH_PLAN_ID, "ALT" in
    // HEALTH_PLAN_ID) is not searchable; RECORD proves no other text is there.
    List<String> vocabulary = new ArrayList<>(List.of("seq", "time", "policy", "policyVersion",
        "verdict", "failedClosed", "length", "findings", "start", "end", "category", "rule",
        "action", "notices", "message", "hmac-sha256", "prev", "hash", "true", "false"));
    for (Enum<?>[] values : List.of(Category.values(), Action.values(), Decision.values())) {
      for (Enum<?> e : values) {
        vocabulary.add(e.name());
      }
    }
    vocabulary.addAll(Redactor.standard().ruleIds());
    vocabulary.add(Redactor.standard().policyId());
    List<String> leaked = new ArrayList<>();
    int unsearchable = 0;
    for (Corpora.Labelled m : corpus) {
      for (Corpora.Gold g : m.phi()) {
        String span = m.text().substring(g.start(), g.end());
        spans++;
        if (vocabulary.stream().anyMatch(w -> w.contains(span))) {
          unsearchable++;
        } else if (text.contains(span)) {
          leaked.add(m.id() + " " + g);
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "audit log: %d records, %d gold spans searched,"
        + " %d inside the record vocabulary, %d found%n", corpus.size(), spans - unsearchable,
        unsearchable, leaked.size());
    assertTrue(spans > 1000, "only " + spans + " gold spans");
    assertTrue(unsearchable < spans / 100, unsearchable + " unsearchable spans");
    assertEquals(List.of(), leaked);
  }
}
