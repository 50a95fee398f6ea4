package dev.redactor.internal;

import java.util.Locale;

/**
 * Argument and state checks whose messages name the violated condition and the offending value.
 * Messages are formatted with {@link Locale#ROOT}. Callers must never pass message text as an
 * argument: values are offsets, lengths, counts, names of settings.
 */
public final class Checks {
  private Checks() {}

  /** Throws {@link IllegalArgumentException} with a formatted message if {@code ok} is false. */
  public static void requireArgument(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }

  /** Throws {@link IllegalStateException} with a formatted message if {@code ok} is false. */
  public static void requireState(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, args));
    }
  }
}
