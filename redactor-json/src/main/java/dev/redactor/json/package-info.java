/**
 * The JSON contract of Redactor (DESIGN.md, "Contracts"): a verdict as JSON ({@link
 * dev.redactor.json.VerdictJson}) and the JSON Lines scan ({@link dev.redactor.json.JsonLines}),
 * shared by {@code redactor scan}, the HTTP sidecar and the examples so that all of them write the
 * same bytes for the same message.
 */
package dev.redactor.json;
