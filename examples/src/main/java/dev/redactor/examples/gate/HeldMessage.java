package dev.redactor.examples.gate;

import dev.redactor.Category;
import java.util.List;

/**
 * Why a message was held back: its id, the rules and categories that blocked it with their
 * offsets, and the explanation. No text, so it can go to an ordinary log or audit table.
 */
public record HeldMessage(
    String messageId, List<String> ruleIds, List<Category> categories, List<String> spans,
    String explanation, boolean failedClosed) {
  public HeldMessage {
    ruleIds = List.copyOf(ruleIds);
    categories = List.copyOf(categories);
    spans = List.copyOf(spans);
  }
}
