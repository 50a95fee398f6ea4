package dev.redactor.internal.dict;

import dev.redactor.Category;

/** What a dictionary list holds: one of the term categories, phrases to allow, or common words. */
public enum ListKind {
  NAME(Category.NAME),
  SPECIALTY(Category.SPECIALTY),
  CONDITION(Category.CONDITION),
  PROCEDURE(Category.PROCEDURE),
  MEDICATION(Category.MEDICATION),
  ALLOW(null),
  /**
   * Ordinary words of a language: never a finding; a token that is one is never taken for a
   * misspelled clinical term.
   */
  WORD(null);

  private final Category category;

  ListKind(Category category) {
    this.category = category;
  }

  /** The finding category, or null for allow and word lists. */
  public Category category() {
    return category;
  }

  /** The list kind for a header or index value such as {@code CONDITION} or {@code ALLOW}. */
  public static ListKind parse(String s) {
    return valueOf(s.trim());
  }
}
