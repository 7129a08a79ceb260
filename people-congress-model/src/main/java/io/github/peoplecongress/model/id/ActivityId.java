package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a deputy activity (代表活动) organised by the committee.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class ActivityId extends RecordId {
  private ActivityId(String value) {
    super("ActivityId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code ActivityId.of("ACT-2019-001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static ActivityId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
