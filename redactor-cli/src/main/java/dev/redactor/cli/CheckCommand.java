package dev.redactor.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.redactor.Channel;
import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.Message;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import dev.redactor.json.Utf8;
import dev.redactor.json.VerdictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redactor check [options] TEXT|-}: the verdict for one message. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks one message and prints the verdict: ALLOW, REWRITE (with the text that may be sent"
          + " instead) or BLOCK.",
      "Exit code 0 for ALLOW, 1 for REWRITE or BLOCK, 2 for a usage or input error."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin PolicyOptions policy;

  @Mixin AuditOptions audit;

  @Option(
      names = "--purpose",
      paramLabel = "PURPOSE",
      converter = Converters.PurposeConverter.class,
      description = "Why the message is sent: reminder, recall, confirmation, pickup,"
          + " portal-notice, billing, marketing, result, care-instructions, other.")
  Purpose purpose;

  @Option(
      names = "--channel",
      paramLabel = "CHANNEL",
      converter = Converters.ChannelConverter.class,
      description = "How it travels: sms, email, push, portal, voice (default: judged as sms).")
  Channel channel;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--excerpts",
      description = "Show the matched text of each finding (capped at 40 characters). Off by"
          + " default so that terminal logs do not collect PHI.")
  boolean excerpts;

  @Parameters(
      index = "0",
      paramLabel = "TEXT",
      description = "The message text, or - to read it from standard input (UTF-8).")
  String text;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format must be text or json");
    }
    Verdict v;
    String body;
    try (dev.redactor.AuditLog log = audit.open()) {
      Redactor redactor = policy.redactor(log);
      body = text.equals("-") ? readStdin(redactor.limits().maxMessageLength()) : text;
      v = redactor.check(Message.of(body, purpose, channel));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        VerdictJson.write(g, null, false, v);
      }
      out.println();
    } else {
      printText(out, body, v);
    }
    out.flush();
    return v.decision() == Decision.ALLOW ? Main.OK : Main.FINDINGS;
  }

  private void printText(PrintWriter out, String body, Verdict v) {
    out.println(v.decision());
    out.println("  " + v.explanation());
    if (!v.findings().isEmpty()) {
      out.println("  findings:");
      for (Finding f : v.findings()) {
        StringBuilder line =
            new StringBuilder(
                String.format(
                    Locale.ROOT,
                    "    %d..%d  %-14s %-7s %s",
                    f.start(),
                    f.end(),
                    f.category(),
                    f.action(),
                    f.ruleId()));
        if (excerpts) {
          String ex = body.substring(f.start(), f.end());
          if (ex.length() > 40) {
            ex = ex.substring(0, Character.isHighSurrogate(ex.charAt(39)) ? 39 : 40) + "…";
          }
          line.append("  \"").append(ex.replace("\n", " ")).append('"');
        }
        out.println(line);
        out.println("        " + f.explanation());
      }
    }
    v.rewritten().ifPresent(r -> out.println("  rewritten: " + r));
  }

  private static String readStdin(int maxChars) throws IOException {
    InputStream in = System.in;
    byte[] bytes = in.readNBytes(maxChars * 4 + 4);
    if (in.read() != -1) {
      throw new InputException(
          "standard input is longer than the maximum message length " + maxChars
              + " (--max-length)");
    }
    String s = Utf8.decode(bytes, bytes.length, "standard input");
    if (s.endsWith("\n")) {
      s = s.substring(0, s.length() - (s.endsWith("\r\n") ? 2 : 1));
    }
    return s;
  }
}
