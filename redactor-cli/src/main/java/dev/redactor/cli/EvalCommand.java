package dev.redactor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redactor.Action;
import dev.redactor.Category;
import dev.redactor.Channel;
import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.Message;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code redactor eval FILE.jsonl}: scores a labelled corpus. Each line has {@code id}, {@code
 * text}, the expected {@code verdict}, optionally {@code purpose}, {@code channel} and gold
 * {@code phi} spans ({@code start}, {@code end}, {@code category}).
 *
 * <p>Prints the verdict confusion matrix and accuracy, the false ALLOWs (a message that needed
 * REWRITE or BLOCK but was allowed — the error that matters most), span precision and recall per
 * category (a prediction counts when it overlaps a gold span of the same category), and rewrite
 * leaks (a gold span that should have been removed still present in a rewrite).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a labelled corpus (JSON Lines: id, text, verdict, optional purpose, channel and phi"
          + " spans): verdict confusion matrix, false ALLOWs, span precision/recall per category,"
          + " rewrite leaks.",
      "A span is found when a finding of the same category overlaps it. A clinical finding"
          + " (specialty, condition, procedure, medication, result) that the policy allows in its"
          + " context is not counted as spurious: the corpus labels PHI, and an allowed clinical"
          + " word is the engine saying it is not PHI there.",
      "Exit code 0 when there is no false ALLOW and no rewrite leak, 1 otherwise, 2 on input"
          + " errors."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin PolicyOptions policy;

  @Parameters(index = "0", paramLabel = "FILE", description = "The labelled corpus (JSON Lines).")
  Path file;

  @Option(names = "--show-errors",
      description = "List each wrong verdict, missed and spurious span and leak with its text"
          + " (the corpus is yours; off by default).")
  boolean showErrors;

  @Option(names = "--format", defaultValue = "text", description = "text or json")
  String format;

  /** Categories a rewrite must remove; contact details and dates may legitimately stay. */
  private static final Set<Category> MUST_GO =
      EnumSet.of(Category.NAME, Category.SPECIALTY, Category.CONDITION, Category.PROCEDURE,
          Category.MEDICATION, Category.RESULT, Category.AGE, Category.SSN, Category.MRN,
          Category.HEALTH_PLAN_ID, Category.ACCOUNT, Category.LICENSE, Category.VEHICLE_ID,
          Category.DEVICE_ID, Category.IP, Category.OTHER_ID);

  private record Gold(int start, int end, Category category) {}

  @Override
  public Integer call() throws IOException {
    Redactor redactor = policy.redactor();
    ObjectMapper json = new ObjectMapper();
    int[][] confusion = new int[3][3];
    Map<Category, int[]> spans = new EnumMap<>(Category.class); // tp, fp, fn
    int total = 0;
    int correct = 0;
    List<String> falseAllows = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    BufferedReader in;
    try {
      in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException("cannot read " + file + ": no such file");
    }
    try (in) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          throw new InputException(file + ":" + n + ": malformed JSON");
        }
        String id = node.path("id").asText("line " + n);
        String text = node.path("text").asText(null);
        String expected = node.path("verdict").asText(null);
        if (text == null || expected == null) {
          throw new InputException(file + ":" + n + ": 'text' and 'verdict' are required");
        }
        Decision gold;
        try {
          gold = Decision.valueOf(expected.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new InputException(file + ":" + n + ": verdict must be ALLOW, REWRITE or BLOCK");
        }
        Purpose purpose = node.hasNonNull("purpose") ? Purpose.parse(node.get("purpose").asText())
            : null;
        Channel channel = node.hasNonNull("channel") ? Channel.parse(node.get("channel").asText())
            : null;
        Verdict v = redactor.check(Message.of(text, purpose, channel));
        total++;
        confusion[gold.ordinal()][v.decision().ordinal()]++;
        if (gold == v.decision()) {
          correct++;
        } else if (showErrors) {
          errors.add(id + ": expected " + gold + ", got " + v.decision() + " | " + text
              + describe(text, v));
        }
        if (gold != Decision.ALLOW && v.decision() == Decision.ALLOW) {
          falseAllows.add(id);
        }
        List<Gold> golds = new ArrayList<>();
        for (JsonNode p : node.path("phi")) {
          golds.add(new Gold(p.get("start").asInt(), p.get("end").asInt(),
              Category.valueOf(p.get("category").asText())));
        }
        scoreSpans(id, text, golds, v.findings(), spans, errors);
        if (v.rewritten().isPresent()) {
          String rw = fold(v.rewritten().get());
          for (Gold g : golds) {
            if (MUST_GO.contains(g.category())) {
              String piece = fold(text.substring(g.start(), g.end()));
              if (piece.length() >= 2 && containsWord(rw, piece)) {
                leaks.add(id + " " + g.category()
                    + (showErrors ? " '" + text.substring(g.start(), g.end()) + "' in: "
                        + v.rewritten().get() : ""));
              }
            }
          }
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equalsIgnoreCase("json")) {
      printJson(out, json, total, correct, confusion, falseAllows, leaks, spans);
    } else {
      printText(out, total, correct, confusion, falseAllows, leaks, spans, errors);
    }
    out.flush();
    return falseAllows.isEmpty() && leaks.isEmpty() ? Main.OK : Main.FINDINGS;
  }

  /** Categories whose words are PHI only in context (corpus/README.md span conventions). */
  private static final Set<Category> CONTEXTUAL = EnumSet.of(Category.SPECIALTY,
      Category.CONDITION, Category.PROCEDURE, Category.MEDICATION, Category.RESULT);

  private void scoreSpans(String id, String text, List<Gold> golds, List<Finding> found,
      Map<Category, int[]> spans, List<String> errors) {
    boolean[] used = new boolean[found.size()];
    for (Gold g : golds) {
      int[] c = spans.computeIfAbsent(g.category(), k -> new int[3]);
      boolean hit = false;
      for (int i = 0; i < found.size(); i++) {
        Finding f = found.get(i);
        if (!used[i] && f.category() == g.category() && f.start() < g.end()
            && g.start() < f.end()) {
          used[i] = true;
          hit = true;
          break;
        }
      }
      if (hit) {
        c[0]++;
      } else {
        c[2]++;
        if (showErrors) {
          errors.add(id + ": missed " + g.category() + " '" + text.substring(g.start(), g.end())
              + "'");
        }
      }
    }
    for (int i = 0; i < found.size(); i++) {
      if (!used[i]) {
        Finding f = found.get(i);
        if (f.action() == Action.ALLOW && CONTEXTUAL.contains(f.category())) {
          // a clinical word the policy allows here (a broadcast, a hypothetical, "if you have a
          // fever") is our statement that it is not PHI in this message: gold labels PHI only
          continue;
        }
        spans.computeIfAbsent(f.category(), k -> new int[3])[1]++;
        if (showErrors) {
          errors.add(id + ": spurious " + f.category() + " '" + text.substring(f.start(), f.end())
              + "'");
        }
      }
    }
  }

  private static String describe(String text, Verdict v) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : v.findings()) {
      sb.append("\n      ").append(f.category()).append(" '")
          .append(text, f.start(), f.end()).append("' ").append(f.action()).append(' ')
          .append(f.ruleId());
    }
    v.rewritten().ifPresent(r -> sb.append("\n      => ").append(r));
    return sb.toString();
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static boolean containsWord(String hay, String needle) {
    int from = 0;
    while (true) {
      int i = hay.indexOf(needle, from);
      if (i < 0) {
        return false;
      }
      int e = i + needle.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
      boolean endOk = e == hay.length() || !Character.isLetterOrDigit(hay.charAt(e));
      if (startOk && endOk) {
        return true;
      }
      from = i + 1;
    }
  }

  private void printText(PrintWriter out, int total, int correct, int[][] confusion,
      List<String> falseAllows, List<String> leaks, Map<Category, int[]> spans,
      List<String> errors) {
    out.printf(Locale.ROOT, "messages: %d%n", total);
    out.printf(Locale.ROOT, "verdict accuracy: %.3f (%d/%d)%n",
        total == 0 ? 0.0 : (double) correct / total, correct, total);
    out.println();
    out.println("confusion (rows: expected, columns: got)");
    out.printf(Locale.ROOT, "%-10s %8s %8s %8s%n", "", "ALLOW", "REWRITE", "BLOCK");
    for (Decision d : Decision.values()) {
      out.printf(Locale.ROOT, "%-10s %8d %8d %8d%n", d, confusion[d.ordinal()][0],
          confusion[d.ordinal()][1], confusion[d.ordinal()][2]);
    }
    out.println();
    out.printf(Locale.ROOT, "false ALLOW: %d%s%n", falseAllows.size(),
        falseAllows.isEmpty() ? "" : "  " + String.join(" ", falseAllows));
    out.printf(Locale.ROOT, "rewrite leaks: %d%n", leaks.size());
    for (String l : leaks) {
      out.println("  " + l);
    }
    out.println();
    out.printf(Locale.ROOT, "%-15s %6s %6s %6s %9s %7s %7s%n", "category", "gold", "found",
        "tp", "precision", "recall", "f1");
    for (Map.Entry<Category, int[]> e : spans.entrySet()) {
      int[] c = e.getValue();
      double p = c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
      double r = c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      out.printf(Locale.ROOT, "%-15s %6d %6d %6d %9.3f %7.3f %7.3f%n", e.getKey(), c[0] + c[2],
          c[0] + c[1], c[0], p, r, f1);
    }
    if (showErrors && !errors.isEmpty()) {
      out.println();
      out.println("errors:");
      for (String s : errors) {
        out.println("  " + s);
      }
    }
  }

  private static void printJson(PrintWriter out, ObjectMapper json, int total, int correct,
      int[][] confusion, List<String> falseAllows, List<String> leaks,
      Map<Category, int[]> spans) throws IOException {
    Map<String, Object> r = new java.util.LinkedHashMap<>();
    r.put("messages", total);
    r.put("verdictAccuracy", total == 0 ? 0.0 : (double) correct / total);
    Map<String, Map<String, Integer>> m = new java.util.LinkedHashMap<>();
    for (Decision d : Decision.values()) {
      Map<String, Integer> row = new java.util.LinkedHashMap<>();
      for (Decision g : Decision.values()) {
        row.put(g.name(), confusion[d.ordinal()][g.ordinal()]);
      }
      m.put(d.name(), row);
    }
    r.put("confusion", m);
    r.put("falseAllow", falseAllows);
    r.put("rewriteLeaks", leaks.size());
    Map<String, Object> per = new java.util.LinkedHashMap<>();
    for (Map.Entry<Category, int[]> e : spans.entrySet()) {
      int[] c = e.getValue();
      Map<String, Object> x = new java.util.LinkedHashMap<>();
      x.put("gold", c[0] + c[2]);
      x.put("found", c[0] + c[1]);
      x.put("precision", c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]));
      x.put("recall", c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]));
      per.put(e.getKey().name(), x);
    }
    r.put("spans", per);
    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
  }
}
