package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoterListPublishedInTimeRuleTest {
  private final VoterListPublishedInTimeRule rule = new VoterListPublishedInTimeRule();

  @Test
  void compliant_and_boundary_twentieth_day_before() {
    assertThat(check(rule, election(DAY))).isEmpty();
    assertThat(check(rule, election(DAY).withVoterListPublishedDate(LocalDate.of(2021, 10, 26)))).isEmpty();
  }

  @Test
  void nineteenth_day_before_is_a_violation() {
    List<Finding> findings = check(rule, election(DAY).withVoterListPublishedDate(LocalDate.of(2021, 10, 27)));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, election(DAY).withVoterListPublishedDate(LocalDate.of(2021, 10, 28))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-001] 违反规定：选民名单公布时限（选举法（2020）第二十八条）"
        + "Election E-1：应当在选举日2021-11-15的20日以前公布选民名单，即不晚于2021-10-26，实际于2021-10-28公布选民名单，晚2日");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-001] violation: Voter list published in time "
        + "(Election Law (2020) Art. 28) at Election E-1: expected the voter list published at least 20 days before "
        + "election day 2021-11-15, i.e. by 2021-10-26 but found done on 2021-10-28, 2 day(s) late");
  }

  @Test
  void missing_date_is_cannot_tell_once_due_and_nothing_before() {
    List<Finding> findings = check(rule, election(DAY).withVoterListPublishedDate(Optional.empty()));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("voterListPublishedDate");
    });
    assertThat(check(rule, LocalDate.of(2021, 10, 26), election(DAY).withVoterListPublishedDate(Optional.empty())))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).as("not yet due: pending").isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2021, 10, 26));
        });
  }

  @Test
  void law_version_switches_on_the_2020_amendment() {
    LocalDate before = LocalDate.of(2020, 10, 16);
    LocalDate on = LocalDate.of(2020, 10, 17);
    assertThat(check(rule, election(before).withVoterListPublishedDate(before.minusDays(1))).get(0).getCitation()
        .getLaw()).isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, election(on).withVoterListPublishedDate(on.minusDays(1))).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
    LocalDate before2015 = LocalDate.of(2015, 8, 28);
    assertThat(check(rule, election(before2015).withVoterListPublishedDate(before2015))).isEmpty();
  }

  @Test
  void runoffs_use_the_earlier_list() {
    assertThat(check(rule, election("E-1", DAY, ElectionKind.RUNOFF).withVoterListPublishedDate(Optional.empty()))).isEmpty();
  }
}
