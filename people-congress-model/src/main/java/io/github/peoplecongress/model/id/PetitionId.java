package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a letters-and-visits case (信访件).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class PetitionId extends RecordId {
  private PetitionId(String value) {
    super("PetitionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code PetitionId.of("L-2019-0001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static PetitionId of(String value) {
    return new PetitionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static PetitionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
