package io.github.peoplecongress.rules;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a committee's records over a period against every rule of the catalogue, under one jurisdiction profile:
 * <pre>
 * ComplianceReport report = ComplianceChecker.of(Profiles.BEIJING).check(records, WorkPeriod.parse("2019"));
 * report.findings(Severity.VIOLATION).forEach(f -&gt; log.warn(f.describe(Locale.CHINA)));
 * </pre>
 *
 * <p>The clock and the records' span decide only how far the records reach (an unanswered suggestion is overdue only
 * once its period has run out, and pending before); the law applied is the law in force on the date of each fact.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; {@code with…} methods return copies.
 */
public final class ComplianceChecker {
  private final JurisdictionProfile profile;
  private final List<Rule> rules;
  private final PeriodCalculator periods;
  private final Clock clock;

  private ComplianceChecker(JurisdictionProfile profile, List<Rule> rules, PeriodCalculator periods, Clock clock) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.rules = List.copyOf(rules);
    this.periods = Objects.requireNonNull(periods, "periods");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns a checker with every catalogued rule, the official holiday calendar and the system clock in China Standard
   * Time ({@code Asia/Shanghai}), so that "today" is the date in China wherever the host runs.
   *
   * @param profile  the jurisdiction profile, not null
   * @return the checker, not null
   */
  public static ComplianceChecker of(JurisdictionProfile profile) {
    return new ComplianceChecker(profile, RuleCatalogue.rules(), PeriodCalculator.china(),
        Clock.system(ZoneId.of("Asia/Shanghai")));
  }

  /**
   * Returns a copy that reads "today" from the given clock.
   *
   * @param clock  the clock, not null
   * @return the copy, not null
   */
  public ComplianceChecker withClock(Clock clock) {
    return new ComplianceChecker(profile, rules, periods, clock);
  }

  /**
   * Returns a copy that uses the given period calculator, for a local holiday calendar or another reading of
   * 民法典 Art. 203.
   *
   * @param periods  the calculator, not null
   * @return the copy, not null
   */
  public ComplianceChecker withPeriods(PeriodCalculator periods) {
    return new ComplianceChecker(profile, rules, periods, clock);
  }

  /**
   * Returns a copy that evaluates only the given rules, such as one family in a host's unit test.
   *
   * @param rules  the rules, not null
   * @return the copy, not null
   */
  public ComplianceChecker withRules(List<? extends Rule> rules) {
    return new ComplianceChecker(profile, new ArrayList<>(rules), periods, clock);
  }

  /** @return the rules evaluated, in id order, not null */
  public List<Rule> getRules() {
    return rules;
  }

  /**
   * Checks the latest calendar year of a set of records: the year of its as-of date.
   *
   * @param records  the records, not null
   * @return the report of every finding about facts of that year, not null
   */
  public ComplianceReport check(CommitteeRecords records) {
    return check(records, WorkPeriod.latestYear(records));
  }

  /**
   * Checks a period of a set of records: a year, a term or a range of days. Findings are about facts dated in the
   * period, but every rule reads the whole set, so that a deadline running past the period's end is judged from later
   * records and a look-back uses earlier ones. The records are complete up to the earlier of their span's last day
   * and today by this checker's clock.
   *
   * @param records  the records, not null
   * @param period  the period, not null
   * @return the report of every finding, with what is still pending apart, not null
   * @throws IllegalArgumentException if the period is a term the records do not have
   */
  public ComplianceReport check(CommitteeRecords records, WorkPeriod period) {
    DateRange days = period.resolve(records);
    RuleContext context = new RuleContext(records, days, profile, periods, LocalDate.now(clock));
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      for (Finding finding : rule.evaluate(context)) {
        if (finding.getFactDate().map(days::contains).orElse(true)) {
          findings.add(finding);
        }
      }
    }
    String subject = records.getDistrict().getName() + " " + period;
    return new ComplianceReport(subject, profile.getId(), findings);
  }
}
