package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a deputy mailbox (代表信箱).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class MailboxId extends RecordId {
  private MailboxId(String value) {
    super("MailboxId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code MailboxId.of("MB-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static MailboxId of(String value) {
    return new MailboxId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static MailboxId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
