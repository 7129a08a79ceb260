package io.github.peoplecongress.model.deputywork;

/**
 * The role of a unit in handling a suggestion (承办方式). A suggestion assigned to several units is handled either
 * by a lead unit with assisting units (主办/协办), or separately by each unit for its own part (分办).
 */
public enum HandlingRole {
  /** 主办: the lead unit, which answers the deputy after consulting the assisting units. */
  LEAD("主办"),
  /** 协办: an assisting unit, which gives its opinion to the lead unit. */
  ASSISTING("协办"),
  /** 分办: one of several units each answering for its own part. */
  SEPARATE("分办");

  private final String label;

  HandlingRole(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "主办"}, not null
   */
  public String getLabel() {
    return label;
  }
}
