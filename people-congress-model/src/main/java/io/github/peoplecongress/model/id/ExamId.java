package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a pre-appointment legal-knowledge examination sitting (任前法律知识考试).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class ExamId extends RecordId {
  private ExamId(String value) {
    super("ExamId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code ExamId.of("EX-2019-001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static ExamId of(String value) {
    return new ExamId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static ExamId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
