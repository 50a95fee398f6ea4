package dev.redactor.internal.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generated texts for the analysis properties: up to {@code maxParts} pieces, joined. */
final class Pieces {
  private Pieces() {}

  static Arbitrary<String> joined(String[] pieces, int maxParts) {
    return Arbitraries.of(pieces).list().ofMinSize(0).ofMaxSize(maxParts)
        .map(parts -> String.join("", parts));
  }
}
