package io.github.peoplecongress.rules.appraisal;

/**
 * What a satisfaction-vote result requires of the appraised organ under a local rule, for example under the 安徽省
 * draft of 2013: 基本满意 → {@link #RECTIFY}, 不满意 → {@link #RECTIFY_AND_RE_REPORT_AT_NEXT_MEETING}.
 */
public enum AppraisalConsequence {
  /** Nothing required (无后续要求). */
  NONE("无后续要求", "nothing"),
  /** 整改: rectify and report the rectification (整改情况报告). */
  RECTIFY("整改并报告整改情况", "rectify and report the rectification"),
  /** 整改，并在下一次常委会会议上重作报告. */
  RECTIFY_AND_RE_REPORT_AT_NEXT_MEETING("整改并在下一次常委会会议上重作报告",
      "rectify and report again at the next committee meeting");

  private final String label;
  private final String labelEn;

  AppraisalConsequence(String label, String labelEn) {
    this.label = label;
    this.labelEn = labelEn;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }

  /** @return the English label, not null */
  public String getLabelEn() {
    return labelEn;
  }
}
