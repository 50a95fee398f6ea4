package dev.redactor.internal.dict;

import dev.redactor.Category;

/** What a dictionary list holds: one of the term categories, or phrases to allow. */
public enum ListKind {
  NAME(Category.NAME),
  SPECIALTY(Category.SPECIALTY),
  CONDITION(Category.CONDITION),
  PROCEDURE(Category.PROCEDURE),
  MEDICATION(Category.MEDICATION),
  ALLOW(null);

  private final Category category;

  ListKind(Category category) {
    this.category = category;
  }

  /** The finding category, or null for allow lists. */
  public Category category() {
    return category;
  }

  /** The list kind for a header or index value such as {@code CONDITION} or {@code ALLOW}. */
  public static ListKind parse(String s) {
    return valueOf(s.trim());
  }
}
