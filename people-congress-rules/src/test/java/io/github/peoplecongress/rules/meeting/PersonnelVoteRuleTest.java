package io.github.peoplecongress.rules.meeting;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonnelVoteRuleTest {
  private final PersonnelVoteRule rule = new PersonnelVoteRule();

  static CommitteeRecords year(LocalDate date, VoteTally vote, ActingBody body) {
    var action = PersonnelAction.builder().id(PersonnelActionId.of("PA-1")).personId(PersonId.of("P-900"))
        .kind(PersonnelActionKind.APPOINTMENT).postCategory(PostCategory.STATE_FUNCTIONARY).postTitle("区人民法院审判员")
        .organizationId(Fixtures.COURT).decidedBy(body).decisionDate(date);
    if (vote != null) {
      action.voteTally(vote);
    }
    var base = yearOf(date.getYear());
    var people = new ArrayList<>(base.getPeople());
    people.add(Person.builder().id(PersonId.of("P-900")).name("审判员甲")
        .gender(io.github.peoplecongress.model.code.Gender.MALE)
        .ethnicity(io.github.peoplecongress.model.code.Ethnicity.HAN).build());
    return base.withPeople(people).withPersonnelActions(action.build());
  }

  @Test
  void majority_of_all_members_passes() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(22, 0, 0, 0), ActingBody.STANDING_COMMITTEE)))
        .isEmpty();
  }

  @Test
  void boundary_and_violation() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(14, 0, 0, 0), ActingBody.STANDING_COMMITTEE)))
        .isEmpty();
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(13, 0, 0, 0), ActingBody.STANDING_COMMITTEE)))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void other_bodies_are_outside_the_rule() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(1, 0, 0, 0), ActingBody.CONGRESS))).isEmpty();
  }

  @Test
  void missing_tally_is_cannot_tell() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), null, ActingBody.STANDING_COMMITTEE))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("voteTally");
        });
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, year(LocalDate.of(2022, 3, 11), VoteTally.of(13, 0, 0, 0), ActingBody.STANDING_COMMITTEE)))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    assertThat(run(rule, year(LocalDate.of(2022, 3, 12), VoteTally.of(13, 0, 0, 0), ActingBody.STANDING_COMMITTEE)))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2019, 4, 26), null, ActingBody.STANDING_COMMITTEE)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[MEET-004] 无法判断：人事任免以全体组成人员过半数通过（地方组织法（2015）第四十六条）PersonnelAction PA-1：应当以全体组成人员"
            + "（当日在任的组成人员27人）的过半数即至少14票赞成通过，实际宣布通过，但未记录表决结果（缺少：voteTally）");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[MEET-004] cannot tell: Personnel actions adopted by a majority of all members (Local Organic Law (2015) "
            + "Art. 46) at PersonnelAction PA-1: expected adoption by more than half of all 27 members "
            + "(MEMBERS_IN_OFFICE), at least 14 votes for but found declared adopted, but no tally recorded "
            + "(missing: voteTally)");
  }
}
