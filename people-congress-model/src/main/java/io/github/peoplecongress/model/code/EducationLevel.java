package io.github.peoplecongress.model.code;

/**
 * A person's record of formal schooling (学历) at the category level of GB/T 4658-2006 学历代码: {@code 10}
 * 研究生教育, {@code 20} 大学本科教育, {@code 30} 大学专科教育, {@code 40} 中等职业教育, {@code 60} 普通高级中学教育,
 * {@code 70} 初级中学教育, {@code 80} 小学教育, {@code 90} 其他. (There is no category {@code 50} in the 2006 edition.)
 *
 * <p>The standard's two-digit sub-codes (graduated 毕业, completed 结业, left 肄业 within each category, such as
 * {@code 21} 大学本科毕业) are deliberately not modelled: the published copies that could be checked disagree on some
 * of them, and folding a sub-code into its category would silently drop what the user gave. {@link #fromCode(String)}
 * accepts the category codes only.
 *
 * <p>JSON: the constant name ({@code "UNDERGRADUATE"}), Jackson's default; {@link #getCode()} gives the code.
 */
public enum EducationLevel {
  /** {@code 10} 研究生教育: doctoral and master's. */
  POSTGRADUATE("10", "研究生教育"),
  /** {@code 20} 大学本科教育. */
  UNDERGRADUATE("20", "大学本科教育"),
  /** {@code 30} 大学专科教育: including higher vocational education (高等职业教育). */
  JUNIOR_COLLEGE("30", "大学专科教育"),
  /** {@code 40} 中等职业教育: secondary specialised school (中专), vocational high school (职高), technical school (技校). */
  SECONDARY_VOCATIONAL("40", "中等职业教育"),
  /** {@code 60} 普通高级中学教育. */
  SENIOR_HIGH_SCHOOL("60", "普通高级中学教育"),
  /** {@code 70} 初级中学教育. */
  JUNIOR_HIGH_SCHOOL("70", "初级中学教育"),
  /** {@code 80} 小学教育. */
  PRIMARY_SCHOOL("80", "小学教育"),
  /** {@code 90} 其他. */
  OTHER("90", "其他");

  private final String code;
  private final String label;

  EducationLevel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the two-digit GB/T 4658 category code.
   *
   * @return the code, such as {@code "20"}, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the Chinese category name.
   *
   * @return the label, such as {@code "大学本科教育"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Tells whether this level is senior-secondary (高中阶段) or above: postgraduate, undergraduate, junior college,
   * secondary vocational or senior high school. The People's Assessors Law 2018 Art. 5 asks that an assessor
   * generally have 高中以上文化程度; whether a record meets that is the rules module's decision, this only answers
   * the level question. {@link #OTHER} answers false, since it says nothing about the level.
   *
   * @return true for codes 10 to 60
   */
  public boolean atLeastHighSchool() {
    return ordinal() <= SENIOR_HIGH_SCHOOL.ordinal();
  }

  /**
   * Finds the education level with a GB/T 4658 category code.
   *
   * @param code  the category code, such as {@code "60"}
   * @return the level, not null
   * @throws IllegalArgumentException naming the code if it is not one of the category codes 10, 20, 30, 40, 60, 70,
   *     80 or 90
   */
  public static EducationLevel fromCode(String code) {
    for (EducationLevel level : values()) {
      if (level.code.equals(code)) {
        return level;
      }
    }
    throw new IllegalArgumentException("Unknown GB/T 4658 education category code: " + Codes.quote(code)
        + " (expected 10, 20, 30, 40, 60, 70, 80 or 90; sub-codes such as 21 are not accepted)");
  }
}
