package io.github.peoplecongress.examples.embedding;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checking a year inside a host's service: one checker per profile, built once and shared (it is immutable and
 * thread-safe), with the host's clock.
 */
public final class ComplianceService {
  private final ComplianceChecker checker;

  /**
   * Creates the service.
   *
   * @param clock  the host's clock, which decides how far the records reach, not null
   */
  public ComplianceService(Clock clock) {
    // README:service
    this.checker = ComplianceChecker.of(Profiles.BEIJING).withClock(clock);
    // README:end
  }

  /**
   * Returns the lines a clerk acts on: every violation and every "cannot tell", in Chinese.
   *
   * @param year  the year, not null
   * @return the lines, sorted by rule and record, not null
   */
  public List<String> actionItems(CommitteeRecords year) {
    // README:service-use
    ComplianceReport report = checker.check(year);
    return report.getFindings().stream()
        .filter(f -> f.getSeverity() != Severity.WARNING)
        .map(f -> f.describe(Locale.SIMPLIFIED_CHINESE))
        .collect(Collectors.toList());
    // README:end
  }

  /**
   * Returns the findings of one rule family, such as {@code "OATH"}.
   *
   * @param year  the year, not null
   * @param prefix  the rule id prefix, not null
   * @return the findings, not null
   */
  public List<Finding> family(CommitteeRecords year, String prefix) {
    return checker.check(year).getFindings().stream().filter(f -> f.getRuleId().startsWith(prefix + "-"))
        .collect(Collectors.toList());
  }
}
