package dev.redactor.lint;

import java.util.Arrays;
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
 * @param starts file offset where each character of {@code text} is written (an escape
 *     sequence, an entity, a doubled quote: where it begins)
 * @param ends file offset just past where each character is written
 * @param end file offset just past the template
 */
public record Template(@Nullable String key, String text, int[] starts, int[] ends, int end) {

  /** Validates the components. */
  public Template {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(starts, "starts");
    Objects.requireNonNull(ends, "ends");
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException("one start and one end per character");
    }
  }

  /** A template that is a verbatim slice {@code [start, end)} of {@code content}. */
  static Template slice(@Nullable String key, String content, int start, int end) {
    int[] starts = new int[end - start];
    int[] ends = new int[end - start];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = start + i;
      ends[i] = start + i + 1;
    }
    return new Template(key, content.substring(start, end), starts, ends, end);
  }

  /** The file offset where the template starts. */
  public int fileStart() {
    return starts.length == 0 ? end : starts[0];
  }

  /** The file offset of template character {@code i} (the template's end past the last). */
  public int fileOffset(int i) {
    return i < starts.length ? starts[i] : end;
  }

  /** The file offset just past template range {@code [start, end)}. */
  public int fileEnd(int start, int end) {
    return end <= start ? fileOffset(start) : ends[Math.min(end, ends.length) - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Template t && Objects.equals(key, t.key) && text.equals(t.text)
        && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends) && end == t.end;
  }

  @Override
  public int hashCode() {
    return (Objects.hash(key, text, end) * 31 + Arrays.hashCode(starts)) * 31
        + Arrays.hashCode(ends);
  }

  @Override
  public String toString() {
    return "Template{key=" + (key == null ? "-" : "present") + ", " + text.length() + " chars at "
        + fileStart() + "}";
  }

  /** Accumulates a template's characters with where each is written. */
  static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;
    private int size;

    Builder(int capacity) {
      text = new StringBuilder(Math.max(capacity, 16));
      starts = new int[Math.max(capacity, 16)];
      ends = new int[starts.length];
    }

    /** Appends {@code c}, written at {@code [start, end)} of the file. */
    void add(char c, int start, int end) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      text.append(c);
      starts[size] = start;
      ends[size] = end;
      size++;
    }

    String text() {
      return text.toString();
    }

    Template build(@Nullable String key, int end) {
      return new Template(key, text.toString(), Arrays.copyOf(starts, size),
          Arrays.copyOf(ends, size), end);
    }
  }
}
