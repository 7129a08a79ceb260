package io.github.peoplecongress.model.body;

/**
 * The county-tier administrative divisions that elect their congress directly and have a standing committee — Local
 * Organic Law 2022 Arts. 46, 47(2); Election Law 2020 Art. 3(2). They are legally the same tier.
 */
public enum DistrictKind {
  /** 县. */
  COUNTY("县"),
  /** 自治县. */
  AUTONOMOUS_COUNTY("自治县"),
  /** 不设区的市 (county-level city). */
  CITY_WITHOUT_DISTRICTS("不设区的市"),
  /** 市辖区 (urban district). */
  CITY_DISTRICT("市辖区");

  private final String label;

  DistrictKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "市辖区"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns whether the standing committee of such a division may set up working bodies in streets (街道), which
   * Local Organic Law 2022 Art. 59(3) allows for 市辖区 and 不设区的市 only.
   *
   * @return true for {@link #CITY_DISTRICT} and {@link #CITY_WITHOUT_DISTRICTS}
   */
  public boolean mayHaveStreetWorkingBodies() {
    return this == CITY_DISTRICT || this == CITY_WITHOUT_DISTRICTS;
  }
}
