package io.github.peoplecongress.reporting.metric;

/**
 * The language of labels, definitions, tables and report text: Chinese (the report's own language) or English.
 */
public enum Language {
  /** 中文. */
  ZH("中文"),
  /** 英文 (English). */
  EN("英文");

  private final String label;

  Language(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "中文"}, not null
   */
  public String getLabel() {
    return label;
  }
}
