package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a deputy's suggestion, criticism or opinion (代表建议、批评和意见).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class SuggestionId extends RecordId {
  private SuggestionId(String value) {
    super("SuggestionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code SuggestionId.of("S-2019-001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static SuggestionId of(String value) {
    return new SuggestionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static SuggestionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
