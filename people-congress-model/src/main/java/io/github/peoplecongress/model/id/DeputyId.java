package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a deputy (人大代表) of the congress.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class DeputyId extends RecordId {
  private DeputyId(String value) {
    super("DeputyId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code DeputyId.of("D-001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static DeputyId of(String value) {
    return new DeputyId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static DeputyId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
