package io.github.peoplecongress.model.personnel;

/**
 * How a pre-appointment legal examination was taken: 开卷 or 闭卷 (石台县 Art. 7: closed-book unless the
 * directors' meeting decides otherwise; 岐山县: 集中开卷笔试).
 */
public enum ExamFormat {
  /** 开卷. */
  OPEN_BOOK("开卷"),
  /** 闭卷. */
  CLOSED_BOOK("闭卷");

  private final String label;

  ExamFormat(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "闭卷"}, not null
   */
  public String getLabel() {
    return label;
  }
}
