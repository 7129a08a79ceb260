package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies an interpellation (质询案).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class InterpellationId extends RecordId {
  private InterpellationId(String value) {
    super("InterpellationId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code InterpellationId.of("Q-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static InterpellationId of(String value) {
    return new InterpellationId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static InterpellationId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
