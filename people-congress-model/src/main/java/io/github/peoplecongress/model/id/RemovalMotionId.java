package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a removal motion (撤职案).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class RemovalMotionId extends RecordId {
  private RemovalMotionId(String value) {
    super("RemovalMotionId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code RemovalMotionId.of("RM-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static RemovalMotionId of(String value) {
    return new RemovalMotionId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static RemovalMotionId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
