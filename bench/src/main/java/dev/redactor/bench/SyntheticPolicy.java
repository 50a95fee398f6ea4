package dev.redactor.bench;

import dev.redactor.Redactor;
import java.util.List;
import java.util.Locale;

/**
 * Seeded synthetic policies in the rule DSL, to see how check time grows with the rule count.
 * The policy extends the default pack and adds {@code n} rules of five shapes in turn: a
 * category and group test, a term list, a {@code near} proximity test, an RE2J message-scope
 * regex (one rule in five) and a nested {@code all}/{@code any}/{@code not}. Every synthetic term
 * and regex needs a pseudo-word ending in {@code q} that the benchmark messages never contain,
 * and every action is at most {@code warn}, so the verdicts stay those of the default policy
 * (the benchmark checks that) while each rule is still evaluated for every finding or message.
 */
final class SyntheticPolicy {
  private SyntheticPolicy() {}

  private static final String[] CATEGORIES = {"PROCEDURE", "SPECIALTY", "CONDITION", "MEDICATION",
      "NAME", "PHONE", "DATE"};
  private static final String[] GROUPS = {"dental", "oncology", "cardiology", "dermatology",
      "behavioral-health", "pediatrics"};

  /**
   * The YAML text of a policy of {@code rules} rules in all: 0 is the default pack alone; fewer
   * than the default pack's rules keeps its first {@code rules} rules in pack order and disables
   * the rest (so its verdicts are not the default's); more adds synthetic ones ({@link #yaml}).
   */
  static String withRuleCount(int rules) {
    List<String> ids = Redactor.standard().ruleIds();
    if (rules == 0 || rules >= ids.size()) {
      return yaml(Math.max(0, rules - ids.size()));
    }
    return "id: subset-" + rules + "\nversion: 1\nsummary: The first " + rules
        + " rules of the default pack\nextends: default\ndisable: ["
        + String.join(", ", ids.subList(rules, ids.size())) + "]\n";
  }

  /** The YAML text of a policy with the default pack's rules plus {@code n} synthetic ones. */
  static String yaml(int n) {
    StringBuilder sb = extendingDefault("synthetic-" + n, n + " synthetic rules", n);
    for (int i = 0; i < n; i++) {
      String word = pseudoWord(i);
      String cat = CATEGORIES[i % CATEGORIES.length];
      String group = GROUPS[(i / 5) % GROUPS.length];
      ruleHead(sb, "synthetic", "Synthetic rule", i);
      switch (i % 5) {
        case 0:
          sb.append("    when: {category: ").append(cat).append(", group: ").append(group)
              .append(", term: [").append(word).append("]}\n");
          break;
        case 1:
          sb.append("    when: {term: [").append(word).append(", ").append(word)
              .append("s, ").append(pseudoWord(i + 1_000_000)).append("]}\n");
          break;
        case 2:
          sb.append("    when: {category: ").append(cat).append(", near: {term: [").append(word)
              .append("], within: 5}}\n");
          break;
        case 3:
          sb.append("    scope: message\n    when: {regex: \"(?i)\\\\b").append(word)
              .append("\\\\d*\\\\b\"}\n");
          break;
        default:
          sb.append("    when:\n      all:\n        - {category: ").append(cat).append("}\n")
              .append("        - any: [{term: [").append(word).append("]}, {group: ")
              .append(group).append(", term: [").append(pseudoWord(i + 2_000_000))
              .append("]}]\n        - not: {channel: portal}\n");
      }
      sb.append("    action: warn\n");
    }
    return sb.toString();
  }

  /**
   * The YAML text of the default pack plus {@code n} message-scope regex rules at warn, each
   * needing a pseudo-word ending in q. With {@code literal}, a regex holds its pseudo-word as
   * written ("(?i)\bzybaq\d*\b"), which a policy finds in one pass for all of them
   * before running any; without, it is made of classes only ("(?i)\b[z][y][b][a][q]\d*\b"
   * matches the same words), which gives no literal, so it is run over every message.
   */
  static String regexRules(int n, boolean literal) {
    StringBuilder sb = extendingDefault("regex-" + (literal ? "literal-" : "classes-") + n,
        n + " regex rules", n);
    for (int i = 0; i < n; i++) {
      String word = pseudoWord(i);
      String body;
      if (literal) {
        body = word;
      } else {
        StringBuilder classes = new StringBuilder();
        for (char c : word.toCharArray()) {
          classes.append('[').append(c).append(']');
        }
        body = classes.toString();
      }
      ruleHead(sb, "regex", "Regex rule", i);
      sb.append("    scope: message\n");
      sb.append("    when: {regex: \"(?i)\\\\b").append(body).append("\\\\d*\\\\b\"}\n");
      sb.append("    action: warn\n");
    }
    return sb.toString();
  }

  /** The head of a policy of {@code rules} rules that extends the default pack. */
  private static StringBuilder extendingDefault(String id, String added, int rules) {
    StringBuilder sb = new StringBuilder(200 + rules * 160);
    sb.append("id: ").append(id).append("\nversion: 1\nsummary: Default plus ").append(added)
        .append("\nextends: default\n");
    if (rules > 0) {
      sb.append("rules:\n");
    }
    return sb;
  }

  /** Rule {@code i}'s id, summary and severity (a note: these rules never change a verdict). */
  private static void ruleHead(StringBuilder sb, String prefix, String summary, int i) {
    sb.append(String.format(Locale.ROOT, "  - id: %s.r%05d%n    summary: %s %d%n"
        + "    severity: note%n", prefix, i, summary, i));
  }

  /** A pronounceable pseudo-word ending in q, distinct for each {@code i}. */
  static String pseudoWord(int i) {
    String[] syl = {"ba", "ko", "ri", "tu", "me", "sa", "lo", "ne", "pi", "du"};
    StringBuilder sb = new StringBuilder("zy");
    int v = i;
    do {
      sb.append(syl[v % 10]);
      v /= 10;
    } while (v > 0);
    return sb.append('q').toString();
  }
}
