package dev.redactor.json;

/**
 * Input that does not follow the JSON contract: malformed JSON, invalid UTF-8, a missing or
 * mistyped field, an unknown purpose or channel, a line or text over its limit. The message names
 * what and where (line, column, byte offset, field), never the message text.
 */
public final class JsonInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JsonInputException(String message) {
    super(message);
  }
}
