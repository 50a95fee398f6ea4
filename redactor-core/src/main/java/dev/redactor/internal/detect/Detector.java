package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.Analysis;
import java.util.List;

/** Finds candidates of one or more categories in an analyzed message. Implementations are stateless. */
public interface Detector {
  /** Appends what it finds in {@code analysis} to {@code out}. */
  void detect(Analysis analysis, List<Detection> out);
}
