package dev.redactor.internal.policy;

import dev.redactor.Finding;
import dev.redactor.internal.detect.Detection;

/**
 * A detection with the finding the policy made of it. The detection is kept for the rewriter (it
 * knows where a label starts).
 *
 * @param detection what was detected
 * @param finding what the policy decided
 */
public record Judgement(Detection detection, Finding finding) {}
