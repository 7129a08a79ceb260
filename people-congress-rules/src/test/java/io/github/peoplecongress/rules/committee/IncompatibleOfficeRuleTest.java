package io.github.peoplecongress.rules.committee;

import static io.github.peoplecongress.rules.committee.CommitteeTestSupport.endMembership;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IncompatibleOfficeRuleTest {
  private final IncompatibleOfficeRule rule = new IncompatibleOfficeRule();

  static ImmutableCommitteeRecords year(LocalDate date, OrganizationId organization, String post) {
    return yearOf(date.getYear()).withPersonnelActions(PersonnelAction.builder().id(PersonnelActionId.of("PA-1"))
        .personId(Fixtures.member(10)).kind(PersonnelActionKind.APPOINTMENT)
        .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle(post).organizationId(organization)
        .decidedBy(ActingBody.STANDING_COMMITTEE).decisionDate(date).build());
  }

  @Test
  void a_member_who_resigned_that_day_may_take_the_post() {
    assertThat(run(rule, endMembership(year(LocalDate.of(2019, 4, 26), Fixtures.COURT, "审判员"), 10,
        LocalDate.of(2019, 4, 26)))).isEmpty();
  }

  @Test
  void a_member_in_office_taking_a_court_post_is_a_violation() {
    assertThat(run(rule, endMembership(year(LocalDate.of(2019, 4, 26), Fixtures.COURT, "审判员"), 10,
        LocalDate.of(2019, 4, 27)))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void supervisory_commission_only_from_the_2018_constitution() {
    assertThat(run(rule, year(LocalDate.of(2018, 3, 10), Fixtures.SUPERVISORY_COMMISSION, "委员"))).isEmpty();
    assertThat(run(rule, year(LocalDate.of(2018, 3, 11), Fixtures.SUPERVISORY_COMMISSION, "委员"))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.CONSTITUTION_2018));
    assertThat(run(rule, year(LocalDate.of(2022, 3, 12), Fixtures.SUPERVISORY_COMMISSION, "委员"))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void posts_outside_the_state_organs_are_outside_the_rule() {
    // No fact can be missing here: an action always names its organisation; an unknown organisation is not a post in
    // a state organ as far as the records show, so there is no cannot-tell case.
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), OrganizationId.of("ORG-UNKNOWN"), "顾问"))).isEmpty();
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2019, 4, 26), Fixtures.COURT, "审判员")).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[COMM-007] 违反规定：常委会组成人员不得担任国家机关职务（宪法（2018）第一百零三条第三款）PersonnelAction PA-1："
            + "应当担任人民法院职务前辞去常务委员会的职务，实际2019-04-26担任审判员时仍为常委会组成人员P-010");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[COMM-007] violation: Committee members may not hold state-organ posts (Constitution of the PRC (2018) "
            + "Art. 103(3)) at PersonnelAction PA-1: expected resignation from the committee before taking a post in "
            + "the court but found P-010 still a committee member on 2019-04-26 when taking the post");
  }
}
