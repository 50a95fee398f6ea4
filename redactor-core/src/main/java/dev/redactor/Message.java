package dev.redactor;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing message: its text and, when known, its purpose and channel. An absent purpose or
 * channel means the strictest reading (an SMS whose purpose is unknown).
 *
 * <p>Immutable. {@link #toString()} gives the length, purpose and channel, never the text.
 *
 * @since 0.1
 */
public final class Message {
  private final String text;
  private final @Nullable Purpose purpose;
  private final @Nullable Channel channel;

  private Message(String text, @Nullable Purpose purpose, @Nullable Channel channel) {
    this.text = Objects.requireNonNull(text, "text");
    this.purpose = purpose;
    this.channel = channel;
  }

  /** A message with only text. */
  public static Message of(String text) {
    return new Message(text, null, null);
  }

  /** A message with text, purpose and channel; either of the last two may be null (absent). */
  public static Message of(String text, @Nullable Purpose purpose, @Nullable Channel channel) {
    return new Message(text, purpose, channel);
  }

  /** A builder, for call sites that set fields conditionally. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** The text, exactly as given. */
  public String text() {
    return text;
  }

  /** The purpose, if known. */
  public Optional<Purpose> purpose() {
    return Optional.ofNullable(purpose);
  }

  /** The channel, if known. */
  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  /** The channel to judge by: the given one, or {@link Channel#SMS} when absent. */
  public Channel effectiveChannel() {
    return channel == null ? Channel.SMS : channel;
  }

  /** A copy of this message with another text and the same purpose and channel. */
  public Message withText(String newText) {
    return new Message(newText, purpose, channel);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message
        && ((Message) o).text.equals(text)
        && ((Message) o).purpose == purpose
        && ((Message) o).channel == channel;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, purpose, channel);
  }

  @Override
  public String toString() {
    return "Message{length="
        + text.length()
        + ", purpose="
        + (purpose == null ? "-" : purpose.wireName())
        + ", channel="
        + (channel == null ? "-" : channel.wireName())
        + "}";
  }

  /** Builds a {@link Message}. Not thread-safe. */
  public static final class Builder {
    private final String text;
    private @Nullable Purpose purpose;
    private @Nullable Channel channel;

    private Builder(String text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    /** Sets the purpose; null means absent. */
    public Builder purpose(@Nullable Purpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /** Sets the channel; null means absent. */
    public Builder channel(@Nullable Channel channel) {
      this.channel = channel;
      return this;
    }

    /** The message. */
    public Message build() {
      return new Message(text, purpose, channel);
    }
  }
}
