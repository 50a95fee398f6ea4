package dev.redactor.cli;

/** Bad input given to a command: its message names what and where, never the text. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
