package io.github.peoplecongress.model.outreach;

/**
 * The kind of a project the committee takes part in.
 */
public enum ProjectKind {
  /** 重点项目: a key construction project, with a committee leader as 项目指挥长. */
  KEY_PROJECT("重点项目"),
  /** 联系企业院所: an enterprise or institute, with a committee leader as 首席服务官. */
  ENTERPRISE("联系企业院所"),
  /** 惠民项目: a livelihood project the committee monitors. */
  LIVELIHOOD("惠民项目");

  private final String label;

  ProjectKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "重点项目"}, not null
   */
  public String getLabel() {
    return label;
  }
}
