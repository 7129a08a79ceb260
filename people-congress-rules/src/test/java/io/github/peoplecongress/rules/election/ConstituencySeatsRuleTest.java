package io.github.peoplecongress.rules.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.deputy.Constituency;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConstituencySeatsRuleTest {
  private final ConstituencySeatsRule rule = new ConstituencySeatsRule();

  private static Constituency constituency(int term, int seats) {
    return Constituency.builder().id(ConstituencyId.of("C-1")).termNumber(term).name("第一选区").seats(seats).build();
  }

  private List<Finding> check(Constituency constituency, Election... elections) {
    return rule.evaluate(Fixtures.context(Fixtures.year2019().addConstituencies(constituency)
        .addElections(elections).build()));
  }

  @Test
  void one_to_three_seats() {
    assertThat(check(constituency(16, 1))).isEmpty();
    assertThat(check(constituency(16, 3))).isEmpty();
    assertThat(check(constituency(16, 4))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void law_version_by_first_election_in_the_constituency() {
    assertThat(check(constituency(17, 4), ElectionFixtures.election(LocalDate.of(2020, 10, 16)))
        .get(0).getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(constituency(17, 4), ElectionFixtures.election(LocalDate.of(2020, 10, 17)))
        .get(0).getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2020);
    // without elections: the term's first session, 2016-12-20
    assertThat(check(constituency(16, 4)).get(0).getFactDate()).contains(Fixtures.TERM_START);
  }

  @Test
  void golden_message() {
    Finding finding = check(constituency(16, 5)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-007] 违反规定：选区应选代表名额"
        + "（选举法（2015）第二十五条第二款）Constituency C-1：应当每一选区选1名至3名代表，实际第一选区应选5名");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-007] violation: Seats per constituency (Election "
        + "Law (2015) Art. 25(2)) at Constituency C-1: expected 1 to 3 deputies per constituency but found 5 seats in "
        + "第一选区");
  }
}
