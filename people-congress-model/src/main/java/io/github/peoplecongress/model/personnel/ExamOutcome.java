package io.github.peoplecongress.model.personnel;

/**
 * The outcome of a pre-appointment legal examination as the office recorded it (考试结果). The rules module decides
 * separately whether the score reaches the pass mark of the applicable local rule (60 of 100 in 石台县 Art. 11 and
 * 兰州市), so a recorded outcome that contradicts the score can be reported.
 */
public enum ExamOutcome {
  /** 合格. */
  PASSED("合格"),
  /** 不合格. */
  FAILED("不合格"),
  /** 因故缺考: absent with a reason accepted by the office. */
  ABSENT_WITH_REASON("因故缺考"),
  /** 无故缺考: absent without reason; under the 兰州 rule the nomination is kept off the agenda. */
  ABSENT_WITHOUT_REASON("无故缺考"),
  /** 免考: exempt (see {@link ExamExemption}). */
  EXEMPT("免考");

  private final String label;

  ExamOutcome(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "合格"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns whether the person did not sit the paper (absent or exempt), so that no score exists.
   *
   * @return true for the two absences and for exemption
   */
  public boolean withoutScore() {
    return this == ABSENT_WITH_REASON || this == ABSENT_WITHOUT_REASON || this == EXEMPT;
  }
}
