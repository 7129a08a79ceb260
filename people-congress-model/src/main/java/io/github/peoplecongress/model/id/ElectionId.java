package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies an election of deputies in one constituency (选区选举).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class ElectionId extends RecordId {
  private ElectionId(String value) {
    super("ElectionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code ElectionId.of("E-2016-C01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static ElectionId of(String value) {
    return new ElectionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static ElectionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
