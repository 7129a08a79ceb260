package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies the deliberation opinions (审议意见) on a report or inspection.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class OpinionId extends RecordId {
  private OpinionId(String value) {
    super("OpinionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code OpinionId.of("O-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static OpinionId of(String value) {
    return new OpinionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static OpinionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
