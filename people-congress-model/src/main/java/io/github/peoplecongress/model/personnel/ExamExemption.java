package io.github.peoplecongress.model.personnel;

/**
 * Why a person was exempt from a pre-appointment legal examination, in whole or in its specialised part (免考事由).
 * Local rules only, §10.1 of the statutory reference: 岐山县 (qualification certificate, specialised part),
 * 武隆县 Art. 4 (already passed in the term), 高淳区 Art. 3 (internal transfer, re-appointment at the change of term).
 */
public enum ExamExemption {
  /** 持有国家统一法律职业资格或法官、检察官资格证书 (岐山县: exempt from the specialised part). */
  JUDICIAL_QUALIFICATION("持有法官、检察官资格证书"),
  /** 本届任期内已考试合格 (武隆县 Art. 4). */
  PASSED_EARLIER_IN_TERM("本届内已考试合格"),
  /** 内部调整职务 (高淳区 Art. 3). */
  INTERNAL_TRANSFER("内部调整职务"),
  /** 换届时连任 (高淳区 Art. 3). */
  REAPPOINTED_AT_TERM_CHANGE("换届连任"),
  /** 其他事由, explained in the note. */
  OTHER("其他");

  private final String label;

  ExamExemption(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "换届连任"}, not null
   */
  public String getLabel() {
    return label;
  }
}
