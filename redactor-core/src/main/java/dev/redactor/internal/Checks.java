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

  /*
   * Fixed-arity forms for the checks on every span and offset of every message: a varargs call
   * boxes its numbers and allocates its array even when the check passes. Java picks these over
   * the varargs form for int and double arguments.
   */

  /** As {@link #requireArgument(boolean, String, Object...)} with one int. */
  public static void requireArgument(boolean ok, String template, int a) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, a));
    }
  }

  /** As {@link #requireArgument(boolean, String, Object...)} with two ints. */
  public static void requireArgument(boolean ok, String template, int a, int b) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, a, b));
    }
  }

  /** As {@link #requireArgument(boolean, String, Object...)} with three ints. */
  public static void requireArgument(boolean ok, String template, int a, int b, int c) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, a, b, c));
    }
  }

  /** As {@link #requireArgument(boolean, String, Object...)} with one double. */
  public static void requireArgument(boolean ok, String template, double a) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, a));
    }
  }

  /** Throws {@link IllegalStateException} with a formatted message if {@code ok} is false. */
  public static void requireState(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, args));
    }
  }
}
