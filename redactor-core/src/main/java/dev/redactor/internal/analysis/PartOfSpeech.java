package dev.redactor.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags from Apache OpenNLP's English model (Universal Dependencies EWT, shipped as
 * {@code org.apache.opennlp:opennlp-models-pos-en}), used as a second opinion on one question
 * only: is a capitalized word that is both a name and an ordinary word ("Grace", "Rose", "Mark",
 * "Will") a proper noun here? The rules of {@code NameDetector} decide everything else, so the
 * tagger runs only for such words, on their sentence, in English messages.
 *
 * <p>The model loads on first use (about a third of a second) and is shared; taggers are not
 * thread-safe, so each thread gets its own. If the model is missing or fails to load, the answer
 * is "don't know" and the rules alone decide.
 */
public final class PartOfSpeech {
  private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private PartOfSpeech() {}

  private static final class Model {
    static final POSModel INSTANCE = load();

    private static POSModel load() {
      try (InputStream in = PartOfSpeech.class.getClassLoader().getResourceAsStream(MODEL)) {
        return in == null ? null : new POSModel(in);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> Model.INSTANCE == null ? null : new POSTaggerME(Model.INSTANCE));

  /** Whether the model is available. */
  public static boolean available() {
    return Model.INSTANCE != null;
  }

  /**
   * Whether token {@code i} of {@code a} is tagged a proper noun in its sentence; null when the
   * tagger is unavailable.
   */
  public static Boolean properNoun(Analysis a, int i) {
    POSTaggerME tagger = TAGGER.get();
    if (tagger == null) {
      return null;
    }
    Tokens t = a.tokens();
    String o = a.original();
    int sStart = a.sentenceStart(t.originalStart(i));
    int sEnd = a.sentenceEnd(t.originalStart(i));
    List<String> words = new ArrayList<>();
    int target = -1;
    int prevEnd = sStart;
    for (int k = 0; k < t.size(); k++) {
      int ts = t.originalStart(k);
      if (ts < sStart) {
        continue;
      }
      if (ts >= sEnd) {
        break;
      }
      addPunctuation(o, prevEnd, ts, words);
      if (k == i) {
        target = words.size();
      }
      words.add(o.substring(ts, t.originalEnd(k)));
      prevEnd = t.originalEnd(k);
    }
    addPunctuation(o, prevEnd, Math.min(sEnd, o.length()), words);
    if (target < 0 || words.size() > 200) {
      return null;
    }
    String[] tags = tagger.tag(words.toArray(new String[0]));
    return "PROPN".equals(tags[target]) || "NNP".equals(tags[target]);
  }

  private static void addPunctuation(String o, int from, int to, List<String> words) {
    for (int p = from; p < to; p++) {
      char c = o.charAt(p);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':') {
        words.add(String.valueOf(c));
      }
    }
  }
}
