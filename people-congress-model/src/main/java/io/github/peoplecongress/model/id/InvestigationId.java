package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a special-question investigation (特定问题调查).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class InvestigationId extends RecordId {
  private InvestigationId(String value) {
    super("InvestigationId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code InvestigationId.of("X-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static InvestigationId of(String value) {
    return new InvestigationId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static InvestigationId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
