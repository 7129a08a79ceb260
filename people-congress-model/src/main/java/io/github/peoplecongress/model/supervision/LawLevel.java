package io.github.peoplecongress.model.supervision;

/**
 * The rank of an inspected law or regulation (法律位阶) — Legislation Law 2023.
 */
public enum LawLevel {
  /** 法律, adopted by the NPC or its standing committee, such as 《中华人民共和国安全生产法》. */
  LAW("法律"),
  /** 行政法规 of the State Council, such as 《城市居民最低生活保障条例》. */
  ADMINISTRATIVE_REGULATION("行政法规"),
  /** 地方性法规 of a province or 设区的市, such as a 物业管理条例. */
  LOCAL_REGULATION("地方性法规"),
  /** 自治条例、单行条例. */
  AUTONOMOUS_REGULATION("自治条例和单行条例"),
  /** 部门规章 or 地方政府规章, such as a 管理办法. */
  RULE("规章"),
  /** 其他规范性文件 and 决议、决定. */
  NORMATIVE_DOCUMENT("规范性文件");

  private final String label;

  LawLevel(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "地方性法规"}, not null
   */
  public String getLabel() {
    return label;
  }
}
