package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;

/** The parameters of the participation family; none is set by national law, each default says whose it is. */
public final class ParticipationParameters {
  private ParticipationParameters() {}

  static final LocalDate DEFAULTS_FROM = LocalDate.of(1980, 1, 1);

  /** Minimum activities (列席 or organised activities) per deputy and calendar year; default 1 (library target). */
  public static final Parameter<Integer> MIN_ACTIVITIES_PER_YEAR = Parameter.of("participation.minActivitiesPerYear",
      Integer.class, "代表每年至少参加活动次数", "Minimum activities per deputy and year",
      DatedSeries.of(DEFAULTS_FROM, 1,
          "library default: the committee organises recess activities (代表法第十九条/第二十五条); one a year"));

  /** Reports to voters per deputy and calendar year; default 1 (the committee's 「每年定期回选区走访选民」). */
  public static final Parameter<Integer> REPORTS_TO_VOTERS_PER_YEAR = Parameter.of(
      "participation.reportsToVotersPerYear", Integer.class, "代表每年向原选区选民报告履职情况次数",
      "Reports to the voters per deputy and year",
      DatedSeries.of(DEFAULTS_FROM, 1, "library reading of 「定期」 (代表法第四十五条第二款/第五十八条第二款), after the "
          + "committee's own norm 「每年定期回选区走访选民」 (2019 work report)"));

  /** Minimum voters contacted per deputy and calendar year; none nationally, a local target. */
  public static final Parameter<Integer> MIN_VOTERS_CONTACTED_PER_YEAR = Parameter.of(
      "participation.minVotersContactedPerYear", Integer.class, "代表每年至少联系选民人数",
      "Minimum voters contacted per deputy and year",
      DatedSeries.none(DEFAULTS_FROM, "national law sets no number; local targets only"));

  /**
   * Days a deputy must have served in a calendar year for the yearly targets to apply; default 183 (more than half a
   * year), the library's reading of judging a deputy over the period served.
   */
  public static final Parameter<Integer> MIN_DAYS_SERVED_FOR_YEARLY_TARGETS = Parameter.of(
      "participation.minDaysServedForYearlyTargets", Integer.class, "适用年度目标所需的年内任职天数",
      "Days served in a year for the yearly targets to apply",
      DatedSeries.of(DEFAULTS_FROM, 183, "library reading: yearly targets apply to deputies who served more than "
          + "half the year"));
}
