package io.github.peoplecongress.rules;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.RecordIndex;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.parameter.Parameter;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a rule evaluates against: the committee's records and their index, the period checked, the jurisdiction
 * profile, the period calculator with its holiday calendar, and the "as of" date up to which the records are complete.
 *
 * <p>A rule reads every record of the set, inside the period or not: a deadline that runs past the period's end is
 * judged from later records, a look-back (a re-appointment, an exam passed earlier) from earlier ones. The checker
 * keeps the findings about facts dated in the period. Between the set's first day and {@link #getAsOf()} the records
 * are complete, so a required record that is absent there is missing in fact; a deadline whose last day is after
 * {@link #getAsOf()} is {@link Severity#PENDING}.
 *
 * <p>The law applied is always the law in force on the date of each fact; {@link #getAsOf()} only says how far the
 * records reach.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class RuleContext {
  private final CommitteeRecords records;
  private final DateRange period;
  private final JurisdictionProfile profile;
  private final PeriodCalculator periods;
  private final LocalDate asOf;

  /**
   * Creates a context over a period.
   *
   * @param records  the committee's records, not null
   * @param period  the days checked, not null
   * @param profile  the jurisdiction profile, not null
   * @param periods  the period calculator, not null
   * @param asOf  the date up to which the records are complete: the set's last day, or an earlier day, not null
   */
  public RuleContext(CommitteeRecords records, DateRange period, JurisdictionProfile profile, PeriodCalculator periods,
      LocalDate asOf) {
    this.records = Objects.requireNonNull(records, "records");
    this.period = Objects.requireNonNull(period, "period");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.periods = Objects.requireNonNull(periods, "periods");
    LocalDate spanEnd = records.getSpan().getTo();
    this.asOf = Objects.requireNonNull(asOf, "asOf").isAfter(spanEnd) ? spanEnd : asOf;
  }

  /**
   * Creates a context over the whole span of the records.
   *
   * @param records  the committee's records, not null
   * @param profile  the jurisdiction profile, not null
   * @param periods  the period calculator, not null
   * @param asOf  the date up to which the records are complete; a date after the set's last day means that day
   */
  public RuleContext(CommitteeRecords records, JurisdictionProfile profile, PeriodCalculator periods, LocalDate asOf) {
    this(records, records.getSpan(), profile, periods, asOf);
  }

  /** @return the committee's records, not null */
  public CommitteeRecords getRecords() {
    return records;
  }

  /** @return the index of the records by id, not null */
  public RecordIndex getIndex() {
    return records.index();
  }

  /** @return the days checked: findings are about facts dated in them, not null */
  public DateRange getPeriod() {
    return period;
  }

  /**
   * Returns the calendar years a yearly duty is judged for: those the period touches, from the set's first year
   * to the year of {@link #getAsOf()}.
   *
   * @return the years, in order, not null
   */
  public List<Year> yearsChecked() {
    int first = Math.max(period.getFrom().getYear(), records.getSpan().getFrom().getYear());
    int last = Math.min(period.getTo().getYear(), asOf.getYear());
    return IntStream.rangeClosed(first, last).mapToObj(Year::of).toList();
  }

  /**
   * Returns whether the records are complete on a day: between the set's first day and {@link #getAsOf()}, so that
   * the absence of a record of that day is evidence.
   *
   * @param date  the day, not null
   * @return true if absence on that day is evidence
   */
  public boolean isComplete(LocalDate date) {
    return !date.isBefore(records.getSpan().getFrom()) && !date.isAfter(asOf);
  }

  /**
   * Returns the congress term in office on a day.
   *
   * @param date  the day, not null
   * @return the term, empty when the records have none covering the day
   */
  public Optional<CongressTerm> termOn(LocalDate date) {
    return records.termOn(date);
  }

  /** @return the jurisdiction profile, not null */
  public JurisdictionProfile getProfile() {
    return profile;
  }

  /** @return the period calculator (民法典 Arts. 200–204) with its holiday calendar, not null */
  public PeriodCalculator getPeriods() {
    return periods;
  }

  /** @return the date up to which the records are complete, never after the set's last day, not null */
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
