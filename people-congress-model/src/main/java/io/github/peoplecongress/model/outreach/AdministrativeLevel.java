package io.github.peoplecongress.model.outreach;

/**
 * The level of a media outlet (媒体级别) or of an honour (表彰级别).
 */
public enum AdministrativeLevel {
  /** 国家级 (中央级). */
  NATIONAL("国家级"),
  /** 省级. */
  PROVINCIAL("省级"),
  /** 市级. */
  MUNICIPAL("市级"),
  /** 区级 (县级). */
  DISTRICT("区级");

  private final String label;

  AdministrativeLevel(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "省级"}, not null
   */
  public String getLabel() {
    return label;
  }
}
