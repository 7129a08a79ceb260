package io.github.peoplecongress.rules.committee;

import static io.github.peoplecongress.rules.committee.CommitteeTestSupport.addMembership;
import static io.github.peoplecongress.rules.committee.CommitteeTestSupport.endMembership;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MembersWithinSizeRuleTest {
  private final MembersWithinSizeRule rule = new MembersWithinSizeRule();

  private static CommitteeMembership extra(LocalDate start) {
    return CommitteeMembership.builder().id(MembershipId.of("M-028")).personId(PersonId.of("P-028"))
        .role(CommitteeRole.MEMBER).startDate(start).build();
  }

  @Test
  void full_committee_is_within_size() {
    assertThat(run(rule, yearOf(2019))).isEmpty();
  }

  @Test
  void a_28th_member_is_a_violation_from_the_day_elected() {
    assertThat(run(rule, addMembership(yearOf(2019), extra(LocalDate.of(2019, 5, 1))))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getFactDate()).contains(LocalDate.of(2019, 5, 1));
        });
  }

  @Test
  void boundary_successor_elected_the_day_the_predecessor_left() {
    var year = endMembership(addMembership(yearOf(2019), extra(LocalDate.of(2019, 5, 1))), 27,
        LocalDate.of(2019, 5, 1));
    assertThat(run(rule, year)).isEmpty();
    var late = endMembership(addMembership(yearOf(2019), extra(LocalDate.of(2019, 5, 1))), 27,
        LocalDate.of(2019, 5, 2));
    assertThat(run(rule, late)).hasSize(1);
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, addMembership(yearOf(2022), extra(LocalDate.of(2022, 3, 11))))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    assertThat(run(rule, addMembership(yearOf(2022), extra(LocalDate.of(2022, 3, 12))))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void an_excess_carried_into_the_year_is_reported_on_1_january() {
    // No fact is ever missing for this rule (memberships always carry a start date), so there is no cannot-tell case.
    assertThat(run(rule, addMembership(yearOf(2019), extra(LocalDate.of(2018, 6, 1))))).singleElement()
        .satisfies(f -> assertThat(f.getFactDate()).contains(LocalDate.of(2019, 1, 1)));
  }

  @Test
  void golden_message() {
    var f = run(rule, addMembership(yearOf(2019), extra(LocalDate.of(2019, 5, 1)))).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[COMM-002] 违反规定：在任组成人员不超过本届名额（地方组织法（2015）第四十一条）CongressTerm 16：应当在任组成人员不超过本届名额27人，"
            + "实际2019-05-01在任28人");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[COMM-002] violation: Members in office within the fixed size (Local Organic Law (2015) Art. 41) at "
            + "CongressTerm 16: expected no more members in office than the fixed size of 27 but found 28 members in "
            + "office on 2019-05-01");
  }
}
