package io.github.peoplecongress.rules.parameter;

import java.util.Objects;

/**
 * A named rule parameter with its national default, for example {@code oath.maxDaysAfterProduction}: none
 * nationally, 30 days in Beijing (北京市国家工作人员宪法宣誓组织办法 第十三条).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; parameters are compared by key.
 *
 * @param <T>  the value type
 */
public final class Parameter<T> {
  private final String key;
  private final Class<T> type;
  private final String titleZh;
  private final String titleEn;
  private final DatedSeries<T> nationalDefault;

  private Parameter(String key, Class<T> type, String titleZh, String titleEn, DatedSeries<T> nationalDefault) {
    this.key = Objects.requireNonNull(key, "key");
    this.type = Objects.requireNonNull(type, "type");
    this.titleZh = Objects.requireNonNull(titleZh, "titleZh");
    this.titleEn = Objects.requireNonNull(titleEn, "titleEn");
    this.nationalDefault = Objects.requireNonNull(nationalDefault, "nationalDefault");
  }

  /**
   * Defines a parameter.
   *
   * @param <T>  the value type
   * @param key  a stable dotted key, such as {@code "oath.maxDaysAfterProduction"}, not null
   * @param type  the value type, not null
   * @param titleZh  the Chinese title, not null
   * @param titleEn  the English title, not null
   * @param nationalDefault  the values under national law, not null
   * @return the parameter, not null
   */
  public static <T> Parameter<T> of(String key, Class<T> type, String titleZh, String titleEn,
      DatedSeries<T> nationalDefault) {
    return new Parameter<>(key, type, titleZh, titleEn, nationalDefault);
  }

  /** @return the stable key, not null */
  public String getKey() {
    return key;
  }

  /** @return the value type, not null */
  public Class<T> getType() {
    return type;
  }

  /** @return the Chinese title, not null */
  public String getTitleZh() {
    return titleZh;
  }

  /** @return the English title, not null */
  public String getTitleEn() {
    return titleEn;
  }

  /** @return the values under national law, not null */
  public DatedSeries<T> getNationalDefault() {
    return nationalDefault;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameter && ((Parameter<?>) other).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
