package io.github.peoplecongress.model.appraisal;

/**
 * The steps of a work appraisal (工作评议), declared in the order the annual work report lists them; the declaration
 * order ({@link #ordinal()}) is the expected order, and {@link #precedes(AppraisalStepKind)} compares by it.
 * Local rules group them in phases (昭通市 Art. 5: 「准备、调查、评议、整改四个阶段」).
 */
public enum AppraisalStepKind {
  /** 听取审议工作报告: the committee hears and deliberates the appraised organ's work report (or the officer's 述职). */
  HEAR_REPORT("听取审议工作报告"),
  /** 广泛征求意见: opinions gathered from deputies, the public and those served. */
  CONSULT("广泛征求意见"),
  /** 实地察看工作台账: on-site inspection of the organ's work and records. */
  INSPECT_RECORDS("实地察看工作台账"),
  /** 满意度表决: the satisfaction vote (满意度测评 / 民主测评). */
  SATISFACTION_VOTE("满意度表决"),
  /** 提出整改建议: appraisal opinions and rectification advice sent to the organ. */
  RECTIFICATION_ADVICE("提出整改建议"),
  /** 督促落实整改: follow-up of the rectification, including hearing the organ's rectification report. */
  FOLLOW_UP("督促落实整改");

  private final String label;

  AppraisalStepKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "满意度表决"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns whether this step comes before another in the expected order.
   *
   * @param other  the other step, not null
   * @return true if this step's ordinal is lower
   */
  public boolean precedes(AppraisalStepKind other) {
    return ordinal() < other.ordinal();
  }
}
