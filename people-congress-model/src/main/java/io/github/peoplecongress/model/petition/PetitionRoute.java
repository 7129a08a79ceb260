package io.github.peoplecongress.model.petition;

/**
 * How a 申诉求决类 petition is handled, by the items of 信访工作条例 Art. 31. Only item 6 — a 信访处理意见书 — is
 * subject to the 60-day handling period of Art. 34 and to review and re-review under Arts. 35–36.
 */
public enum PetitionRoute {
  /** Art. 31(1): 诉讼、复议、检察或公安程序 (涉法涉诉). */
  LITIGATION("诉讼等法定程序"),
  /** Art. 31(2): 仲裁. */
  ARBITRATION("仲裁"),
  /** Art. 31(3): 党员申诉、申请复审. */
  PARTY_APPEAL("党员申诉、申请复审"),
  /** Art. 31(4): 行政复议、行政裁决、行政确认、行政许可、行政处罚等行政程序. */
  ADMINISTRATIVE_PROCEDURE("行政程序"),
  /** Art. 31(5): 申请查处违法行为、履行保护人身权或者财产权等合法权益职责, performed or answered by law. */
  STATUTORY_DUTY("依法履行或者答复"),
  /** Art. 31(6): 听取陈述、调查核实，出具信访处理意见书. */
  HANDLING_OPINION("出具信访处理意见书");

  private final String label;

  PetitionRoute(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "出具信访处理意见书"}, not null
   */
  public String getLabel() {
    return label;
  }
}
