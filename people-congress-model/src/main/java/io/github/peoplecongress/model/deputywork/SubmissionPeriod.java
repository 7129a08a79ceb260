package io.github.peoplecongress.model.deputywork;

/**
 * When a suggestion was submitted: during a session of the congress (大会期间), or during the recess to the standing
 * committee (闭会期间, 代表法 2025 Art. 36, 2015 Art. 29). Local rules treat the two differently: the Qingdao rules
 * Art. 14 require recess suggestions to be assigned within five working days of receipt.
 */
public enum SubmissionPeriod {
  /** 大会期间: submitted during a session of the congress. */
  SESSION("大会期间"),
  /** 闭会期间: submitted to the standing committee during the recess. */
  RECESS("闭会期间");

  private final String label;

  SubmissionPeriod(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "闭会期间"}, not null
   */
  public String getLabel() {
    return label;
  }
}
