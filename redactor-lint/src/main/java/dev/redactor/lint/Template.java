package dev.redactor.lint;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message template read from a file: its text as the sender would see it (escapes decoded,
 * markup removed) and, for every character, its offset in the file, so that findings point at
 * the file even through {@code \u00e9} escapes, doubled quotes and folded YAML lines.
 *
 * @param key where the template sits in its file ({@code /reminders/0/text}, a property key, a
 *     CSV column and row); null for line-based text and whole-file templates
 * @param text the template text
 * @param offsets file offset of each character of {@code text}; one longer than {@code text},
 *     the last entry being the offset just past the template
 */
public record Template(@Nullable String key, String text, int[] offsets) {

  /** Validates the components. */
  public Template {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    if (offsets.length != text.length() + 1) {
      throw new IllegalArgumentException("offsets must be one longer than the text");
    }
  }

  /** A template that is a verbatim slice {@code [start, end)} of {@code content}. */
  static Template slice(@Nullable String key, String content, int start, int end) {
    int[] offsets = new int[end - start + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = start + i;
    }
    return new Template(key, content.substring(start, end), offsets);
  }

  /** The file offset where the template starts. */
  public int fileStart() {
    return offsets[0];
  }

  /** The file offset of template character {@code i}. */
  public int fileOffset(int i) {
    return offsets[Math.min(i, text.length())];
  }

  /** The file offset just past template range {@code [start, end)}. */
  public int fileEnd(int start, int end) {
    if (end <= start) {
      return fileOffset(start);
    }
    return offsets[end - 1] + 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Template t && Objects.equals(key, t.key) && text.equals(t.text)
        && java.util.Arrays.equals(offsets, t.offsets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, text) * 31 + java.util.Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return "Template{key=" + (key == null ? "-" : "present") + ", " + text.length() + " chars at "
        + offsets[0] + "}";
  }
}
