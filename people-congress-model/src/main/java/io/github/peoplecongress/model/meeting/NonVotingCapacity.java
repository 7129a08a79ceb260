package io.github.peoplecongress.model.meeting;

/**
 * In what capacity someone attended a meeting without a vote (列席).
 */
public enum NonVotingCapacity {
  /** 人大代表列席: a deputy invited to attend (counted in "代表列席常委会会议 x 人次"). */
  DEPUTY("代表"),
  /**
   * 一府一委两院负责人: a head of the government, supervisory commission, court or procuratorate, who attends by law
   * (Local Organic Law 2022 Art. 51(2)).
   */
  ORGAN_HEAD("一府一委两院负责人"),
  /** 其他列席人员: department heads, staff of special committees, and others. */
  OTHER("其他");

  private final String label;

  NonVotingCapacity(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "代表"}, not null
   */
  public String getLabel() {
    return label;
  }
}
