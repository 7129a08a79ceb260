package io.github.peoplecongress.rules;

import io.github.peoplecongress.model.year.CommitteeYear;
import io.github.peoplecongress.model.year.CommitteeYearIndex;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.parameter.Parameter;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule evaluates against: the committee year and its index, the jurisdiction profile, the period calculator
 * with its holiday calendar, and the "as of" date that decides whether an open period (a suggestion not yet answered)
 * has already run out.
 *
 * <p>The law applied is always the law in force on the date of each fact; {@link #getAsOf()} only says how far the
 * records reach.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class RuleContext {
  private final CommitteeYear year;
  private final JurisdictionProfile profile;
  private final PeriodCalculator periods;
  private final LocalDate asOf;

  /**
   * Creates a context.
   *
   * @param year  the committee year, not null
   * @param profile  the jurisdiction profile, not null
   * @param periods  the period calculator, not null
   * @param asOf  the date up to which the records are complete, not null
   */
  public RuleContext(CommitteeYear year, JurisdictionProfile profile, PeriodCalculator periods, LocalDate asOf) {
    this.year = Objects.requireNonNull(year, "year");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.periods = Objects.requireNonNull(periods, "periods");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /** @return the committee year, not null */
  public CommitteeYear getYear() {
    return year;
  }

  /** @return the index of the year's records by id, not null */
  public CommitteeYearIndex getIndex() {
    return year.index();
  }

  /** @return the jurisdiction profile, not null */
  public JurisdictionProfile getProfile() {
    return profile;
  }

  /** @return the period calculator (民法典 Arts. 200–204) with its holiday calendar, not null */
  public PeriodCalculator getPeriods() {
    return periods;
  }

  /** @return the date up to which the records are complete, not null */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns a parameter's value in force on the date of a fact, under this context's profile.
   *
   * @param <T>  the value type
   * @param parameter  the parameter, not null
   * @param factDate  the date of the fact, not null
   * @return the value, empty where the law in force sets none
   */
  public <T> Optional<T> valueOn(Parameter<T> parameter, LocalDate factDate) {
    return profile.valueOn(parameter, factDate);
  }
}
