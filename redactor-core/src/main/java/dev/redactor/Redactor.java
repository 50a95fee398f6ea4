package dev.redactor;

import dev.redactor.internal.Engine;
import dev.redactor.internal.dict.DictionaryFiles;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.EntryRuns;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.Lexicons;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.policy.Policy;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an outgoing patient message may be sent: {@link Decision#ALLOW ALLOW}, {@link
 * Decision#REWRITE REWRITE} (with the minimum-necessary text that may go instead) or {@link
 * Decision#BLOCK BLOCK}.
 *
 * <p>Build one instance and share it: a {@code Redactor} is immutable and thread-safe, compiles
 * its dictionaries and policy once, and keeps no state between messages.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.standard();
 * Redaction r = redactor.redact(Message.of(text, Purpose.REMINDER, Channel.SMS));
 * if (r.isSendable()) {
 *   sms.send(phone, r.text().orElseThrow());
 * } else {
 *   portal.notify(patient); // r.verdict().explanation() says why
 * }
 * }</pre>
 *
 * <p>If anything goes wrong inside a check, the verdict is BLOCK ({@link Verdict#failedClosed()}),
 * never ALLOW. Input over the {@link Limits} is rejected with a {@link LimitExceededException}.
 *
 * @since 0.1
 */
public final class Redactor {
  private final Limits limits;
  private final Policy policy;
  private final Engine engine;
  private final Builder settings;
  private final @Nullable AuditLog auditLog;

  private Redactor(Builder b) {
    this.limits = b.limits;
    this.policy = b.resolvePolicy();
    this.settings = b.retained();
    this.auditLog = b.auditLog;
    Lexicon base = b.excludedLists.isEmpty()
        ? Lexicons.standard()
        : Lexicon.compile(Lexicons.bundledEntries(b.excludedLists), Set.of());
    List<Entry> added = new ArrayList<>(policy.addedTerms());
    added.addAll(b.addedTerms);
    Set<String> removed = new LinkedHashSet<>(policy.removedTerms());
    removed.addAll(b.removedTerms);
    Dictionaries dictionaries = Dictionaries.of(base, added, removed);
    this.engine = new Engine(limits, dictionaries, policy);
  }

  /** The default engine: the {@code default} policy, default dictionaries, default limits. */
  public static Redactor standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Redactor INSTANCE = builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this engine's settings. */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * Checks {@code text} as a message of unknown purpose sent by SMS (the strictest reading).
   *
   * @throws LimitExceededException if the text is over the limits
   */
  public Verdict check(String text) {
    return check(Message.of(Objects.requireNonNull(text, "text")));
  }

  /**
   * Checks {@code message}, taking its purpose and channel into account.
   *
   * @throws LimitExceededException if the text is over the limits
   */
  public Verdict check(Message message) {
    Verdict verdict = engine.check(Objects.requireNonNull(message, "message"));
    if (auditLog != null) {
      try {
        auditLog.record(message, verdict, policy.id(), policy.version());
      } catch (RuntimeException e) {
        // A decision that cannot be recorded is not made: the audit trail is part of the control.
        return Verdict.failedClosed("Blocked: the decision could not be written to the audit log ("
            + e.getClass().getSimpleName() + "); the message may not be sent (fail closed).");
      }
    }
    return verdict;
  }

  /**
   * The pre-send convenience: the text that may be sent (the original for ALLOW, the rewrite for
   * REWRITE), or the reasons it may not.
   *
   * @throws LimitExceededException if the text is over the limits
   */
  public Redaction redact(String text) {
    return redact(Message.of(Objects.requireNonNull(text, "text")));
  }

  /** As {@link #redact(String)}, for a message with purpose and channel. */
  public Redaction redact(Message message) {
    return new Redaction(message.text(), check(message));
  }

  /** The limits in force. */
  public Limits limits() {
    return limits;
  }

  /** The id of the active policy. */
  public String policyId() {
    return policy.id();
  }

  /** The version of the active policy (0 when the policy does not state one). */
  public int policyVersion() {
    return policy.version();
  }

  /** The compiled policy (for {@link PolicyTests}). */
  Policy policy() {
    return policy;
  }

  /** The active policy's rules, in evaluation order. */
  public List<RuleInfo> rules() {
    return policy.ruleInfos();
  }

  /** Ids of the active policy's rules, in evaluation order. */
  public List<String> ruleIds() {
    return policy.ruleIds();
  }

  @Override
  public String toString() {
    return "Redactor{policy=" + policy.id() + ", rules=" + policy.ruleCount() + ", " + limits
        + "}";
  }

  /** Configures a {@link Redactor}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private String packName = "default";
    private Path policyFile;
    private String policySource;
    private String policyText;
    private List<Entry> addedTerms = new ArrayList<>();
    private final Set<String> removedTerms = new LinkedHashSet<>();
    private final Set<String> excludedLists = new LinkedHashSet<>();
    private @Nullable AuditLog auditLog;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.limits = limits;
      b.packName = packName;
      b.policyFile = policyFile;
      b.policySource = policySource;
      b.policyText = policyText;
      b.addedTerms.addAll(addedTerms);
      b.removedTerms.addAll(removedTerms);
      b.excludedLists.addAll(excludedLists);
      b.auditLog = auditLog;
      return b;
    }

    /**
     * The copy a {@link Redactor} keeps for {@link #toBuilder}, with the added terms held
     * compactly ({@link EntryRuns}): as records, a million added terms retained about 94 MB.
     * Only {@link #copy} reads it.
     */
    private Builder retained() {
      Builder b = copy();
      b.addedTerms = EntryRuns.of(addedTerms);
      return b;
    }

    /**
     * Records every decision of the engine in {@code log} (none by default). If a record cannot be
     * written, the verdict is BLOCK ({@link Verdict#failedClosed()}). Input rejected by a {@link
     * LimitExceededException} is not a decision and is not recorded.
     */
    public Builder auditLog(@Nullable AuditLog log) {
      this.auditLog = log;
      return this;
    }

    /** The limits on input size (default {@link Limits#defaults()}). */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * A bundled policy pack by name: {@code default}, {@code strict}, {@code portal-notice},
     * {@code behavioral-health}, {@code substance-use}, {@code sexual-and-reproductive-health},
     * {@code oncology}, {@code dental}, {@code pediatrics}.
     *
     * @throws PolicySyntaxException if there is no such pack
     */
    public Builder policy(String name) {
      Objects.requireNonNull(name, "name");
      if (!Policy.packNames().contains(name)) {
        throw new PolicySyntaxException("policy", 0, 0, null,
            "unknown policy pack; available: " + String.join(", ", Policy.packNames()));
      }
      clearPolicy();
      this.packName = name;
      return this;
    }

    /**
     * A policy file (YAML rule DSL); it may {@code extends} a pack or other files. Parsed when
     * {@link #build()} runs.
     */
    public Builder policyFile(Path file) {
      clearPolicy();
      this.policyFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * A pack name or a policy file, as the command line's {@code --policy} takes it: a value
     * ending in {@code .yaml} or {@code .yml} is a file, anything else a pack name.
     *
     * @throws PolicySyntaxException if the file does not exist or there is no such pack
     */
    public Builder policyNameOrFile(String value) {
      Objects.requireNonNull(value, "value");
      if (value.endsWith(".yaml") || value.endsWith(".yml")) {
        Path file = Path.of(value);
        if (!java.nio.file.Files.isRegularFile(file)) {
          throw new PolicySyntaxException(value, 0, 0, null, "policy file not found");
        }
        return policyFile(file);
      }
      return policy(value);
    }

    /** A policy given as text; {@code source} names it in errors. */
    public Builder policy(String source, Reader yaml) {
      Objects.requireNonNull(source, "source");
      try {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        for (int n; (n = yaml.read(buf)) > 0; ) {
          sb.append(buf, 0, n);
        }
        clearPolicy();
        this.policySource = source;
        this.policyText = sb.toString();
      } catch (java.io.IOException e) {
        throw new PolicySyntaxException(source, 0, 0, null, "cannot read the policy");
      }
      return this;
    }

    private void clearPolicy() {
      packName = null;
      policyFile = null;
      policySource = null;
      policyText = null;
    }

    private Policy resolvePolicy() {
      if (policyFile != null) {
        return Policy.file(policyFile);
      }
      if (policyText != null) {
        return Policy.parse(policySource, new java.io.StringReader(policyText));
      }
      return Policy.pack(packName == null ? "default" : packName);
    }

    /**
     * Adds terms to a dictionary category (SPECIALTY, CONDITION, PROCEDURE, MEDICATION or NAME).
     *
     * @throws IllegalArgumentException for any other category
     */
    public Builder addTerms(Category category, Collection<String> terms) {
      ListKind kind;
      try {
        kind = ListKind.valueOf(category.name());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "terms can be added to NAME, SPECIALTY, CONDITION, PROCEDURE or MEDICATION, not "
                + category);
      }
      for (String t : terms) {
        addedTerms.add(new Entry(t.toLowerCase(Locale.ROOT), kind, 0L, 0f, "any"));
      }
      return this;
    }

    /** Adds phrases that are never findings ("Sunshine Family Clinic"). */
    public Builder allowPhrases(Collection<String> phrases) {
      for (String t : phrases) {
        addedTerms.add(new Entry(t.toLowerCase(Locale.ROOT), ListKind.ALLOW, 0L, 0f, "any"));
      }
      return this;
    }

    /** Adds every entry of a list in the dictionary file format ({@code dictionaries/README.md}). */
    public Builder addList(String name, Reader list) {
      addedTerms.addAll(DictionaryFiles.read(name, list).entries());
      return this;
    }

    /** Removes terms from every dictionary. */
    public Builder removeTerms(Collection<String> terms) {
      removedTerms.addAll(terms);
      return this;
    }

    /**
     * Leaves a bundled list out entirely (by file name, such as {@code surnames.txt}). The other
     * lists are compiled again when {@link #build()} runs, which takes a second or two.
     */
    public Builder excludeList(String fileName) {
      boolean known = false;
      for (String[] row : DictionaryFiles.bundledIndex()) {
        known |= row[0].equals(fileName);
      }
      if (!known) {
        throw new IllegalArgumentException("no bundled dictionary list is named that; see"
            + " dev/redactor/dictionaries/index.txt");
      }
      excludedLists.add(fileName);
      return this;
    }

    /**
     * The engine.
     *
     * @throws PolicySyntaxException if the policy cannot be loaded (never replaced by a more
     *     permissive one)
     */
    public Redactor build() {
      return new Redactor(this);
    }
  }
}
