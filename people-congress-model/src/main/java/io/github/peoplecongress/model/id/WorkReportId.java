package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a report the committee hears and deliberates (专项工作报告, 计划/预算/决算/审计 and other reports).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class WorkReportId extends RecordId {
  private WorkReportId(String value) {
    super("WorkReportId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code WorkReportId.of("R-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static WorkReportId of(String value) {
    return new WorkReportId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static WorkReportId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
