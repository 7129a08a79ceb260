package io.github.peoplecongress.model.deputy;

/**
 * The congress a deputy belongs to. A district standing committee organises the deputies of its own congress and
 * also the city, provincial and national deputies elected in or living in the district (组织市、区两级人大代表) for
 * recess activities — Deputies Law 2025 Arts. 25, 27.
 */
public enum DeputyLevel {
  /** 本级 (区、县) 人大代表, elected directly in a constituency (Election Law 2020 Art. 3(2)). */
  DISTRICT("区（县）人大代表"),
  /** 设区的市人大代表, elected by the district congress. */
  CITY("市人大代表"),
  /** 省人大代表. */
  PROVINCE("省人大代表"),
  /** 全国人大代表. */
  NATIONAL("全国人大代表");

  private final String label;

  DeputyLevel(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "市人大代表"}, not null
   */
  public String getLabel() {
    return label;
  }
}
