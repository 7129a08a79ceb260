package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a document the committee produced: a rule or system adopted (制度), a research report (调研报告), a publicity article (宣传稿件) or an issue of its work bulletin (人大工作信息).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class DocumentId extends RecordId {
  private DocumentId(String value) {
    super("DocumentId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code DocumentId.of("DOC-2019-001")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static DocumentId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
