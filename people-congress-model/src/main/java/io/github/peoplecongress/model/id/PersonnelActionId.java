package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a personnel action (任免): an election, appointment, removal or accepted resignation.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class PersonnelActionId extends RecordId {
  private PersonnelActionId(String value) {
    super("PersonnelActionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code PersonnelActionId.of("PA-2019-001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static PersonnelActionId of(String value) {
    return new PersonnelActionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static PersonnelActionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
