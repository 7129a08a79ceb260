package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a law-enforcement inspection (执法检查).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class InspectionId extends RecordId {
  private InspectionId(String value) {
    super("InspectionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code InspectionId.of("I-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static InspectionId of(String value) {
    return new InspectionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static InspectionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
