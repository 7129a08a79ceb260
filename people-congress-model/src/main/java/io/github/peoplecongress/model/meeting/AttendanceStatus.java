package io.github.peoplecongress.model.meeting;

/**
 * A member's attendance at a meeting, as the roll call records it. Quorum (more than half of all members present,
 * Local Organic Law 2022 Art. 51(3)) counts {@link #PRESENT} only.
 */
public enum AttendanceStatus {
  /** 出席. */
  PRESENT("出席"),
  /** 请假: absent with leave. */
  ON_LEAVE("请假"),
  /** 缺席: absent without leave. */
  ABSENT("缺席");

  private final String label;

  AttendanceStatus(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "请假"}, not null
   */
  public String getLabel() {
    return label;
  }
}
