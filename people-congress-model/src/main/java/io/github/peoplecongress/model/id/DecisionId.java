package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a resolution or decision (决议, 决定) of the standing committee.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class DecisionId extends RecordId {
  private DecisionId(String value) {
    super("DecisionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code DecisionId.of("DEC-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static DecisionId of(String value) {
    return new DecisionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static DecisionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
