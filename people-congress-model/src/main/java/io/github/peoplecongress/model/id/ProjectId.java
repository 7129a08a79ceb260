package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a project: a key project the committee leadership commands (项目指挥长), an enterprise served (首席服务官) or a livelihood project monitored (惠民项目).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class ProjectId extends RecordId {
  private ProjectId(String value) {
    super("ProjectId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code ProjectId.of("PRJ-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static ProjectId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
