package io.github.peoplecongress.model.outreach;

/**
 * The role a committee leader takes for a project (分包项目).
 */
public enum LeadershipRole {
  /** 项目指挥长: commander of a key project. */
  COMMANDER("项目指挥长"),
  /** 首席服务官: chief service officer for an enterprise or institute. */
  CHIEF_SERVICE_OFFICER("首席服务官");

  private final String label;

  LeadershipRole(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "首席服务官"}, not null
   */
  public String getLabel() {
    return label;
  }
}
