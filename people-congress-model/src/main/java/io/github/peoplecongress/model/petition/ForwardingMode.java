package io.github.peoplecongress.model.petition;

/**
 * How a petition is passed to the organ with authority to handle it (信访工作条例 Art. 22).
 */
public enum ForwardingMode {
  /** 转送: passed on for handling. */
  TRANSFER("转送"),
  /** 交办: assigned, with a report back on the result required. */
  ASSIGN("交办");

  private final String label;

  ForwardingMode(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "交办"}, not null
   */
  public String getLabel() {
    return label;
  }
}
