package io.github.peoplecongress.model.election;

/**
 * The result of one candidate in one round (选举法 Art. 45).
 */
public enum ElectionResult {
  /** 当选. */
  ELECTED("当选"),
  /** 未当选. */
  NOT_ELECTED("未当选"),
  /** 得票相等: tied for the last seat, to be decided by a revote (Art. 45(3)). */
  TIE("得票相等");

  private final String label;

  ElectionResult(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "当选"}, not null
   */
  public String getLabel() {
    return label;
  }
}
