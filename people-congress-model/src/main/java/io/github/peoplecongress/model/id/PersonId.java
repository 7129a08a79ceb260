package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a natural person (人员) in the committee's records.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class PersonId extends RecordId {
  private PersonId(String value) {
    super("PersonId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code PersonId.of("P-001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static PersonId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
