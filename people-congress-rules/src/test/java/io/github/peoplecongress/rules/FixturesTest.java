package io.github.peoplecongress.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.year.CommitteeYear;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void fixture_year_is_consistent_and_yields_no_findings() {
    CommitteeYear year = Fixtures.year2019().build();
    assertThat(year.consistencyProblems()).isEmpty();
    assertThat(ComplianceChecker.of(Fixtures.context(year).getProfile()).check(year).getFindings()).isEmpty();
  }
}
