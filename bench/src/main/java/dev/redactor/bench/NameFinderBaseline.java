package dev.redactor.bench;

import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicons;
import dev.redactor.internal.dict.ListKind;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * OpenNLP's {@link DictionaryNameFinder} over the bundled given-name and surname lists, with
 * OpenNLP's {@link SimpleTokenizer}: the name finder a team would reach for in OpenNLP. No
 * statistical English person-name model ({@code TokenNameFinderModel}) is published on Maven
 * Central for OpenNLP 2.x ({@code org.apache.opennlp:opennlp-models-ner-en} does not exist; the
 * published models are sentence, tokenizer, POS, lemmatizer and language detection), so the
 * dictionary finder is the comparison. It is case-insensitive and knows no context, so it finds
 * every listed name, including the everyday words that are also names ({@code will}, {@code may},
 * {@code grace}) and providers ({@code Dr. Smith}). {@link DictionaryNameFinder} is stateless
 * apart from its dictionary; {@link #find} is safe from several threads.
 */
final class NameFinderBaseline {
  private final DictionaryNameFinder finder;
  private final int names;

  private NameFinderBaseline(DictionaryNameFinder finder, int names) {
    this.finder = finder;
    this.names = names;
  }

  static NameFinderBaseline bundled() {
    Dictionary dictionary = new Dictionary(false);
    int n = 0;
    for (Entry e : Lexicons.bundledEntries(java.util.Set.of())) {
      if (e.kind() == ListKind.NAME) {
        dictionary.put(new StringList(e.term().split(" ")));
        n++;
      }
    }
    return new NameFinderBaseline(new DictionaryNameFinder(dictionary, "person"), n);
  }

  int nameCount() {
    return names;
  }

  /** Name spans as UTF-16 offsets into {@code text}, as {@code [start, end]} pairs. */
  List<int[]> find(String text) {
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
    String[] words = Span.spansToStrings(tokens, text);
    Span[] found = finder.find(words);
    List<int[]> out = new ArrayList<>(found.length);
    for (Span s : found) {
      out.add(new int[] {tokens[s.getStart()].getStart(), tokens[s.getEnd() - 1].getEnd()});
    }
    return out;
  }

  /** Number of names found (what the benchmark consumes). */
  int count(String text) {
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
    return finder.find(Span.spansToStrings(tokens, text)).length;
  }
}
