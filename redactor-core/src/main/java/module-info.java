/**
 * Redactor core: decides whether an outgoing patient message may be sent.
 *
 * <p>Exports only the API package; everything under {@code dev.redactor.internal} is an
 * implementation detail with no compatibility promise.
 */
module dev.redactor.core {
  requires org.apache.lucene.core;
  requires com.ibm.icu;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires re2j;
  requires org.apache.opennlp.tools;
  requires static transitive org.jspecify;

  exports dev.redactor;
}
