package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.election.VoterListObjection;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VoterListObjectionDecidedInTimeRuleTest {
  private final VoterListObjectionDecidedInTimeRule rule = new VoterListObjectionDecidedInTimeRule();

  private static VoterListObjection objection(LocalDate filed, LocalDate decided) {
    return decided == null ? VoterListObjection.builder().filedDate(filed).build()
        : VoterListObjection.builder().filedDate(filed).decidedDate(decided).build();
  }

  @Test
  void third_day_is_in_time_fourth_is_late() {
    // filed Tuesday 2021-10-26: the third day is Friday 2021-10-29
    LocalDate filed = LocalDate.of(2021, 10, 26);
    assertThat(check(rule, election(DAY).withObjections(objection(filed, LocalDate.of(2021, 10, 29))))).isEmpty();
    assertThat(check(rule, election(DAY).withObjections(objection(filed, LocalDate.of(2021, 10, 30)))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void last_day_on_a_weekend_moves_to_monday() {
    // filed Wednesday 2021-10-27: the third day is Saturday 2021-10-30, moved to Monday 2021-11-01
    LocalDate filed = LocalDate.of(2021, 10, 27);
    assertThat(check(rule, election(DAY).withObjections(objection(filed, LocalDate.of(2021, 11, 1))))).isEmpty();
  }

  @Test
  void missing_decision_is_cannot_tell_once_due() {
    LocalDate filed = LocalDate.of(2021, 10, 26);
    assertThat(check(rule, election(DAY).withObjections(objection(filed, null)))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("objections[0].decidedDate"));
    assertThat(check(rule, LocalDate.of(2021, 10, 29), election(DAY).withObjections(objection(filed, null))))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).as("not yet due: pending").isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).isPresent();
        });
  }

  @Test
  void law_version_by_filing_day() {
    LocalDate before = LocalDate.of(2020, 10, 16);
    LocalDate on = LocalDate.of(2020, 10, 17);
    LocalDate day = LocalDate.of(2020, 11, 10);
    assertThat(check(rule, election(day).withVoterListPublishedDate(before).withObjections(
        objection(before, before.plusDays(10)))).get(0).getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, election(day).withVoterListPublishedDate(before).withObjections(
        objection(on, on.plusDays(10)))).get(0)
        .getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, election(DAY).withObjections(
        objection(LocalDate.of(2021, 10, 26), LocalDate.of(2021, 11, 2)))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-002] 违反规定：选民名单申诉处理时限"
        + "（选举法（2020）第二十九条）Election E-1 objections[0]：应当自2021-10-26提出申诉起3日内作出处理决定，即不晚于"
        + "2021-10-29，实际于2021-11-02作出处理决定");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-002] violation: Voter list objection decided in "
        + "time (Election Law (2020) Art. 29) at Election E-1 objections[0]: expected a decision within 3 days of the "
        + "objection filed on 2021-10-26, i.e. by 2021-10-29 but found decided on 2021-11-02");
  }
}
