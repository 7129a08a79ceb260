package io.github.peoplecongress.model.deputywork;

/**
 * Who selected a suggestion for priority supervision (重点督办). Since 2025 the statute names the 主任会议
 * (代表法 2025 Art. 52(2)); before that, and beside it, practice varies.
 */
public enum KeySupervisionBody {
  /** 主任会议 (代表法 2025 Art. 52(2)). */
  DIRECTORS_MEETING("主任会议"),
  /** 常委会会议. */
  STANDING_COMMITTEE("常委会"),
  /** 常委会代表工作机构 (代表工作委员会, 代表联络室). */
  DEPUTIES_WORKING_BODY("代表工作机构"),
  /** 区人民政府 (政府领导领衔督办). */
  GOVERNMENT("人民政府"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  KeySupervisionBody(String label) {
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
