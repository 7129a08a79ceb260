package io.github.peoplecongress.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.records.CommitteeRecords;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void fixture_year_is_consistent() {
    assertThat(Fixtures.year2019().build().consistencyProblems()).isEmpty();
  }

  @Test
  void a_complete_year_without_meetings_or_fiscal_reports_breaks_exactly_the_rules_that_require_them() {
    CommitteeRecords empty = Fixtures.year2019().build();
    ComplianceReport report = ComplianceChecker.of(Fixtures.context(empty).getProfile())
        .withClock(java.time.Clock.fixed(java.time.Instant.parse("2020-12-31T00:00:00Z"), java.time.ZoneOffset.UTC))
        .check(empty);
    assertThat(report.getFindings()).extracting(f -> f.getRuleId() + " " + f.getSeverity()).containsExactly(
        "BUDG-001 VIOLATION",   // no final accounts heard in June–September
        "BUDG-003 VIOLATION",   // no budget execution report in June–September
        "MEET-001 VIOLATION");  // no committee meeting at all, so none every two months
  }
}
