package io.github.peoplecongress.rules.parameter;

import io.github.peoplecongress.rules.law.LawVersion;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local rules a host works under: a named set of parameter values on top of a parent profile, ending in the
 * national default. For example, Beijing sets the oath timing to 30 days and keeps everything else national.
 *
 * <pre>
 * JurisdictionProfile mine = JurisdictionProfile.builder("cn-xx-district", "某区", "Some district")
 *     .parent(Profiles.BEIJING)
 *     .set(ExamParameters.PASS_MARK, DatedSeries.of(LocalDate.of(2017, 1, 1), 70, "区人大常委会主任会议决定"))
 *     .build();
 * </pre>
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class JurisdictionProfile {
  private final String id;
  private final String nameZh;
  private final String nameEn;
  private final JurisdictionProfile parent;
  private final Map<Parameter<?>, DatedSeries<?>> overrides;
  private final Map<String, LocalDate> effectiveDates;

  private JurisdictionProfile(Builder builder) {
    this.id = builder.id;
    this.nameZh = builder.nameZh;
    this.nameEn = builder.nameEn;
    this.parent = builder.parent;
    this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(builder.overrides));
    this.effectiveDates = Map.copyOf(builder.effectiveDates);
  }

  /**
   * Returns the national profile: every parameter at its national default.
   *
   * @return the national profile, not null
   */
  public static JurisdictionProfile national() {
    return NationalHolder.NATIONAL;
  }

  private static final class NationalHolder {
    static final JurisdictionProfile NATIONAL = new Builder("national", "全国（国家法律）", "National law").build();
  }

  /**
   * Starts a profile.
   *
   * @param id  a stable id, such as {@code "beijing"}, not null
   * @param nameZh  the Chinese name, not null
   * @param nameEn  the English name, not null
   * @return a builder whose parent is the national profile, not null
   */
  public static Builder builder(String id, String nameZh, String nameEn) {
    return new Builder(id, nameZh, nameEn).parent(national());
  }

  /** @return the stable id, not null */
  public String getId() {
    return id;
  }

  /** @return the Chinese name, not null */
  public String getNameZh() {
    return nameZh;
  }

  /** @return the English name, not null */
  public String getNameEn() {
    return nameEn;
  }

  /** @return the parent profile, empty for the national profile */
  public Optional<JurisdictionProfile> getParent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the series that applies in this profile: its own override, else its parent's, else the national default.
   *
   * @param <T>  the value type
   * @param parameter  the parameter, not null
   * @return the series, not null
   */
  @SuppressWarnings("unchecked")
  public <T> DatedSeries<T> seriesOf(Parameter<T> parameter) {
    for (JurisdictionProfile profile = this; profile != null; profile = profile.parent) {
      DatedSeries<?> own = profile.overrides.get(parameter);
      if (own != null) {
        return (DatedSeries<T>) own;
      }
    }
    return parameter.getNationalDefault();
  }

  /**
   * Returns the value in force on the date of a fact.
   *
   * @param <T>  the value type
   * @param parameter  the parameter, not null
   * @param date  the date of the fact, not null
   * @return the value, empty where the law in force sets none
   */
  public <T> Optional<T> valueOn(Parameter<T> parameter, LocalDate date) {
    return seriesOf(parameter).valueOn(date);
  }

  /**
   * Returns the entry in force on the date of a fact, with its reference.
   *
   * @param <T>  the value type
   * @param parameter  the parameter, not null
   * @param date  the date of the fact, not null
   * @return the entry, empty before the first entry
   */
  public <T> Optional<DatedSeries.Entry<T>> entryOn(Parameter<T> parameter, LocalDate date) {
    return seriesOf(parameter).entryOn(date);
  }

  /**
   * Returns the date from which a law version applies here: the profile's override for versions whose effective date
   * is unverified, else the version's own date.
   *
   * @param version  the law version, not null
   * @return the effective date, not null
   */
  public LocalDate effectiveDate(LawVersion version) {
    for (JurisdictionProfile profile = this; profile != null; profile = profile.parent) {
      LocalDate own = profile.effectiveDates.get(version.getCode());
      if (own != null) {
        return own;
      }
    }
    return version.getEffective();
  }

  /** @return the parameters this profile itself overrides, in the order set, not null */
  public Map<Parameter<?>, DatedSeries<?>> getOverrides() {
    return overrides;
  }

  @Override
  public String toString() {
    return id;
  }

  /** Builds a {@link JurisdictionProfile}. */
  public static final class Builder {
    private final String id;
    private final String nameZh;
    private final String nameEn;
    private JurisdictionProfile parent;
    private final Map<Parameter<?>, DatedSeries<?>> overrides = new LinkedHashMap<>();
    private final Map<String, LocalDate> effectiveDates = new LinkedHashMap<>();

    private Builder(String id, String nameZh, String nameEn) {
      this.id = Objects.requireNonNull(id, "id");
      this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
      this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    }

    /**
     * Sets the parent profile whose values apply where this one sets none.
     *
     * @param parent  the parent, not null
     * @return this builder
     */
    public Builder parent(JurisdictionProfile parent) {
      this.parent = Objects.requireNonNull(parent, "parent");
      return this;
    }

    /**
     * Overrides a parameter.
     *
     * @param <T>  the value type
     * @param parameter  the parameter, not null
     * @param series  its values in this jurisdiction, not null
     * @return this builder
     */
    public <T> Builder set(Parameter<T> parameter, DatedSeries<T> series) {
      overrides.put(Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(series, "series"));
      return this;
    }

    /**
     * Sets the date from which a law version applies, for versions whose effective date is unverified, such as
     * {@code effectiveDate(Laws.SUPERVISION_LAW_2024, LocalDate.of(2025, 1, 1))}.
     *
     * @param version  the version, not null
     * @param effective  the date, not null
     * @return this builder
     */
    public Builder effectiveDate(LawVersion version, LocalDate effective) {
      effectiveDates.put(version.getCode(), Objects.requireNonNull(effective, "effective"));
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile, not null
     */
    public JurisdictionProfile build() {
      return new JurisdictionProfile(this);
    }
  }
}
