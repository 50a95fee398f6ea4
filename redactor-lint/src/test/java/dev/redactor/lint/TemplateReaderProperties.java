package dev.redactor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Redactor;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Template readers on arbitrary input: every format either reads templates whose characters all
 * point inside the file, in order, or fails with a {@link LintException}; nothing else escapes,
 * and linting never throws.
 */
class TemplateReaderProperties {
  private static Linter linter;

  @BeforeContainer
  static void load() {
    linter = Linter.builder(Redactor.standard()).build();
  }

  /** Text made of the characters that matter to the formats, and some that do not. */
  @Provide
  Arbitrary<String> fileText() {
    return Arbitraries.strings()
        .withChars("{}[]<>\"'\\,:=#!-|*%$&;/ \n\r\tabcxyzHiMRN0123456789uUé\u00ad\u200b")
        .withCharRange('\uD800', '\uD801')
        .ofMaxLength(300);
  }

  @Property(tries = 400)
  void everyFormatReadsInBoundsOrFailsCleanly(@ForAll("fileText") String content,
      @ForAll TemplateFormat format) {
    List<Template> templates;
    try {
      templates = TemplateReader.read(SourceFile.of("f", content), format);
    } catch (LintException e) {
      assertEquals("f", e.path());
      assertTrue(e.line() >= 0 && e.column() >= 0);
      return;
    }
    for (Template t : templates) {
      int previous = 0;
      for (int i = 0; i < t.text().length(); i++) {
        int start = t.starts()[i];
        int end = t.ends()[i];
        assertTrue(0 <= start && start <= end && end <= content.length(),
            () -> format + ": character out of the file");
        assertTrue(start >= previous, () -> format + ": characters out of order");
        previous = start;
      }
      assertTrue(t.end() <= content.length());
    }
  }

  @Property(tries = 150)
  void lintingNeverThrows(@ForAll("fileText") String content, @ForAll TemplateFormat format) {
    LintReport r = linter.lint("f", content, format);
    for (LintFinding f : r.findings()) {
      assertTrue(f.line() >= 1 && f.column() >= 1 && f.endLine() >= f.line());
    }
  }

  @Property(tries = 300)
  void suppressionCommentsParseWhateverFollows(@ForAll("fileText") String rest) {
    String line = "# redactor:ignore " + rest.replace('\n', ' ').replace('\r', ' ');
    List<Suppression> s = Suppression.scan(SourceFile.of("f", line));
    assertEquals(1, s.size());
    assertEquals(1, s.get(0).line());
  }
}
