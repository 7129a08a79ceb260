package io.github.peoplecongress.model.personnel;

/**
 * What kind of post a personnel action concerns, so that reports can count 任免国家机关工作人员 and 任免人民陪审员
 * separately, as the annual work report does.
 */
public enum PostCategory {
  /**
   * 国家机关工作人员: a post in the government, supervisory commission, court or procuratorate (一府一委两院),
   * such as 副区长, 局长, 审判员, 检察员 — Local Organic Law 2022 Art. 50(十三)–(十六).
   */
  STATE_FUNCTIONARY("国家机关工作人员"),
  /**
   * 人大专门委员会、代表资格审查委员会或常委会工作机构的职务, such as 法制委员会副主任委员 or 常委会办公室主任 —
   * Local Organic Law 2022 Arts. 34, 56. Whether reports count them as 国家机关工作人员 is the reporting module's
   * definition.
   */
  COMMITTEE_POST("人大专门委员会、工作机构职务"),
  /** 人民陪审员, appointed and removed by the committee on the court president's request (People's Assessors Law Arts. 10, 27). */
  PEOPLES_ASSESSOR("人民陪审员");

  private final String label;

  PostCategory(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "人民陪审员"}, not null
   */
  public String getLabel() {
    return label;
  }
}
