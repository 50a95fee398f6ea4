package dev.redactor.internal.policy;

import dev.redactor.Corpora;
import dev.redactor.Limits;
import dev.redactor.Message;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.detect.Detection;
import dev.redactor.internal.detect.IdentifierDetectors;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Lexicons;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The messages of the dev, evasion and probe corpora, each analysed and run through the
 * detectors once, for tests that evaluate conditions on real findings.
 */
final class AnalysedCorpus {
  private AnalysedCorpus() {}

  /** One message, its analysis and its detections. */
  record Analysed(Corpora.Labelled labelled, Message message, Analysis analysis,
      List<Detection> detections) {
    /** A fresh evaluation context, with {@code prefilter} or none. */
    EvalContext context(@Nullable RegexPrefilter prefilter) {
      return new EvalContext(message, analysis, detections, prefilter);
    }

    String id() {
      return labelled.id();
    }
  }

  private static List<Analysed> messages;

  /** Every message, analysed on first use. */
  static synchronized List<Analysed> messages() {
    if (messages == null) {
      Dictionaries dictionaries = Dictionaries.of(Lexicons.standard());
      List<Analysed> out = new ArrayList<>();
      for (String corpus : List.of("dev.jsonl", "evasion.jsonl", "probe.jsonl")) {
        for (Corpora.Labelled m : Corpora.read(corpus)) {
          Message msg = m.message();
          Analysis a = Analysis.of(msg.text(), Limits.defaults(), dictionaries);
          out.add(new Analysed(m, msg, a, IdentifierDetectors.detect(a)));
        }
      }
      messages = List.copyOf(out);
    }
    return messages;
  }
}
