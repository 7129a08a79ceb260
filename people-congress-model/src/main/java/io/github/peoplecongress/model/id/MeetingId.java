package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a meeting: a standing-committee meeting (常委会会议), a directors' meeting (主任会议), a party-group meeting (党组会议) or a congress session (人民代表大会会议).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class MeetingId extends RecordId {
  private MeetingId(String value) {
    super("MeetingId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code MeetingId.of("SC-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static MeetingId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
