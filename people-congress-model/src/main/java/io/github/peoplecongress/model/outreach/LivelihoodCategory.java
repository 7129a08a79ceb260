package io.github.peoplecongress.model.outreach;

/**
 * The category of a livelihood project (惠民项目), as work reports list them.
 */
public enum LivelihoodCategory {
  /** 新建、改扩建小学. */
  SCHOOL("新建改扩建小学"),
  /** 社区老人日间照料中心. */
  ELDERLY_DAY_CARE("社区老人日间照料中心"),
  /** 老旧小区改造. */
  OLD_COMMUNITY("老旧小区改造"),
  /** 小游园 (pocket park). */
  POCKET_PARK("小游园"),
  /** 社区医疗卫生. */
  COMMUNITY_HEALTH("社区医疗卫生"),
  /** 基础设施. */
  INFRASTRUCTURE("基础设施"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  LivelihoodCategory(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "小游园"}, not null
   */
  public String getLabel() {
    return label;
  }
}
