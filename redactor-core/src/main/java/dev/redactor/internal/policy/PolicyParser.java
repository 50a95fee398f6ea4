package dev.redactor.internal.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Channel;
import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.PolicySyntaxException;
import dev.redactor.Purpose;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.dict.Tag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a policy document ({@link Node} tree) into a {@link Policy}, resolving {@code extends}.
 * Every problem is a {@link PolicySyntaxException} naming the source, line, column, the rule it is
 * in and what was expected. Unknown keys are errors, never ignored: a misspelled condition that
 * silently matched nothing would weaken a policy without anyone noticing.
 *
 * <p>The grammar, by example:
 *
 * <pre>
 * id: acme-therapy              # required: [a-z0-9][a-z0-9._-]*
 * version: 3                    # optional integer
 * summary: Therapy practice SMS policy
 * extends: behavioral-health    # a pack name or a file path (relative to this file); or a list
 * unmatched: warn               # action for findings no rule matches (default: warn)
 * disable: [default.tracking-link]     # parent rules to drop
 * dictionaries:
 *   add:
 *     PROCEDURE: [session, "intake session"]      # or {term: ..., tags: [...], ambiguity: 0.3}
 *   remove: [grace]
 * allow: ["Acme Wellness"]      # phrases that are never findings
 * rules:
 *   - id: acme.session
 *     summary: The word "session" reveals therapy.
 *     severity: error           # error | warning | note
 *     scope: finding            # finding (default) | message
 *     when: {term: [session, sessions]}
 *     action: rewrite           # allow | warn | rewrite | block
 *     replacement: appointment  # rewrite only: words to put instead
 *     examples:
 *       allow: ["Your appointment is Monday."]
 *       flag:  [{text: "Your session is Monday.", verdict: REWRITE}]
 * </pre>
 *
 * <p>Conditions ({@code when}; several keys in one map must all hold): {@code category}, {@code
 * flag}, {@code any-flag}, {@code group}, {@code term}, {@code regex} (RE2/J, linear time), {@code
 * purpose}, {@code channel}, {@code min-confidence}, {@code near: {<condition>, within: N}}, {@code
 * with: <condition>} (another finding in the message), {@code all}, {@code any}, {@code not}.
 */
final class PolicyParser {
  /** Loads a referenced policy ({@code extends}); returns its source name and tree. */
  interface Resolver {
    Loaded load(String reference, String fromSource);
  }

  /** A loaded policy document. */
  record Loaded(String source, Node root) {}

  static final int MAX_RULES = 10_000;
  static final int MAX_CONDITION_DEPTH = 32;
  static final int MAX_REGEX_LENGTH = 2_000;
  static final int MAX_EXTENDS_DEPTH = 16;

