package dev.redactor.internal.policy;

import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Finding;
import dev.redactor.Message;
import dev.redactor.Notice;
import dev.redactor.PolicySyntaxException;
import dev.redactor.PolicyTests;
import dev.redactor.Span;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.detect.Detection;
import dev.redactor.internal.dict.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A compiled policy: its rules (parents' first, a child's rule replacing a parent's of the same
 * id), the action for findings no rule matches, and the dictionary changes it asks for. Immutable
 * and thread-safe.
 *
 * <p>Judging: each finding is tested against every finding rule; the strongest action of the rules
 * that hold wins ({@code BLOCK > REWRITE > WARN > ALLOW}), the first such rule names the finding.
 * Message rules are judged once and become {@link Notice}s.
 */
public final class Policy {
  /** Classpath directory of the bundled packs. */
  public static final String PACK_DIR = "dev/redactor/rules/";

  private final String id;
  private final int version;
  private final String summary;
  private final String source;
  private final List<Rule> rules;
  private final List<Rule> messageRules;
  /**
   * The finding rules that a finding of each category can match, in order ({@link
   * FindingRules}): judging is proportional to the rules that concern a finding, not to the
   * whole policy.
   */
  private final FindingRules findingRuleIndex;
  /** The required literals of the rules' regexes, or null when none has any. */
  private final @Nullable RegexPrefilter prefilter;
  private final Action unmatched;
  private final List<Entry> addedTerms;
  private final Set<String> removedTerms;
  /** Each rule's finding sentence, made once instead of per finding (keyed by identity). */
  private final Map<Rule, String> sentences = new IdentityHashMap<>();

