package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies an oversight activity: a visit (视察), a survey (专题调研), a study tour (考察学习), an inquiry (询问/专题询问).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class OversightActivityId extends RecordId {
  private OversightActivityId(String value) {
    super("OversightActivityId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code OversightActivityId.of("V-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static OversightActivityId of(String value) {
    return new OversightActivityId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static OversightActivityId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
