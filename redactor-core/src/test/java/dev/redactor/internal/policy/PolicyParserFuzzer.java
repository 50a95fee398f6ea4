package dev.redactor.internal.policy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.redactor.PolicySyntaxException;
import java.io.StringReader;

/**
 * Fuzzes the policy DSL parser (YAML reading, conditions, RE2/J regexes, dictionaries, examples,
 * extends): the only exception that may escape is {@link PolicySyntaxException}, and its message
 * starts with the source name. Run with {@code -Pfuzz} (see redactor-core/pom.xml).
 */
class PolicyParserFuzzer {

  @FuzzTest
  void parse_anyText_givesAPolicyOrAPolicySyntaxException(FuzzedDataProvider data) {
    String yaml = data.consumeRemainingAsString();
    try {
      Policy p = Policy.parse("fuzz.yaml", new StringReader(yaml));
      // a policy that parses prints and parses back to itself
      Policy again = Policy.parse("printed.yaml", new StringReader(PolicyPrinter.print(p)));
      if (!PolicyPrinter.document(again).equals(PolicyPrinter.document(p))) {
        throw new AssertionError("round trip changed the policy");
      }
    } catch (PolicySyntaxException e) {
      if (!e.getMessage().startsWith("fuzz.yaml") && !e.getMessage().startsWith("pack:")
          && !e.getMessage().startsWith("printed.yaml")) {
        // an extends chain may name another file or pack; anything else must name the source
        if (!e.getMessage().contains(".yaml") && !e.getMessage().contains(".yml")) {
          throw new AssertionError("error without its source: " + e.getMessage().length());
        }
      }
    }
  }
}
