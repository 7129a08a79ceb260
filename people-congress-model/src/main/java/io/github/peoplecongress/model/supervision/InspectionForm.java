package io.github.peoplecongress.model.supervision;

/**
 * A form of inspection work — Supervision Law 2024 Art. 35.
 */
public enum InspectionForm {
  /** 座谈会. */
  FORUM("座谈会"),
  /** 实地检查. */
  SITE_INSPECTION("实地检查"),
  /** 第三方评估. */
  THIRD_PARTY_ASSESSMENT("第三方评估"),
  /** 问卷调查. */
  QUESTIONNAIRE("问卷调查"),
  /** 抽查. */
  SPOT_CHECK("抽查"),
  /** 其他形式. */
  OTHER("其他");

  private final String label;

  InspectionForm(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "实地检查"}, not null
   */
  public String getLabel() {
    return label;
  }
}
