package dev.redactor.cli;

import dev.redactor.PolicyTests;
import dev.redactor.Redactor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redactor rules ...}: work with policy packs and files. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Work with policies: run their embedded examples, list the bundled packs.",
    subcommands = {RulesCommand.Test.class, RulesCommand.ListPacks.class})
final class RulesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required: test or list");
  }

  /** {@code redactor rules test [PATH|PACK...]}. */
  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = {
        "Runs the examples embedded in policies: each 'allow' text must be ALLOWed, each 'flag'"
            + " text REWRITTEN or BLOCKed (or exactly the verdict it names).",
        "With no argument, tests every bundled pack. Arguments are pack names or policy files.",
        "Notes name the message rules whose regex is run over every message (the engine found"
            + " no run of 3 or more plain characters that every match contains): such a regex"
            + " costs several microseconds per message.",
        "Exit code 0 when every example passes, 1 when one fails, 2 when a policy does not load."
      })
  static final class Test implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PACK|FILE", arity = "0..*",
        description = "Pack names (default, strict, ...) or policy files.")
    List<String> targets = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<String> all = targets.isEmpty() ? dev.redactor.PolicyPacks.names() : targets;
      int failed = 0;
      int total = 0;
      for (String target : all) {
        Redactor.Builder b = Redactor.builder();
        if (Files.isRegularFile(Path.of(target))) {
          b.policyFile(Path.of(target));
        } else {
          b.policy(target);
        }
        Redactor redactor = b.build();
        List<PolicyTests.Result> results = PolicyTests.run(redactor);
        int bad = 0;
        for (PolicyTests.Result r : results) {
          if (!r.passed()) {
            bad++;
            out.printf(Locale.ROOT, "FAIL %s:%d %s: expected %s, got %s%n    text: %s%n    %s%n",
                r.source(), r.line(), r.ruleId(), r.expectedText(), r.actual(), r.text(),
                r.explanation());
          }
        }
        out.printf(Locale.ROOT, "%-34s %3d examples, %d failed%n",
            redactor.policyId() + " (" + target + ")", results.size(), bad);
        for (PolicyTests.UnfilteredRegex u : PolicyTests.unfilteredRegexes(redactor)) {
          out.printf(Locale.ROOT, "  note: %s: regex %s is run over every message the rule"
              + " reads (several microseconds each): the engine found no run of 3 or more plain"
              + " characters that every match contains, so it cannot skip the messages without"
              + " one%n", u.ruleId(), u.regex());
        }
        failed += bad;
        total += results.size();
      }
      out.printf(Locale.ROOT, "%d examples in %d policies, %d failed%n", total, all.size(),
          failed);
      out.flush();
      return failed == 0 ? Main.OK : Main.FINDINGS;
    }
  }

  /** {@code redactor rules list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the bundled policy packs.")
  static final class ListPacks implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (String name : dev.redactor.PolicyPacks.names()) {
        Redactor r = Redactor.builder().policy(name).build();
        out.printf(Locale.ROOT, "%-32s %3d rules%n", name, r.ruleIds().size());
      }
      out.flush();
      return Main.OK;
    }
  }
}
