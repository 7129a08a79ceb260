package io.github.peoplecongress.model.supervision;

/**
 * Who proposed a special-question investigation or a removal motion — Supervision Law 2024 Arts. 56, 61 (2006 Arts. 40, 45); Local Organic Law 2022 Art. 58.
 */
public enum ProposerKind {
  /** The government, supervisory commission, court or procuratorate (removal motions only, Art. 61). */
  STATE_ORGAN("一府一委两院"),
  /** The 主任会议. */
  DIRECTORS("主任会议"),
  /** Committee members jointly in writing (the statute asks at least one fifth of all members). */
  MEMBERS("常委会组成人员联名");

  private final String label;

  ProposerKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "主任会议"}, not null
   */
  public String getLabel() {
    return label;
  }
}
