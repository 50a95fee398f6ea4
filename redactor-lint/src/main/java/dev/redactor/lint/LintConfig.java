package dev.redactor.lint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.redactor.Action;
import dev.redactor.Channel;
import dev.redactor.Limits;
import dev.redactor.Purpose;
import dev.redactor.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A repository's lint settings, from a {@code .redactor.yaml} at its root:
 *
 * <pre>
 * policy: policies/our-practice.yaml   # a pack name or a file, relative to this file
 * fail-on: rewrite                     # warn, rewrite or block
 * baseline: .redactor-baseline.json    # relative to this file
 * channel: sms                         # sms, email, push, portal, voice
 * purpose: reminder
 * include: ["templates/**"]
 * exclude: ["**}{@code /drafts/**"]
 * </pre>
 *
 * <p>Command-line options win over the file. Unknown keys are errors, so that a misspelt
 * {@code fail_on} does not silently fall back to the default.
 *
 * @param file the file read, or null if none
 */
public record LintConfig(
    @Nullable Path file,
    @Nullable String policy,
    @Nullable String failOn,
    @Nullable Path baseline,
    @Nullable String channel,
    @Nullable String purpose,
    List<String> include,
    List<String> exclude) {

  /** The file name looked for. */
  public static final String FILE_NAME = ".redactor.yaml";

  private static final Set<String> KEYS =
      Set.of("policy", "fail-on", "baseline", "channel", "purpose", "include", "exclude");

  /** No configuration. */
  public static LintConfig none() {
    return new LintConfig(null, null, null, null, null, null, List.of(), List.of());
  }

  /**
   * The {@code .redactor.yaml} of the repository holding {@code start}: the first one found in
   * {@code start} or a parent directory, stopping at the repository root (a directory with
   * {@code .git}).
   */
  public static Optional<Path> find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    while (dir != null) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * Reads a configuration file.
   *
   * @throws LintException naming line and column if it is malformed or has an unknown key
   */
  public static LintConfig read(Path file) {
    String shown = file.toString();
    Path dir = file.toAbsolutePath().getParent();
    String policy = null;
    String failOn = null;
    Path baseline = null;
    String channel = null;
    String purpose = null;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    try (JsonParser p = new YAMLFactory().createParser(Files.readAllBytes(file))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new LintConfig(file, null, null, null, null, null, List.of(), List.of());
      }
      if (t != JsonToken.START_OBJECT) {
        throw error(shown, p, "expected a mapping of settings");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (!KEYS.contains(key)) {
          throw error(shown, p, "unknown setting (" + key.length() + " chars); known: "
              + String.join(", ", KEYS.stream().sorted().toList()));
        }
        JsonToken v = p.nextToken();
        switch (key) {
          case "include", "exclude" -> {
            List<String> into = key.equals("include") ? include : exclude;
            if (v == JsonToken.START_ARRAY) {
              while (p.nextToken() == JsonToken.VALUE_STRING) {
                into.add(p.getText());
              }
              if (p.currentToken() != JsonToken.END_ARRAY) {
                throw error(shown, p, key + " must be a list of glob patterns");
              }
            } else if (v == JsonToken.VALUE_STRING) {
              into.add(p.getText());
            } else {
              throw error(shown, p, key + " must be a list of glob patterns");
            }
          }
          default -> {
            if (v != JsonToken.VALUE_STRING) {
              throw error(shown, p, key + " must be a single value");
            }
            String s = p.getText().strip();
            switch (key) {
              case "policy" -> policy = s.endsWith(".yaml") || s.endsWith(".yml")
                  ? dir.resolve(s).normalize().toString() : s;
              case "fail-on" -> failOn = s;
              case "baseline" -> baseline = dir.resolve(s).normalize();
              case "channel" -> channel = s;
              default -> purpose = s;
            }
          }
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new LintException(shown, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "malformed YAML in the lint settings");
    } catch (IOException e) {
      throw new LintException(shown, 0, 0, "cannot read the lint settings ("
          + e.getClass().getSimpleName() + ")");
    }
    return new LintConfig(file, policy, failOn, baseline, channel, purpose, List.copyOf(include),
        List.copyOf(exclude));
  }

  /**
   * These settings with every setting {@code o} gives in their place, as command-line options
   * and POM parameters win over the file: includes replace, excludes add up.
   */
  public LintConfig overriddenBy(LintConfig o) {
    List<String> ex = new ArrayList<>(exclude);
    ex.addAll(o.exclude);
    return new LintConfig(file, o.policy != null ? o.policy : policy,
        o.failOn != null ? o.failOn : failOn, o.baseline != null ? o.baseline : baseline,
        o.channel != null ? o.channel : channel, o.purpose != null ? o.purpose : purpose,
        o.include.isEmpty() ? include : o.include, List.copyOf(ex));
  }

  /**
   * The lowest action that fails (default {@code rewrite}).
   *
   * @throws LintException if {@code fail-on} is not warn, rewrite or block
   */
  public Action threshold() {
    try {
      return LintReport.threshold(failOn);
    } catch (IllegalArgumentException e) {
      throw new LintException(where(), 0, 0, "fail-on " + e.getMessage());
    }
  }

  /**
   * A linter for these settings: the policy (default {@code default}) with {@code limits}, the
   * channel, purpose, includes and excludes; paths reported relative to {@code baseDirectory}.
   *
   * @throws LintException for an unknown channel or purpose
   * @throws dev.redactor.PolicySyntaxException if the policy cannot be loaded
   */
  public Linter linter(Limits limits, Path baseDirectory) {
    Redactor redactor = Redactor.builder().limits(limits)
        .policyNameOrFile(policy != null ? policy : "default").build();
    Channel ch;
    Purpose pu;
    try {
      ch = channel == null ? null : Channel.parse(channel);
      pu = purpose == null ? null : Purpose.parse(purpose);
    } catch (IllegalArgumentException e) {
      throw new LintException(where(), 0, 0, e.getMessage());
    }
    return Linter.builder(redactor).baseDirectory(baseDirectory).channel(ch).purpose(pu)
        .include(include.toArray(String[]::new)).exclude(exclude.toArray(String[]::new)).build();
  }

  private String where() {
    return file == null ? "lint settings" : file.toString();
  }

  private static LintException error(String shown, JsonParser p, String problem) {
    JsonLocation loc = p.currentTokenLocation();
    return new LintException(shown, loc.getLineNr(), loc.getColumnNr(), problem);
  }
}
