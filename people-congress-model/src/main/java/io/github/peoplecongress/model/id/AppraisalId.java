package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a work appraisal of a department (工作评议).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class AppraisalId extends RecordId {
  private AppraisalId(String value) {
    super("AppraisalId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code AppraisalId.of("AP-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static AppraisalId of(String value) {
    return new AppraisalId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static AppraisalId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
