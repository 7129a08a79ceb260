package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies an electoral constituency (选区).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class ConstituencyId extends RecordId {
  private ConstituencyId(String value) {
    super("ConstituencyId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code ConstituencyId.of("C-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static ConstituencyId of(String value) {
    return new ConstituencyId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static ConstituencyId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
