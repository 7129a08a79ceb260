package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a deputy group (代表组).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class DeputyGroupId extends RecordId {
  private DeputyGroupId(String value) {
    super("DeputyGroupId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code DeputyGroupId.of("G-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static DeputyGroupId of(String value) {
    return new DeputyGroupId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static DeputyGroupId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
