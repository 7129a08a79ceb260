package io.github.peoplecongress.model.appraisal;

/**
 * How the appraised organ or officer was chosen (评议对象的确定方式). 定西市 Art. 2(3): 「评议对象由市人大常委会会议
 * 无记名投票表决确定。」; the 2019 work report: 「通过投票表决的方式先后对……9个委(局)进行了工作评议」.
 */
public enum SelectionMethod {
  /** 常委会会议投票表决确定. */
  VOTE_AT_MEETING("常委会会议投票表决确定"),
  /** 主任会议确定. */
  DIRECTORS_MEETING("主任会议确定"),
  /** 列入年度工作计划 / 监督工作计划. */
  ANNUAL_PLAN("列入年度工作计划"),
  /** 其他方式, explained in the note. */
  OTHER("其他");

  private final String label;

  SelectionMethod(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "常委会会议投票表决确定"}, not null
   */
  public String getLabel() {
    return label;
  }
}
