package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a filing and review of a normative document (规范性文件备案审查).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class FilingReviewId extends RecordId {
  private FilingReviewId(String value) {
    super("FilingReviewId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code FilingReviewId.of("F-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static FilingReviewId of(String value) {
    return new FilingReviewId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static FilingReviewId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
