package dev.redactor;

import dev.redactor.internal.policy.Policy;
import java.util.List;

/**
 * The policy packs bundled with Redactor (module {@code redactor-rules}), by name. Any of them can
 * be given to {@link Redactor.Builder#policy(String)} or extended by a practice's own file.
 *
 * @since 0.1
 */
public final class PolicyPacks {
  private PolicyPacks() {}

  /** The names of the bundled packs, {@code default} first. */
  public static List<String> names() {
    return List.copyOf(Policy.packNames());
  }
}
