package dev.redactor.internal.policy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.dict.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a compiled policy as a self-contained policy file: {@code extends} resolved (every rule,
 * inherited or not, in evaluation order), dictionary changes, rules with their conditions, tags and
 * examples. Parsing the output gives the same policy: {@code print(parse(print(p))) ==
 * print(p)}, and it judges every message as {@code p} does.
 *
 * <p>The output is message-free in the sense that matters here: it holds only what the policy's
 * author wrote (terms, phrases, regexes, example texts).
 */
public final class PolicyPrinter {
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build();

  private PolicyPrinter() {}

  /** The policy as YAML. */
  public static String print(Policy p) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = YAML.createGenerator(out)) {
      write(g, document(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the policy", e);
    }
    return out.toString();
  }

  /** The policy as the maps, lists and strings {@link #print} writes. */
  public static Map<String, Object> document(Policy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("version", p.version());
    m.put("summary", p.summary());
    m.put("unmatched", lower(p.unmatched().name()));
    Map<String, Object> dictionaries = new LinkedHashMap<>();
    Map<String, List<Object>> add = new LinkedHashMap<>();
    for (Entry e : p.addedTerms()) {
      add.computeIfAbsent(e.kind().name(), k -> new ArrayList<>()).add(term(e));
    }
    if (!add.isEmpty()) {
      dictionaries.put("add", add);
    }
    if (!p.removedTerms().isEmpty()) {
      dictionaries.put("remove", new ArrayList<>(p.removedTerms()));
    }
    if (!dictionaries.isEmpty()) {
      m.put("dictionaries", dictionaries);
    }
    List<Object> rules = new ArrayList<>();
    for (Rule r : p.rules()) {
      rules.add(rule(r));
    }
    m.put("rules", rules);
    return m;
  }

  private static Object term(Entry e) {
    if (e.tags() == 0 && e.ambiguity() == 0f) {
      return e.term();
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("term", e.term());
    if (e.tags() != 0) {
      List<String> tags = new ArrayList<>();
      for (Tag tag : Tag.values()) {
        if (tag.in(e.tags())) {
          tags.add(tag.wireName());
        }
      }
      t.put("tags", tags);
    }
    if (e.ambiguity() != 0f) {
      t.put("ambiguity", e.ambiguity());
    }
    return t;
  }

  private static Map<String, Object> rule(Rule r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("summary", r.summary());
    m.put("severity", r.severity());
    m.put("scope", r.scope());
    m.put("when", r.when().describe());
    m.put("action", lower(r.action().name()));
    if (r.replacement() != null) {
      m.put("replacement", r.replacement());
    }
    if (r.explanation() != null) {
      m.put("explanation", r.explanation());
    }
    if (!r.tags().isEmpty()) {
      m.put("tags", new ArrayList<>(r.tags()));
    }
    List<Object> allow = new ArrayList<>();
    List<Object> flag = new ArrayList<>();
    for (Rule.Example e : r.examples()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("text", e.text());
      if (e.expected() != null) {
        x.put("verdict", e.expected().name());
      }
      if (e.purpose() != null) {
        x.put("purpose", e.purpose().wireName());
      }
      if (e.channel() != null) {
        x.put("channel", e.channel().wireName());
      }
      (e.expected() == dev.redactor.Decision.ALLOW ? allow : flag).add(x);
    }
    if (!allow.isEmpty() || !flag.isEmpty()) {
      Map<String, Object> ex = new LinkedHashMap<>();
      if (!allow.isEmpty()) {
        ex.put("allow", allow);
      }
      if (!flag.isEmpty()) {
        ex.put("flag", flag);
      }
      m.put("examples", ex);
    }
    return m;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object item : (List<?>) v) {
        write(g, item);
      }
      g.writeEndArray();
    } else {
      // every scalar as a string: the parser reads numbers from their text, and a string keeps
      // YAML from reading "no", "on" or "1e3" as something else
      g.writeString(String.valueOf(v));
    }
  }
}
