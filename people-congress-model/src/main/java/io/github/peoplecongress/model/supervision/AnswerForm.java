package io.github.peoplecongress.model.supervision;

/**
 * How an interpellation was answered — Supervision Law 2024 Art. 54 (2006 Art. 38); Local Organic Law 2022 Art. 53(2)–(3).
 */
public enum AnswerForm {
  /** Oral answer at a meeting, given by the head of the organ. */
  ORAL("口头答复"),
  /** Written answer, signed by the head of the organ. */
  WRITTEN("书面答复");

  private final String label;

  AnswerForm(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "口头答复"}, not null
   */
  public String getLabel() {
    return label;
  }
}
