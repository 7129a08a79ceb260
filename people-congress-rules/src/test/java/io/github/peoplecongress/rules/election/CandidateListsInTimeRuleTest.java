package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ELEC-003 and ELEC-004. */
class CandidateListsInTimeRuleTest {
  private final PreliminaryCandidateListInTimeRule preliminary = new PreliminaryCandidateListInTimeRule();
  private final FormalCandidateListInTimeRule formal = new FormalCandidateListInTimeRule();

  @Test
  void boundaries_fifteenth_and_seventh_day() {
    assertThat(check(preliminary, election(DAY).withPreliminaryListDate(LocalDate.of(2021, 10, 31)))).isEmpty();
    assertThat(check(preliminary, election(DAY).withPreliminaryListDate(LocalDate.of(2021, 11, 1))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(check(formal, election(DAY).withFormalListDate(LocalDate.of(2021, 11, 8)))).isEmpty();
    assertThat(check(formal, election(DAY).withFormalListDate(LocalDate.of(2021, 11, 9))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void missing_dates_are_cannot_tell() {
    assertThat(check(preliminary, election(DAY).withPreliminaryListDate(Optional.empty())).get(0).getMissingFacts())
        .containsExactly("preliminaryListDate");
    assertThat(check(formal, election(DAY).withFormalListDate(Optional.empty())).get(0).getMissingFacts())
        .containsExactly("formalListDate");
    assertThat(check(formal, LocalDate.of(2021, 11, 8), election(DAY).withFormalListDate(Optional.empty())))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).as("not yet due: pending").isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).isPresent();
        });
  }

  @Test
  void law_version_by_election_day() {
    LocalDate before = LocalDate.of(2020, 10, 16);
    LocalDate on = LocalDate.of(2020, 10, 17);
    assertThat(check(formal, election(before).withFormalListDate(before)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(formal, election(on).withFormalListDate(on)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(formal, election(DAY).withFormalListDate(LocalDate.of(2021, 11, 10))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-004] 违反规定：正式代表候选人名单公布时限"
        + "（选举法（2020）第三十二条第一款）Election E-1：应当在选举日2021-11-15的7日以前公布正式代表候选人名单，即不晚于2021-11-08，"
        + "实际于2021-11-10公布正式代表候选人名单，晚2日");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-004] violation: Formal candidate list published in "
        + "time (Election Law (2020) Art. 32(1)) at Election E-1: expected the formal candidate list published at "
        + "least 7 days before election day 2021-11-15, i.e. by 2021-11-08 but found done on 2021-11-10, 2 day(s) "
        + "late");
  }

  @Test
  void golden_message_preliminary() {
    Finding finding = check(preliminary, election(DAY).withPreliminaryListDate(LocalDate.of(2021, 11, 2))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-003] 违反规定：代表候选人名单公布时限"
        + "（选举法（2020）第三十二条第一款）Election E-1：应当在选举日2021-11-15的15日以前公布代表候选人名单，即不晚于2021-10-31，"
        + "实际于2021-11-02公布代表候选人名单，晚2日");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-003] violation: Preliminary candidate list "
        + "published in time (Election Law (2020) Art. 32(1)) at Election E-1: expected the preliminary candidate list "
        + "published at least 15 days before election day 2021-11-15, i.e. by 2021-10-31 but found done on "
        + "2021-11-02, 2 day(s) late");
  }
}
