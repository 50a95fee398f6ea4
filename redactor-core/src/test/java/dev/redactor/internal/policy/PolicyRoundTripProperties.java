package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.redactor.Message;
import dev.redactor.Verdict;
import dev.redactor.internal.Engine;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Lexicons;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Policies print ({@link PolicyPrinter}) and parse back to the same policy: the printed document
 * of the re-parsed policy equals the original's, for generated policies with every kind of
 * condition and awkward YAML scalars, and for every bundled pack (which must also judge messages
 * exactly as before).
 */
class PolicyRoundTripProperties {

  /** Scalars YAML likes to reinterpret, plus quotes, colons, hashes, accents and blanks. */
  private static final String[] AWKWARD = {
    "session", "yes", "no", "on", "off", "null", "~", "1e3", "0x1f", "007", "3.0", "true",
    "a: b", "#not a comment", "'single'", "\"double\"", "ünïcödé sesión", " leading", "trailing ",
    "multi\nline", "tab\there", "- dash", "[bracket]", "{brace}", "*star", "&amp", "!bang", "%pct",
    "@at", "`tick`", "back\\slash", "emoji \uD83D\uDE00"
  };

  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(Arbitraries.of(AWKWARD),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12));
  }

  private static <T> Arbitrary<Object> oneOrList(Arbitrary<T> a) {
    return Arbitraries.oneOf(a.map(x -> (Object) x),
        a.list().ofMinSize(1).ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)));
  }

  private static Arbitrary<Map<String, Object>> leaf() {
    return Arbitraries.oneOf(
        oneOrList(Arbitraries.of("NAME", "SSN", "CONDITION", "PROCEDURE", "RESULT", "URL"))
            .map(v -> Map.of("category", v)),
        oneOrList(Arbitraries.of("dob", "patient", "third-party", "hypothetical", "evasion"))
            .map(v -> Map.of("flag", v)),
        oneOrList(Arbitraries.of("dob", "diagnosis", "broadcast")).map(v -> Map.of("any-flag", v)),
        oneOrList(Arbitraries.of("behavioral-health", "oncology", "dental", "primary-care"))
            .map(v -> Map.of("group", v)),
        oneOrList(text()).map(v -> Map.of("term", v)),
        Arbitraries.of("chemo", "(?i)h\\s*i\\s*v", "\\d{3}-\\d{2}", "a|b", "^yes$", "[\"']x")
            .map(v -> Map.of("regex", (Object) v)),
        oneOrList(Arbitraries.of("reminder", "portal-notice", "care-instructions"))
            .map(v -> Map.of("purpose", v)),
        oneOrList(Arbitraries.of("sms", "email", "portal")).map(v -> Map.of("channel", v)),
        Arbitraries.integers().between(0, 100).map(i -> Map.of("min-confidence", (Object) (i / 100.0))));
  }

  private static Arbitrary<Map<String, Object>> condition(int depth) {
    if (depth == 0) {
      return leaf();
    }
    Arbitrary<Map<String, Object>> inner = Arbitraries.lazy(() -> condition(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaf()),
        net.jqwik.api.Tuple.of(1, inner.map(c -> Map.of("not", c))),
        net.jqwik.api.Tuple.of(1, inner.map(c -> Map.of("with", c))),
        net.jqwik.api.Tuple.of(1, Combinators.combine(leaf(), Arbitraries.integers().between(0, 9))
            .as((c, w) -> {
              Map<String, Object> near = new LinkedHashMap<>(c);
              near.put("within", w);
              return Map.of("near", near);
            })),
        net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3)
            .map(l -> Map.of("all", new ArrayList<Object>(l)))),
        net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3)
            .map(l -> Map.of("any", new ArrayList<Object>(l)))),
        net.jqwik.api.Tuple.of(1, Combinators.combine(leaf(), leaf()).as((a, b) -> {
          Map<String, Object> both = new LinkedHashMap<>(a); // two keys in one map: both hold
          b.forEach(both::putIfAbsent);
          return both;
        })));
  }

  private static Arbitrary<Map<String, Object>> rule() {
    Arbitrary<String> action = Arbitraries.of("allow", "warn", "rewrite", "block");
    return Combinators.combine(condition(3), action, text(), Arbitraries.of("error", "warning",
            "note"), Arbitraries.of(true, false), text().list().ofMaxSize(2),
            text().list().ofMaxSize(2), Arbitraries.of(true, false))
        .as((when, act, words, severity, messageScope, allowEx, flagEx, extras) -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("summary", words);
          r.put("severity", severity);
          boolean message = messageScope && !act.equals("rewrite");
          if (message) {
            r.put("scope", "message");
          }
          r.put("when", when);
          r.put("action", act);
          if (extras && act.equals("rewrite")) {
            r.put("replacement", words);
          }
          if (extras) {
            r.put("explanation", words + ".");
            r.put("tags", List.of("t1", words));
          }
          Map<String, Object> examples = new LinkedHashMap<>();
          if (!allowEx.isEmpty()) {
            examples.put("allow", new ArrayList<Object>(allowEx));
          }
          if (!flagEx.isEmpty()) {
            List<Object> flags = new ArrayList<>();
            for (String f : flagEx) {
              flags.add(Map.of("text", f, "verdict", "BLOCK", "channel", "email"));
            }
            examples.put("flag", flags);
          }
          if (!examples.isEmpty()) {
            r.put("examples", examples);
          }
          return r;
        });
  }

  @Provide
  Arbitrary<String> policies() {
    return Combinators.combine(rule().list().ofMaxSize(6), text().list().ofMaxSize(3),
            text().list().ofMaxSize(2), Arbitraries.of("", "default", "strict"),
            Arbitraries.integers().between(-5, 99), Arbitraries.of("allow", "warn", "block"))
        .as((rules, added, removed, parent, version, unmatched) -> {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("id", "generated");
          doc.put("version", version);
          if (!parent.isEmpty()) {
            doc.put("extends", parent);
          }
          doc.put("unmatched", unmatched);
          Map<String, Object> dicts = new LinkedHashMap<>();
          if (!added.isEmpty()) {
            List<Object> terms = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
              terms.add(i % 2 == 0 ? added.get(i) : Map.of("term", added.get(i),
                  "tags", List.of("oncology"), "ambiguity", 0.25));
            }
            dicts.put("add", Map.of("PROCEDURE", terms, "ALLOW", List.of("Acme Clinic")));
          }
          if (!removed.isEmpty()) {
            dicts.put("remove", new ArrayList<Object>(removed));
          }
          if (!dicts.isEmpty()) {
            doc.put("dictionaries", dicts);
          }
          List<Object> rs = new ArrayList<>();
          for (int i = 0; i < rules.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "generated.r" + i);
            r.putAll(rules.get(i));
            rs.add(r);
          }
          doc.put("rules", rs);
          return yaml(doc);
        });
  }

  @Property(tries = 300)
  boolean printedPolicy_parsesBackToTheSamePolicy(@ForAll("policies") String source) {
    Policy p = Policy.parse("generated.yaml", new StringReader(source));
    Statistics.label("rules").collect(Math.min(p.ruleCount(), 10) / 5 * 5);
    String printed = PolicyPrinter.print(p);
    Policy again = Policy.parse("printed.yaml", new StringReader(printed));
    return PolicyPrinter.document(again).equals(PolicyPrinter.document(p))
        && PolicyPrinter.print(again).equals(printed)
        && sameParts(p, again);
  }

  /** Compared through the policy's own accessors, independently of what the printer writes. */
  private static boolean sameParts(Policy p, Policy again) {
    return again.describe().equals(p.describe())
        && again.addedTerms().equals(p.addedTerms())
        && again.removedTerms().equals(p.removedTerms())
        && examples(again).equals(examples(p))
        && tags(again).equals(tags(p));
  }

  private static List<List<Object>> examples(Policy p) {
    List<List<Object>> out = new ArrayList<>();
    for (Policy.Example e : p.examples()) {
      out.add(java.util.Arrays.asList(e.ruleId(), e.text(), e.expected(), e.purpose(),
          e.channel()));
    }
    return out;
  }

  private static List<List<String>> tags(Policy p) {
    List<List<String>> out = new ArrayList<>();
    for (Rule r : p.rules()) {
      out.add(r.tags());
    }
    return out;
  }

  @Example
  void everyBundledPack_printsAndParsesBackToTheSamePolicy_andJudgesTheSame() {
    List<Message> messages = new ArrayList<>();
    for (String corpus : List.of("evasion.jsonl", "seed-examples.jsonl")) {
      for (dev.redactor.Corpora.Labelled m : dev.redactor.Corpora.read(corpus)) {
        messages.add(m.message());
      }
    }
    for (String name : Policy.packNames()) {
      Policy p = Policy.pack(name);
      Policy again = Policy.parse("printed-" + name + ".yaml",
          new StringReader(PolicyPrinter.print(p)));
      assertEquals(PolicyPrinter.document(p), PolicyPrinter.document(again), name);
      assertEquals(true, sameParts(p, again), name);
      assertEquals(p.examples().size(), again.examples().size(), name);
      if (name.equals("default") || name.equals("strict")) {
        Engine a = new Engine(dev.redactor.Limits.defaults(),
            Dictionaries.of(Lexicons.standard(), p.addedTerms(), p.removedTerms()), p);
        Engine b = new Engine(dev.redactor.Limits.defaults(),
            Dictionaries.of(Lexicons.standard(), again.addedTerms(), again.removedTerms()), again);
        for (Message m : messages) {
          Verdict va = a.check(m);
          Verdict vb = b.check(m);
          assertEquals(va, vb, name);
        }
      }
    }
  }

  private static String yaml(Map<String, Object> doc) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new YAMLFactory().createGenerator(out)) {
      writeValue(g, doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(e.getKey().toString());
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Integer) {
      g.writeNumber((Integer) v);
    } else if (v instanceof Double) {
      g.writeNumber((Double) v);
    } else {
      g.writeString(v.toString());
    }
  }
}
