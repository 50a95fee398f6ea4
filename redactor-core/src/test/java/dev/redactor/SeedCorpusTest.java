package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 13 seed examples of the product's source material ({@code corpus/seed-examples.jsonl}, a
 * copy kept in the repository). Every build must get all of them right.
 *
 * <p>The verdict comes from the file. The spans do not: the file only says {@code why} in words,
 * so {@link #EXPECTED} below writes down, per seed, what a careful reviewer reading that reason
 * would mark, following the span conventions of {@code corpus/README.md}. Where a span boundary
 * is a judgement call (does "6-month" belong to the procedure?), an expectation gives the words
 * the span must cover and the widest phrase it may cover.
 */
class SeedCorpusTest {

  private static final Redactor REDACTOR = Redactor.standard();

  /**
   * One expected finding: {@code category}, a span covering every character of {@code core} and
   * lying inside {@code outer} (both located in the message text), and whether the policy must
   * let it through ({@code allowed}, for the provider) or act on it.
   */
  private record Expect(Category category, String core, String outer, boolean allowed) {
    static Expect exactly(Category category, String text) {
      return new Expect(category, text, text, false);
    }

    static Expect within(Category category, String core, String outer) {
      return new Expect(category, core, outer, false);
    }

    static Expect allowed(Category category, String text) {
      return new Expect(category, text, text, true);
    }
  }

  /** Seed id → the findings a reviewer reading its {@code why} would expect. */
  private static final Map<String, List<Expect>> EXPECTED = Map.ofEntries(
      // "permitted, minimum necessary: provider, day and time only"
      Map.entry("s01", List.of(Expect.allowed(Category.PROVIDER, "Dr. Smith"))),
      // "notice without PHI; the result stays in the portal": lab results named generically
      Map.entry("s02", List.of()),
      // "generic pickup notice"
      Map.entry("s03", List.of()),
      // "Pattern B reminder": "tomorrow" and a time are not dates
      Map.entry("s04", List.of()),
      // "Pattern B portal notice"
      Map.entry("s05", List.of()),
      // "result value and diagnosis"; HbA1c is the named test (a PROCEDURE by convention)
      Map.entry("s06", List.of(
          Expect.exactly(Category.PROCEDURE, "HbA1c"),
          Expect.exactly(Category.RESULT, "7.2"),
          Expect.within(Category.CONDITION, "diabetes", "poorly-controlled diabetes"))),
      // "third party's named result": the name without its 's, and the finding
      Map.entry("s07", List.of(
          Expect.exactly(Category.NAME, "Mary"),
          Expect.exactly(Category.RESULT, "positive"))),
      // "patient name plus dental procedure and dental practice name"
      Map.entry("s08", List.of(
          Expect.exactly(Category.NAME, "Maria"),
          Expect.within(Category.PROCEDURE, "cleaning", "6-month cleaning"),
          Expect.exactly(Category.SPECIALTY, "Bright Smiles Dental"))),
      // "practice name reveals a mental health relationship"; the provider is fine
      Map.entry("s09", List.of(
          Expect.allowed(Category.PROVIDER, "Dr. Lee"),
          Expect.exactly(Category.SPECIALTY, "Harbor Behavioral Health"))),
      // "infusion implies cancer treatment"
      Map.entry("s10", List.of(Expect.exactly(Category.PROCEDURE, "infusion"))),
      // "the diagnosis context is PHI": the test, not the generic "follow-up"
      Map.entry("s11", List.of(Expect.exactly(Category.PROCEDURE, "mammogram"))),
      // "dental procedure type"
      Map.entry("s12", List.of(Expect.exactly(Category.PROCEDURE, "crown prep"))),
      // "medication name not needed for the purpose"
      Map.entry("s13", List.of(Expect.exactly(Category.MEDICATION, "atorvastatin"))));

  /**
   * Seed id → phrases that are not sensitive and that the purpose needs, so the rewrite must keep
   * them (minimum necessary removes the sensitive part, not the appointment).
   */
  private static final Map<String, List<String>> KEPT_BY_REWRITE = Map.of(
      "s08", List.of("it's time for your"),
      "s09", List.of("Dr. Lee", "Monday at 10am"),
      "s10", List.of("scheduled for Tuesday at 9am"),
      "s11", List.of("tomorrow"),
      "s12", List.of("tomorrow at 9am"),
      "s13", List.of("ready for pickup"));

  /** A seed example as read from the file. */
  record Seed(String id, String text, Decision verdict, String why) {
    @Override
    public String toString() {
      return id; // shown in test names; the text is synthetic but the id is enough
    }
  }

  static List<Seed> seeds() {
    Path file = repositoryRoot().resolve("corpus").resolve("seed-examples.jsonl");
    JsonFactory json = new JsonFactory();
    List<Seed> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = json.createParser(line)) {
          if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalStateException("not a JSON object at line " + (out.size() + 1));
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            fields.put(name, p.getValueAsString());
          }
        }
        out.add(new Seed(fields.get("id"), fields.get("text"),
            Decision.valueOf(fields.get("verdict")), fields.get("why")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Seed> blockedSeeds() {
    return seeds().stream().filter(s -> s.verdict() == Decision.BLOCK).toList();
  }

  static List<Seed> rewrittenSeeds() {
    return seeds().stream().filter(s -> s.verdict() == Decision.REWRITE).toList();
  }

  /** The directory above the module that holds {@code corpus/seed-examples.jsonl}. */
  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("corpus").resolve("seed-examples.jsonl"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no corpus/seed-examples.jsonl above " + Path.of("").toAbsolutePath());
  }

  @Test
  void seedFile_hasThe13SeedsAndEachHasAnExpectation() {
    List<Seed> seeds = seeds();
    assertEquals(13, seeds.size());
    assertEquals(new TreeSet<>(EXPECTED.keySet()),
        seeds.stream().map(Seed::id).collect(Collectors.toCollection(TreeSet::new)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void check_seed_hasTheExpectedVerdict(Seed seed) {
    Verdict v = REDACTOR.check(seed.text());
    assertEquals(seed.verdict(), v.decision(), () -> seed.id() + " (" + seed.why() + "): " + v);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void check_seed_findsTheSpansItsReasonNames(Seed seed) {
    Verdict v = REDACTOR.check(seed.text());
    for (Expect e : EXPECTED.get(seed.id())) {
      Finding f = findingFor(seed, v, e);
      if (e.allowed()) {
        assertEquals(Action.ALLOW, f.action(), () -> seed.id() + ": " + e + " must be allowed");
      } else {
        assertTrue(f.action().compareTo(Action.REWRITE) >= 0,
            () -> seed.id() + ": " + e + " must be acted on, was " + f.action());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void check_seed_flagsNothingElse(Seed seed) {
    Verdict v = REDACTOR.check(seed.text());
    List<Expect> expected = EXPECTED.get(seed.id());
    for (Finding f : v.findings()) {
      boolean explained = expected.stream().anyMatch(e -> matches(seed.text(), f, e));
      assertTrue(explained, () -> seed.id() + ": unexpected " + f + " covering \""
          + seed.text().substring(f.start(), f.end()) + "\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blockedSeeds")
  void check_blockedSeed_isBlockedByItsClinicalContent(Seed seed) {
    Verdict v = REDACTOR.check(seed.text());
    assertTrue(v.findings(Action.BLOCK).stream().anyMatch(f -> f.category() == Category.RESULT),
        () -> seed.id() + ": the result itself must be what blocks, got " + v);
    assertFalse(v.failedClosed(), seed.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rewrittenSeeds")
  void check_rewrittenSeed_dropsTheSensitiveWords_keepsThePurpose_andIsAllowed(Seed seed) {
    Verdict v = REDACTOR.check(seed.text());
    String rewritten = v.rewritten().orElseThrow(() -> new AssertionError(seed.id() + ": " + v));
    String lower = rewritten.toLowerCase(Locale.ROOT);
    for (Expect e : EXPECTED.get(seed.id())) {
      if (e.allowed()) {
        continue;
      }
      for (String word : e.core().split("[\\s-]+")) {
        assertFalse(lower.contains(word.toLowerCase(Locale.ROOT)),
            () -> seed.id() + ": the rewrite still says \"" + word + "\": " + rewritten);
      }
    }
    for (String kept : KEPT_BY_REWRITE.get(seed.id())) {
      assertTrue(rewritten.contains(kept),
          () -> seed.id() + ": the rewrite lost \"" + kept + "\": " + rewritten);
    }
    Verdict again = REDACTOR.check(rewritten);
    assertEquals(Decision.ALLOW, again.decision(),
        () -> seed.id() + ": the rewrite must check as ALLOW: " + rewritten + " -> " + again);
    assertEquals(rewritten, REDACTOR.redact(seed.text()).text().orElseThrow(),
        () -> seed.id() + ": redact() must send the rewrite");
  }

  private static Finding findingFor(Seed seed, Verdict v, Expect e) {
    for (Finding f : v.findings()) {
      if (matches(seed.text(), f, e)) {
        return f;
      }
    }
    return fail(seed.id() + ": expected " + e.category() + " covering \"" + e.core()
        + "\" within \"" + e.outer() + "\", got " + Findings.describe(seed.text(), v));
  }

  private static boolean matches(String text, Finding f, Expect e) {
    int core = text.indexOf(e.core());
    int outer = text.indexOf(e.outer());
    if (core < 0 || outer < 0) {
      throw new IllegalStateException("expectation not in the text: " + e);
    }
    return f.category() == e.category()
        && f.start() <= core && f.end() >= core + e.core().length()
        && f.start() >= outer && f.end() <= outer + e.outer().length();
  }
}