  private static final Set<String> POLICY_KEYS =
      Set.of("id", "version", "summary", "description", "extends", "unmatched", "disable",
          "dictionaries", "allow", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of("id", "summary", "severity", "scope", "when", "action", "replacement", "explanation",
          "tags", "examples");
  private static final Set<String> SEVERITIES = Set.of("error", "warning", "note");

  private final String source;
  private final Resolver resolver;
  private final Set<String> visiting;
  private String ruleId;

  private PolicyParser(String source, Resolver resolver, Set<String> visiting) {
    this.source = source;
    this.resolver = resolver;
    this.visiting = visiting;
  }

  static Policy parse(String source, Node root, Resolver resolver) {
    return parse(source, root, resolver, new LinkedHashSet<>());
  }

  private static Policy parse(String source, Node root, Resolver resolver, Set<String> visiting) {
    if (!visiting.add(source)) {
      throw new PolicySyntaxException(source, root.line, root.column, null,
          "'extends' forms a cycle: " + String.join(" -> ", visiting) + " -> " + source);
    }
    if (visiting.size() > MAX_EXTENDS_DEPTH) {
      throw new PolicySyntaxException(source, root.line, root.column, null,
          "'extends' chain is deeper than " + MAX_EXTENDS_DEPTH);
    }
    try {
      return new PolicyParser(source, resolver, visiting).policy(root);
    } finally {
      visiting.remove(source);
    }
  }

  private PolicySyntaxException err(Node at, String problem) {
    return new PolicySyntaxException(source, at.line, at.column, ruleId, problem);
  }

  private PolicySyntaxException errKey(Node.MapNode map, String key, String problem) {
    int[] pos = map.keyPositions.get(key);
    return new PolicySyntaxException(source, pos == null ? map.line : pos[0],
        pos == null ? map.column : pos[1], ruleId, problem);
  }

  private Node.MapNode map(Node n, String what) {
    if (!(n instanceof Node.MapNode)) {
      throw err(n, what + ": expected a mapping, found " + n.kind());
    }
    return (Node.MapNode) n;
  }

  private String scalar(Node n, String what) {
    if (!(n instanceof Node.Scalar) || ((Node.Scalar) n).isNull) {
      throw err(n, what + ": expected a single value, found " + n.kind());
    }
    return ((Node.Scalar) n).text;
  }

  /** A single value or a list of values. */
  private List<String> strings(Node n, String what) {
    List<String> out = new ArrayList<>();
    if (n instanceof Node.ListNode) {
      for (Node item : ((Node.ListNode) n).items) {
        out.add(scalar(item, what));
      }
    } else {
      out.add(scalar(n, what));
    }
    if (out.isEmpty()) {
      throw err(n, what + ": expected at least one value");
    }
    return out;
  }

  private void checkKeys(Node.MapNode map, Set<String> allowed, String where) {
    for (String key : map.entries.keySet()) {
      if (!allowed.contains(key)) {
        throw errKey(map, key, "unknown key '" + key + "' in " + where + "; expected one of "
            + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  // ---- policy ---------------------------------------------------------------------------------

  private Policy policy(Node root) {
    Node.MapNode m = map(root, "policy");
    checkKeys(m, POLICY_KEYS, "a policy");
    Node idNode = m.entries.get("id");
    if (idNode == null) {
      throw err(m, "missing 'id'");
    }
    String id = scalar(idNode, "id");
    if (!Finding.isRuleId(id)) {
      throw err(idNode, "'id' must be lower-case letters, digits, '.', '-' or '_'");
    }
    int version = 0;
    if (m.entries.containsKey("version")) {
      try {
        version = Integer.parseInt(scalar(m.entries.get("version"), "version"));
      } catch (NumberFormatException e) {
        throw err(m.entries.get("version"), "'version' must be an integer");
      }
    }
    String summary = m.entries.containsKey("summary")
        ? scalar(m.entries.get("summary"), "summary") : id;
    // parents first
    List<Policy> parents = new ArrayList<>();
    if (m.entries.containsKey("extends")) {
      Node ext = m.entries.get("extends");
      for (String ref : strings(ext, "extends")) {
        Loaded loaded;
        try {
          loaded = resolver.load(ref, source);
        } catch (PolicySyntaxException e) {
          throw e;
        } catch (RuntimeException e) {
          throw err(ext, "cannot load the policy it extends");
        }
        if (loaded == null) {
          throw err(ext, "'extends' names no known pack or file");
        }
        parents.add(parse(loaded.source(), loaded.root(), resolver, visiting));
      }
    }
    Map<String, Rule> rules = new LinkedHashMap<>();
    List<Entry> added = new ArrayList<>();
    Set<String> removed = new LinkedHashSet<>();
    Action unmatched = Action.WARN;
    for (Policy p : parents) {
      for (Rule r : p.rules()) {
        rules.put(r.id(), r);
      }
      added.addAll(p.addedTerms());
      removed.addAll(p.removedTerms());
      unmatched = p.unmatched();
    }
    if (m.entries.containsKey("unmatched")) {
      unmatched = action(m.entries.get("unmatched"), "unmatched");
    }
    if (m.entries.containsKey("disable")) {
      Node d = m.entries.get("disable");
      for (String rid : strings(d, "disable")) {
        if (rules.remove(rid) == null) {
          throw err(d, "'disable' names a rule no parent has (" + rid + ")");
        }
      }
    }
    if (m.entries.containsKey("dictionaries")) {
      dictionaries(map(m.entries.get("dictionaries"), "dictionaries"), added, removed);
    }
    if (m.entries.containsKey("allow")) {
      for (String phrase : strings(m.entries.get("allow"), "allow")) {
        added.add(new Entry(phrase.toLowerCase(Locale.ROOT), ListKind.ALLOW, 0L, 0f, "any"));
      }
    }
    if (m.entries.containsKey("rules")) {
      Node rn = m.entries.get("rules");
      if (!(rn instanceof Node.ListNode)) {
        throw err(rn, "rules: expected a list, found " + rn.kind());
      }
      Node.ListNode list = (Node.ListNode) rn;
      if (list.items.size() + rules.size() > MAX_RULES) {
        throw err(rn, "more than " + MAX_RULES + " rules");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (Node item : list.items) {
        ruleId = null;
        Rule r = rule(item);
        if (!seen.add(r.id())) {
          throw err(item, "duplicate rule id " + r.id());
        }
        rules.put(r.id(), r); // a child rule with a parent's id replaces it
      }
      ruleId = null;
    }
    return new Policy(id, version, summary, source, new ArrayList<>(rules.values()), unmatched,
        added, removed);
  }

  private void dictionaries(Node.MapNode d, List<Entry> added, Set<String> removed) {
    checkKeys(d, Set.of("add", "remove"), "dictionaries");
    if (d.entries.containsKey("add")) {
      Node.MapNode add = map(d.entries.get("add"), "dictionaries.add");
      for (Map.Entry<String, Node> e : add.entries.entrySet()) {
        ListKind kind;
        try {
          kind = ListKind.parse(e.getKey());
        } catch (IllegalArgumentException ex) {
          throw errKey(add, e.getKey(), "dictionaries.add: unknown list '" + e.getKey()
              + "'; expected NAME, SPECIALTY, CONDITION, PROCEDURE, MEDICATION, ALLOW or WORD");
        }
        if (!(e.getValue() instanceof Node.ListNode)) {
          throw err(e.getValue(), "dictionaries.add." + e.getKey() + ": expected a list");
        }
        for (Node item : ((Node.ListNode) e.getValue()).items) {
          added.add(term(item, kind));
        }
      }
    }
    if (d.entries.containsKey("remove")) {
      for (String t : strings(d.entries.get("remove"), "dictionaries.remove")) {
        removed.add(t);
      }
    }
  }

  private Entry term(Node item, ListKind kind) {
    if (item instanceof Node.Scalar) {
      return new Entry(scalar(item, "term").toLowerCase(Locale.ROOT), kind, 0L, 0f, "any");
    }
    Node.MapNode m = map(item, "term");
    checkKeys(m, Set.of("term", "tags", "ambiguity"), "a dictionary term");
    if (!m.entries.containsKey("term")) {
      throw err(m, "missing 'term'");
    }
    String term = scalar(m.entries.get("term"), "term").toLowerCase(Locale.ROOT);
    long tags = 0;
    if (m.entries.containsKey("tags")) {
      for (String t : strings(m.entries.get("tags"), "tags")) {
        Tag tag = Tag.byName(t);
        if (tag == null) {
          throw err(m.entries.get("tags"), "unknown tag '" + t + "'");
        }
        tags |= tag.bit();
      }
    }
    float amb = 0f;
    if (m.entries.containsKey("ambiguity")) {
      try {
        amb = Float.parseFloat(scalar(m.entries.get("ambiguity"), "ambiguity"));
      } catch (NumberFormatException e) {
        amb = -1;
      }
      if (!(amb >= 0 && amb <= 1)) {
        throw err(m.entries.get("ambiguity"), "'ambiguity' must be a number from 0 to 1");
      }
    }
    return new Entry(term, kind, tags, amb, "any");
  }

  // ---- rules ----------------------------------------------------------------------------------

  private Rule rule(Node item) {
    Node.MapNode m = map(item, "rule");
    Node idNode = m.entries.get("id");
    if (idNode == null) {
      throw err(m, "rule without 'id'");
    }
    String id = scalar(idNode, "id");
    if (!Finding.isRuleId(id)) {
      throw err(idNode, "rule id must be lower-case letters, digits, '.', '-' or '_'");
    }
    ruleId = id;
    checkKeys(m, RULE_KEYS, "a rule");
    if (!m.entries.containsKey("summary")) {
      throw err(m, "missing 'summary'");
    }
    String summary = scalar(m.entries.get("summary"), "summary");
    String severity = m.entries.containsKey("severity")
        ? scalar(m.entries.get("severity"), "severity").toLowerCase(Locale.ROOT) : "warning";
    if (!SEVERITIES.contains(severity)) {
      throw err(m.entries.get("severity"), "severity must be error, warning or note");
    }
    String scope = m.entries.containsKey("scope")
        ? scalar(m.entries.get("scope"), "scope").toLowerCase(Locale.ROOT) : "finding";
    if (!scope.equals("finding") && !scope.equals("message")) {
      throw err(m.entries.get("scope"), "scope must be finding or message");
    }
    if (!m.entries.containsKey("action")) {
      throw err(m, "missing 'action'");
    }
    Action action = action(m.entries.get("action"), "action");
    if (scope.equals("message") && action == Action.REWRITE) {
      throw err(m.entries.get("action"), "a message rule can allow, warn or block; rewrite"
          + " needs a finding to remove");
    }
    Condition when = m.entries.containsKey("when")
        ? condition(m.entries.get("when"), 0) : Condition.Always.INSTANCE;
    String replacement = null;
    if (m.entries.containsKey("replacement")) {
      Node r = m.entries.get("replacement");
      replacement = r instanceof Node.Scalar && ((Node.Scalar) r).isNull ? ""
          : scalar(r, "replacement");
      if (action != Action.REWRITE) {
        throw err(r, "'replacement' needs action: rewrite");
      }
    }
    String explanation = m.entries.containsKey("explanation")
        ? scalar(m.entries.get("explanation"), "explanation") : null;
    List<String> tags = m.entries.containsKey("tags")
        ? strings(m.entries.get("tags"), "tags") : List.of();
    List<Rule.Example> examples = m.entries.containsKey("examples")
        ? examples(map(m.entries.get("examples"), "examples")) : List.of();
    return new Rule(id, summary, severity, scope, when, action, replacement, explanation, tags,
        examples, m.line, source);
  }

  private Action action(Node n, String what) {
    String s = scalar(n, what).toUpperCase(Locale.ROOT);
    try {
      return Action.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw err(n, what + " must be allow, warn, rewrite or block");
    }
  }

  private List<Rule.Example> examples(Node.MapNode m) {
    checkKeys(m, Set.of("allow", "flag"), "examples");
    List<Rule.Example> out = new ArrayList<>();
    for (String kind : List.of("allow", "flag")) {
      Node n = m.entries.get(kind);
      if (n == null) {
        continue;
      }
      if (!(n instanceof Node.ListNode)) {
        throw err(n, "examples." + kind + ": expected a list");
      }
      for (Node item : ((Node.ListNode) n).items) {
        out.add(example(item, kind.equals("allow")));
      }
    }
    return out;
  }

  private Rule.Example example(Node item, boolean allow) {
    if (item instanceof Node.Scalar) {
      return new Rule.Example(scalar(item, "example"), allow ? Decision.ALLOW : null, null, null,
          item.line);
    }
    Node.MapNode m = map(item, "example");
    checkKeys(m, Set.of("text", "verdict", "purpose", "channel"), "an example");
    if (!m.entries.containsKey("text")) {
      throw err(m, "example without 'text'");
    }
    Decision expected = allow ? Decision.ALLOW : null;
    if (m.entries.containsKey("verdict")) {
      try {
        expected = Decision.valueOf(
            scalar(m.entries.get("verdict"), "verdict").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw err(m.entries.get("verdict"), "verdict must be ALLOW, REWRITE or BLOCK");
      }
      if (allow != (expected == Decision.ALLOW)) {
        throw err(m.entries.get("verdict"), allow ? "an 'allow' example must expect ALLOW"
            : "a 'flag' example must expect REWRITE or BLOCK");
      }
    }
    Purpose purpose = null;
    if (m.entries.containsKey("purpose")) {
      try {
        purpose = Purpose.parse(scalar(m.entries.get("purpose"), "purpose"));
      } catch (IllegalArgumentException e) {
        throw err(m.entries.get("purpose"), e.getMessage());
      }
    }
    Channel channel = null;
    if (m.entries.containsKey("channel")) {
      try {
        channel = Channel.parse(scalar(m.entries.get("channel"), "channel"));
      } catch (IllegalArgumentException e) {
        throw err(m.entries.get("channel"), e.getMessage());
      }
    }
    return new Rule.Example(scalar(m.entries.get("text"), "text"), expected, purpose, channel,
        item.line);
  }

  // ---- conditions -----------------------------------------------------------------------------

  private Condition condition(Node n, int depth) {
    if (depth > MAX_CONDITION_DEPTH) {
      throw err(n, "conditions nested deeper than " + MAX_CONDITION_DEPTH + " levels");
    }
    Node.MapNode m = map(n, "when");
    if (m.entries.isEmpty()) {
      return Condition.Always.INSTANCE;
    }
    List<Condition> parts = new ArrayList<>();
    for (Map.Entry<String, Node> e : m.entries.entrySet()) {
      parts.add(leaf(m, e.getKey(), e.getValue(), depth));
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
  }

  private Condition leaf(Node.MapNode parent, String key, Node v, int depth) {
    switch (key) {
      case "category": {
        Set<Category> cats = EnumSet.noneOf(Category.class);
        for (String s : strings(v, key)) {
          try {
            cats.add(Category.valueOf(s.trim().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            throw err(v, "unknown category '" + s + "'");
          }
        }
        return new Condition.CategoryIs(cats);
      }
      case "flag":
      case "any-flag": {
        List<String> names = strings(v, key);
        int mask = 0;
        for (String s : names) {
          int b = Flags.bit(s);
          if (b == 0) {
            throw err(v, "unknown flag '" + s + "'; expected one of " + Flags.names());
          }
          mask |= b;
        }
        return new Condition.HasFlags(mask, names, key.equals("any-flag"));
      }
      case "group": {
        List<String> names = strings(v, key);
        long mask = Condition.groupMask(names);
        if (mask < 0) {
          throw err(v, "unknown group; see the tag list in dictionaries/README.md");
        }
        return new Condition.InGroup(mask, names);
      }
      case "term":
        return new Condition.TermIs(strings(v, key));
      case "regex": {
        String src = scalar(v, key);
        if (src.length() > MAX_REGEX_LENGTH) {
          throw err(v, "regex longer than " + MAX_REGEX_LENGTH + " characters");
        }
        try {
          return new Condition.RegexFind(src, Pattern.compile(src));
        } catch (PatternSyntaxException e) {
          throw err(v, "invalid regular expression (RE2 syntax): " + e.getDescription());
        }
      }
      case "purpose": {
        Set<Purpose> ps = EnumSet.noneOf(Purpose.class);
        for (String s : strings(v, key)) {
          try {
            ps.add(Purpose.parse(s));
          } catch (IllegalArgumentException e) {
            throw err(v, e.getMessage());
          }
        }
        return new Condition.PurposeIs(ps);
      }
      case "channel": {
        Set<Channel> cs = EnumSet.noneOf(Channel.class);
        for (String s : strings(v, key)) {
          try {
            cs.add(Channel.parse(s));
          } catch (IllegalArgumentException e) {
            throw err(v, e.getMessage());
          }
        }
        return new Condition.ChannelIs(cs);
      }
      case "min-confidence": {
        try {
          double d = Double.parseDouble(scalar(v, key));
          if (!(d >= 0 && d <= 1)) {
            throw new NumberFormatException();
          }
          return new Condition.MinConfidence(d);
        } catch (NumberFormatException e) {
          throw err(v, "min-confidence must be a number from 0 to 1");
        }
      }
      case "near": {
        Node.MapNode m = map(v, key);
        Node w = m.entries.get("within");
        if (w == null) {
          throw err(m, "near: missing 'within' (a number of tokens)");
        }
        int within;
        try {
          within = Integer.parseInt(scalar(w, "within"));
        } catch (NumberFormatException e) {
          throw err(w, "'within' must be a whole number of tokens");
        }
        if (within < 0 || within > 1000) {
          throw err(w, "'within' must be from 0 to 1000");
        }
        Node.MapNode inner = new Node.MapNode(m.line, m.column);
        for (Map.Entry<String, Node> e : m.entries.entrySet()) {
          if (!e.getKey().equals("within")) {
            inner.entries.put(e.getKey(), e.getValue());
            inner.keyPositions.put(e.getKey(), m.keyPositions.get(e.getKey()));
          }
        }
        if (inner.entries.isEmpty()) {
          throw err(m, "near: say what must be near (category, term, group...)");
        }
        return new Condition.Near(condition(inner, depth + 1), within);
      }
      case "with":
        return new Condition.With(condition(v, depth + 1));
      case "not":
        return new Condition.Not(condition(v, depth + 1));
      case "all":
      case "any": {
        if (!(v instanceof Node.ListNode)) {
          throw err(v, key + ": expected a list of conditions");
        }
        List<Condition> parts = new ArrayList<>();
        for (Node item : ((Node.ListNode) v).items) {
          parts.add(condition(item, depth + 1));
        }
        if (parts.isEmpty()) {
          throw err(v, key + ": expected at least one condition");
        }
        return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
      }
      default:
        throw errKey(parent, key, "unknown condition '" + key + "'; expected one of all, any,"
            + " category, channel, flag, any-flag, group, min-confidence, near, not, purpose,"
            + " regex, term, with");
    }
  }
}
