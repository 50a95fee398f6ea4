package dev.redactor.internal.dict;

/**
 * One dictionary entry as read from a list.
 *
 * @param term the surface form (lower case, NFC)
 * @param kind the list it belongs to
 * @param tags tag bits ({@link Tag#bit()})
 * @param ambiguity 0 (always this category) to 1 (usually an everyday word)
 * @param language {@code en}, {@code es} or {@code any}
 */
public record Entry(String term, ListKind kind, long tags, float ambiguity, String language) {}