  Policy(String id, int version, String summary, String source, List<Rule> rules,
      Action unmatched, List<Entry> addedTerms, Set<String> removedTerms) {
    this.id = id;
    this.version = version;
    this.summary = summary;
    this.source = source;
    this.rules = List.copyOf(rules);
    List<Rule> f = new ArrayList<>();
    List<Rule> m = new ArrayList<>();
    for (Rule r : rules) {
      (r.messageScope() ? m : f).add(r);
    }
    this.messageRules = List.copyOf(m);
    this.findingRuleIndex = new FindingRules(f);
    this.prefilter = RegexPrefilter.of(this.rules);
    this.unmatched = unmatched;
    this.addedTerms = List.copyOf(addedTerms);
    this.removedTerms = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(removedTerms));
    for (Rule r : this.rules) {
      sentences.put(r, sentence(r));
    }
  }

  // ---- loading --------------------------------------------------------------------------------

  /**
   * A bundled pack by name ({@code default}, {@code strict}, ...).
   *
   * @throws PolicySyntaxException if there is no such pack or it does not parse
   */
  public static Policy pack(String name) {
    PolicyParser.Loaded loaded = RESOLVER.load(name, "policy");
    if (loaded == null) {
      throw new PolicySyntaxException("policy", 0, 0, null,
          "unknown policy pack; available: " + String.join(", ", packNames()));
    }
    return PolicyParser.parse(loaded.source(), loaded.root(), RESOLVER);
  }

  /** A policy file; {@code extends} may name packs or files relative to it. */
  public static Policy file(Path path) {
    PolicyParser.Loaded loaded = RESOLVER.load(path.toString(), "");
    if (loaded == null) {
      throw new PolicySyntaxException(path.toString(), 0, 0, null, "cannot read the policy file");
    }
    return PolicyParser.parse(loaded.source(), loaded.root(), RESOLVER);
  }

  /** A policy read from {@code in}; {@code source} names it in errors. */
  public static Policy parse(String source, Reader in) {
    return PolicyParser.parse(source, YamlReader.read(source, in), RESOLVER);
  }

  /** The names of the bundled packs. */
  public static List<String> packNames() {
    List<String> names = new ArrayList<>();
    try (InputStream in = resource(PACK_DIR + "index.txt")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String l = line.trim();
          if (!l.isEmpty() && !l.startsWith("#")) {
            names.add(l);
          }
        }
      }
    } catch (IOException e) {
      return names;
    }
    return names;
  }

  private static InputStream resource(String path) {
    return Policy.class.getClassLoader().getResourceAsStream(path);
  }

  /** Packs by name from the classpath; anything with a slash or ".yaml" from the file system. */
  private static final PolicyParser.Resolver RESOLVER =
      (ref, from) -> {
        boolean file = ref.contains("/") || ref.contains("\\") || ref.endsWith(".yaml")
            || ref.endsWith(".yml");
        if (!file) {
          InputStream in = resource(PACK_DIR + ref + ".yaml");
          if (in == null) {
            return null;
          }
          String src = "pack:" + ref;
          byte[] yaml;
          try (InputStream open = in) {
            yaml = open.readAllBytes();
          } catch (IOException e) {
            throw new PolicySyntaxException(src, 0, 0, null, "cannot read the pack");
          }
          return new PolicyParser.Loaded(src, PackTrees.load(src, ref, yaml));
        }
        Path p = Path.of(ref);
        if (!p.isAbsolute() && from != null && !from.isEmpty() && !from.startsWith("pack:")) {
          Path parent = Path.of(from).getParent();
          if (parent != null) {
            p = parent.resolve(ref);
          }
        }
        Path norm = p.toAbsolutePath().normalize();
        if (!Files.isRegularFile(norm)) {
          return null;
        }
        String src = p.toString();
        try (Reader r = Files.newBufferedReader(norm, StandardCharsets.UTF_8)) {
          return new PolicyParser.Loaded(src, YamlReader.read(src, r));
        } catch (IOException e) {
          throw new PolicySyntaxException(src, 0, 0, null, "cannot read the policy file");
        }
      };

  // ---- accessors ------------------------------------------------------------------------------

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public String summary() {
    return summary;
  }

  /** Where the policy was read from (a file path or {@code pack:<name>}). */
  public String source() {
    return source;
  }

  List<Rule> rules() {
    return rules;
  }

  /** Number of rules. */
  public int ruleCount() {
    return rules.size();
  }

  /** The rules, in order, as the public API describes them. */
  public List<dev.redactor.RuleInfo> ruleInfos() {
    List<dev.redactor.RuleInfo> out = new ArrayList<>(rules.size());
    for (Rule r : rules) {
      out.add(new dev.redactor.RuleInfo(r.id(), r.summary(), r.severity(), r.action(),
          r.messageScope(), r.sentence()));
    }
    return List.copyOf(out);
  }

  /** Ids of the rules, in order. */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : rules) {
      ids.add(r.id());
    }
    return ids;
  }

  /**
   * The regexes that message rules run over the whole message and that have no required literal
   * ({@link RegexLiterals}): the prefilter cannot skip them, so each is run over every message its
   * rule reads, a few microseconds per message where a regex with a literal costs almost nothing.
   * In rule order.
   */
  public List<PolicyTests.UnfilteredRegex> unfilteredMessageRegexes() {
    List<PolicyTests.UnfilteredRegex> out = new ArrayList<>();
    List<Condition.RegexFind> regexes = new ArrayList<>();
    for (Rule r : messageRules) { // a finding rule's regex reads the finding, a few characters
      regexes.clear();
      r.when().regexes(regexes, true);
      for (Condition.RegexFind rf : regexes) {
        if (rf.required == null) {
          out.add(new PolicyTests.UnfilteredRegex(r.id(), rf.source));
        }
      }
    }
    return List.copyOf(out);
  }

  Action unmatched() {
    return unmatched;
  }

  /** Terms the policy adds to the dictionaries (and allow phrases). */
  public List<Entry> addedTerms() {
    return addedTerms;
  }

  /** Terms the policy removes from the dictionaries. */
  public Set<String> removedTerms() {
    return removedTerms;
  }

  // ---- judging --------------------------------------------------------------------------------

  /** A finding's verdict plus what the rewriter needs. */
  public record Judged(Detection detection, Finding finding, String replacement) {}

  /** The findings and notices for one message. */
  public record Outcome(List<Judged> judged, List<Notice> notices) {}

  /** Judges every detection of {@code message}. */
  public Outcome judge(List<Detection> detections, Message message, Analysis analysis) {
    EvalContext ctx = new EvalContext(message, analysis, detections, prefilter);
    List<Judged> out = new ArrayList<>(detections.size());
    String text = message.text();
    // Code point offsets are counted on from the previous finding (detections come sorted by
    // start): counting from 0 for each one made a message with many findings quadratic.
    int cpAt = 0;
    int cpCount = 0;
    for (Detection d : detections) {
      Rule best = null;
      int[] tested = findingRuleIndex.indexed(d.category)
          ? findingRuleIndex.candidates(d.category, ctx.foldedText(d))
          : findingRuleIndex.tested(d.category);
      for (int k : tested) {
        best = better(best, findingRuleIndex.rules[k], ctx, d);
        if (best != null && best.action() == Action.BLOCK) {
          break;
        }
      }
      if (d.start < cpAt) {
        cpAt = 0;
        cpCount = 0;
      }
      Span span = span(text, d.start, d.end, cpCount + Character.codePointCount(text, cpAt,
          d.start));
      cpCount = span.cpStart();
      cpAt = d.start;
      Finding f;
      String replacement = null;
      if (best == null) {
        f = new Finding(span, d.category, id + ".unmatched", unmatched, d.confidence,
            d.category + " found; no rule of policy " + id + " covers it ("
                + verb(unmatched) + ").");
      } else {
        f = new Finding(span, d.category, best.id(), best.action(), d.confidence,
            sentenceOf(best));
        replacement = best.replacement();
      }
      out.add(new Judged(d, f, replacement));
    }
    List<Notice> notices = List.of(); // a list is made at the first notice: most have none
    for (Rule r : messageRules) {
      if (test(r, ctx, null)) {
        if (notices.isEmpty()) {
          notices = new ArrayList<>(2);
        }
        notices.add(new Notice(r.id(), r.action(), sentenceOf(r)));
      }
    }
    return new Outcome(out, notices);
  }

  /** {@code r} if it holds for {@code d} and is stronger than {@code best}, else {@code best}. */
  private static @Nullable Rule better(@Nullable Rule best, Rule r, EvalContext ctx,
      Detection d) {
    return (best == null || r.action().isStrongerThan(best.action())) && test(r, ctx, d) ? r
        : best;
  }

  /** As {@link Span#of}, with the code point offset of {@code start} already known. */
  private static Span span(String text, int start, int end, int cpStart) {
    if (start < 0 || end < start || end > text.length() || splitsPair(text, start)
        || splitsPair(text, end)) {
      throw new IllegalArgumentException("finding [" + start + ", " + end
          + ") out of bounds or splitting a surrogate pair (length " + text.length() + ")");
    }
    return new Span(start, end, cpStart, cpStart + Character.codePointCount(text, start, end));
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }

  /** {@code r}'s condition; a failure inside it becomes a {@link RuleFailure} naming the rule. */
  private static boolean test(Rule r, EvalContext ctx,
      @org.jspecify.annotations.Nullable Detection d) {
    try {
      return r.when().test(ctx, d);
    } catch (RuntimeException | StackOverflowError e) {
      throw new RuleFailure(r.id(), e);
    }
  }

  /**
   * A rule's condition failed while judging a message. The message is the rule id only; the cause
   * is kept for debugging and its message may not be shown (it could quote the text).
   */
  public static final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String ruleId;

    RuleFailure(String ruleId, Throwable cause) {
      super("rule " + ruleId, cause);
      this.ruleId = ruleId;
    }

    /** The id of the rule whose condition failed. */
    public String ruleId() {
      return ruleId;
    }
  }

  private String sentenceOf(Rule r) {
    String s = sentences.get(r);
    return s != null ? s : sentence(r);
  }

  private static String sentence(Rule r) {
    String s = r.sentence().trim();
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s + "; " + verb(r.action()) + " (rule " + r.id() + ").";
  }

  private static String verb(Action a) {
    switch (a) {
      case BLOCK:
        return "blocked";
      case REWRITE:
        return "removed";
      case WARN:
        return "reported";
      default:
        return "allowed";
    }
  }

  /** The policy as YAML-ready maps: parse(print(p)) judges every message as p does. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("version", version);
    m.put("summary", summary);
    m.put("unmatched", unmatched.name().toLowerCase(java.util.Locale.ROOT));
    List<Object> rs = new ArrayList<>();
    for (Rule r : rules) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("id", r.id());
      rm.put("summary", r.summary());
      rm.put("severity", r.severity());
      rm.put("scope", r.scope());
      rm.put("when", r.when().describe());
      rm.put("action", r.action().name().toLowerCase(java.util.Locale.ROOT));
      if (r.replacement() != null) {
        rm.put("replacement", r.replacement());
      }
      if (r.explanation() != null) {
        rm.put("explanation", r.explanation());
      }
      rs.add(rm);
    }
    m.put("rules", rs);
    return m;
  }

  /**
   * An embedded example: a text the policy must allow ({@code expected == ALLOW}) or flag
   * ({@code expected} REWRITE or BLOCK; null means either).
   */
  public record Example(String ruleId, String source, String text,
      dev.redactor.@org.jspecify.annotations.Nullable Decision expected,
      dev.redactor.@org.jspecify.annotations.Nullable Purpose purpose,
      dev.redactor.@org.jspecify.annotations.Nullable Channel channel, int line,
      boolean inherited) {}

  /** Every rule's examples, in rule order. */
  public List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (Rule r : rules) {
      for (Rule.Example e : r.examples()) {
        out.add(new Example(r.id(), r.source(), e.text(), e.expected(), e.purpose(), e.channel(),
            e.line(), !r.source().equals(source)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Policy{" + id + " v" + version + ", rules=" + rules.size() + ", source=" + source + "}";
  }
}
