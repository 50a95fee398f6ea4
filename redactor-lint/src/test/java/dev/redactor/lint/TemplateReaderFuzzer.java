package dev.redactor.lint;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the template parsers (every {@link TemplateFormat}) and the suppression comments: only
 * {@link LintException} may escape, and every character of every template read points inside the
 * file, in order. Run with {@code -Pfuzz} (see the root pom.xml).
 */
class TemplateReaderFuzzer {
  private static final TemplateFormat[] FORMATS = TemplateFormat.values();

  @FuzzTest
  void read_anyFile_inBoundsOrLintException(FuzzedDataProvider data) {
    TemplateFormat format = FORMATS[data.consumeInt(0, FORMATS.length - 1)];
    String content = data.consumeRemainingAsString();
    SourceFile file = SourceFile.of("f", content);
    Suppression.scan(file);
    List<Template> templates;
    try {
      templates = TemplateReader.read(file, format);
    } catch (LintException e) {
      if (e.line() < 0 || e.column() < 0 || !e.path().equals("f")) {
        throw new AssertionError("bad error position " + e.line() + ":" + e.column());
      }
      return;
    }
    for (Template t : templates) {
      int previous = 0;
      for (int i = 0; i < t.text().length(); i++) {
        int start = t.starts()[i];
        int end = t.ends()[i];
        if (start < previous || start > end || end > content.length()) {
          throw new AssertionError(format + ": character " + i + " maps to [" + start + ", "
              + end + ") in a file of " + content.length());
        }
        previous = start;
      }
      if (t.end() > content.length()) {
        throw new AssertionError(format + ": template end past the file");
      }
    }
  }
}
