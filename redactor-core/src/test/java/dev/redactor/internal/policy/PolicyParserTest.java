package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.PolicySyntaxException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyParserTest {

  private static Policy parse(String yaml) {
    return Policy.parse("test.yaml", new StringReader(yaml));
  }

  private static PolicySyntaxException error(String yaml) {
    return assertThrows(PolicySyntaxException.class, () -> parse(yaml));
  }

  @Test
  void minimalPolicy_parses() {
    Policy p = parse("id: acme\nrules:\n  - id: acme.names\n    summary: Names go\n"
        + "    when: {category: NAME}\n    action: rewrite\n");
    assertEquals("acme", p.id());
    assertEquals(1, p.ruleCount());
  }

  @Test
  void unknownKey_isAnErrorWithLineColumnAndRule() {
    PolicySyntaxException e = error("id: acme\nrules:\n  - id: acme.names\n"
        + "    summary: Names go\n    whne: {category: NAME}\n    action: rewrite\n");
    assertEquals(5, e.line());
    assertEquals(5, e.column());
    assertEquals("acme.names", e.ruleId());
    assertTrue(e.getMessage().startsWith("test.yaml:5:5: rule acme.names: unknown key 'whne'"),
        e.getMessage());
    assertTrue(e.getMessage().contains("expected one of"));
  }

  @Test
  void unknownCondition_namesTheChoices() {
    PolicySyntaxException e = error("id: acme\nrules:\n  - id: r1\n    summary: s\n"
        + "    when: {categroy: NAME}\n    action: block\n");
    assertTrue(e.getMessage().contains("unknown condition 'categroy'"), e.getMessage());
    assertEquals(5, e.line());
  }

  @Test
  void badValues_areErrors() {
    assertTrue(error("id: a\nrules:\n  - {id: r, summary: s, action: delete}\n").getMessage()
        .contains("action must be allow, warn, rewrite or block"));
    assertTrue(error("id: a\nrules:\n  - {id: r, summary: s, action: block, when: {category: "
        + "DIAGNOSIS}}\n").getMessage().contains("unknown category 'DIAGNOSIS'"));
    assertTrue(error("id: a\nrules:\n  - {id: r, summary: s, action: block, when: {flag: "
        + "dob-ish}}\n").getMessage().contains("unknown flag 'dob-ish'"));
    assertTrue(error("id: a\nrules:\n  - {id: r, summary: s, action: block, when: {purpose: "
        + "newsletter}}\n").getMessage().contains("portal-notice"));
    assertTrue(error("id: a\nrules:\n  - {id: R1, summary: s, action: block}\n").getMessage()
        .contains("rule id must be lower-case"));
    assertTrue(error("id: a\nrules:\n  - {id: r, action: block}\n").getMessage()
        .contains("missing 'summary'"));
    assertTrue(error("rules: []\n").getMessage().contains("missing 'id'"));
    assertTrue(error("").getMessage().contains("empty"));
  }

  @Test
  void invalidRegex_reportsTheRe2Problem() {
    PolicySyntaxException e = error("id: a\nrules:\n  - id: r\n    summary: s\n"
        + "    when: {regex: \"(unclosed\"}\n    action: warn\n");
    assertTrue(e.getMessage().contains("invalid regular expression (RE2 syntax)"),
        e.getMessage());
    // Backreferences are not RE2: they are rejected when the rule is parsed, not at run time.
    assertTrue(error("id: a\nrules:\n  - {id: r, summary: s, action: warn, when: {regex: "
        + "'(a)\\1'}}\n").getMessage().contains("RE2"));
  }

  @Test
  void malformedYamlAndDuplicateKeys_areErrors() {
    assertTrue(error("id: a\nrules: [\n").getMessage().contains("malformed YAML"));
    assertTrue(error("id: a\nid: b\n").getMessage().contains("duplicate key"));
  }

  @Test
  void messageRulesCannotRewrite() {
    assertTrue(error("id: a\nrules:\n  - {id: r, summary: s, scope: message, action: rewrite}\n")
        .getMessage().contains("a message rule can allow, warn or block"));
  }

  @Test
  void exampleExpectations_mustMatchTheirList() {
    assertTrue(error("id: a\nrules:\n  - id: r\n    summary: s\n    action: block\n"
        + "    examples:\n      allow: [{text: hi, verdict: BLOCK}]\n").getMessage()
        .contains("an 'allow' example must expect ALLOW"));
  }

  @Test
  void deepConditions_areRejected() {
    StringBuilder when = new StringBuilder("{category: NAME}");
    for (int i = 0; i < 40; i++) {
      when.insert(0, "{not: ").append("}");
    }
    PolicySyntaxException e = error("id: a\nrules:\n  - {id: r, summary: s, action: warn, when: "
        + when + "}\n");
    assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
  }

  @Test
  void extends_packsOverrideAndDisable() {
    Policy p = parse("id: acme\nextends: default\ndisable: [default.tracking-link]\nrules:\n"
        + "  - {id: default.provider, summary: providers go too, action: rewrite,"
        + " when: {category: PROVIDER}}\n");
    assertTrue(p.ruleIds().contains("default.ssn"));
    assertTrue(!p.ruleIds().contains("default.tracking-link"));
    // the child's rule replaced the parent's in place
    assertEquals(p.ruleIds().indexOf("default.provider"),
        Policy.pack("default").ruleIds().indexOf("default.provider") - 1);
    assertTrue(error("id: acme\nextends: default\ndisable: [default.nope]\n").getMessage()
        .contains("names a rule no parent has"));
    assertTrue(error("id: acme\nextends: no-such-pack\n").getMessage()
        .contains("'extends' names no known pack or file"));
  }

  @Test
  void extends_cycleIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "id: a\nextends: b.yaml\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.yaml"), "id: b\nextends: a.yaml\n", StandardCharsets.UTF_8);
    PolicySyntaxException e =
        assertThrows(PolicySyntaxException.class, () -> Policy.file(dir.resolve("a.yaml")));
    assertTrue(e.getMessage().contains("'extends' forms a cycle"), e.getMessage());
  }

  @Test
  void everyPack_parses_andHasItsOwnExamples() {
    for (String name : Policy.packNames()) {
      Policy p = Policy.pack(name);
      long own = p.examples().stream().filter(x -> !x.inherited()).count();
      assertTrue(own >= 10, name + " has only " + own + " examples of its own");
    }
  }
}
