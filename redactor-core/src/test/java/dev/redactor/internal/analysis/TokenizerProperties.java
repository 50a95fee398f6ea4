package dev.redactor.internal.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redactor.Limits;
import dev.redactor.internal.text.NormalizedText;
import dev.redactor.internal.text.TextNormalizer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * {@link MessageTokenizer} drives the standard tokenizer's scanner directly; its tokens (offsets
 * and types) must be exactly those of Lucene's {@link StandardTokenizer} with the same maximum
 * token length, as a token stream gives them.
 */
class TokenizerProperties {
  private static final Analyzer LUCENE = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      tokenizer.setMaxTokenLength(255);
      return new TokenStreamComponents(tokenizer);
    }
  };

  private static final String[] PIECES = {
    "hi", "maria", "555-201-7788", "3.5", "10:30", "a1c", "e.g.", "o'neil", "don't", " ", " ",
    "  ", ".", ",", "-", "/", "@", "#", "_", "'", "\n", "\t", "é", "ñ", "日本語", "ひらがな",
    "カタカナ", "한국어", "ภาษาไทย", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\u2764\uFE0F",
    "½", "www.example.org", "x@y.com", "1,234", "$5", "%", "\u200B", "a".repeat(254),
    "b".repeat(255), "c".repeat(256), "7".repeat(300), "z".repeat(600)
  };

  @Provide
  Arbitrary<String> texts() {
    return Pieces.joined(PIECES, 16);
  }

  @Property(tries = 5000)
  boolean tokens_areThoseOfLucenesStandardTokenizer(@ForAll("texts") String text) {
    NormalizedText view = TextNormalizer.terms(TextNormalizer.base(text));
    List<String> want = lucene(view.text());
    Statistics.label("tokens").collect(Math.min(want.size(), 5));
    return ours(view).equals(want);
  }

  @Example
  void longTokensAreDroppedOrSplitAsLuceneDoes() {
    for (String text : new String[] {"a".repeat(255), "a".repeat(256), "x " + "9".repeat(700),
        "ok " + "w".repeat(511) + " ok", ""}) {
      NormalizedText view = TextNormalizer.terms(TextNormalizer.base(text));
      assertEquals(lucene(view.text()), ours(view), "length " + text.length());
    }
  }

  private static List<String> ours(NormalizedText view) {
    Tokens t = MessageTokenizer.tokenize(view, Limits.defaults());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.start(i) + "-" + t.end(i) + ":" + t.type(i));
    }
    return out;
  }

  private static List<String> lucene(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = LUCENE.tokenStream("text", new StringReader(text))) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(offset.startOffset() + "-" + offset.endOffset() + ":" + type(type.type()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static byte type(String luceneType) {
    switch (luceneType) {
      case "<ALPHANUM>":
        return Tokens.WORD;
      case "<NUM>":
        return Tokens.NUMBER;
      case "<EMOJI>":
        return Tokens.EMOJI;
      default:
        return Tokens.OTHER;
    }
  }
}
