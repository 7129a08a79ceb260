package io.github.peoplecongress.rules.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermParticipationTargetRuleTest {
  private final TermParticipationTargetRule rule = new TermParticipationTargetRule();

  private List<Finding> evaluate(CommitteeRecords year, LocalDate asOf) {
    return rule.evaluate(Fixtures.context(year, JurisdictionProfile.national(), asOf));
  }

  @Test
  void a_deputy_who_attended_a_meeting_or_an_activity_meets_the_target() {
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1)),
            ParticipationFixtures.byElected("D-002", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1)))
        .addMeetings(ParticipationFixtures.meetingWith("M-16-05", LocalDate.of(2019, 6, 27), "D-001"))
        .addDeputyActivities(ParticipationFixtures.activity("A-1", ActivityKind.VISIT, LocalDate.of(2019, 5, 8),
            null, "D-002"))
        .build();
    assertThat(evaluate(year, LocalDate.of(2020, 12, 31))).isEmpty();
  }

  @Test
  void a_deputy_whose_whole_service_lies_in_the_year_without_participation_is_warned() {
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1)))
        .build();
    assertThat(evaluate(year, LocalDate.of(2020, 12, 31))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
  }

  @Test
  void boundary_pending_until_the_last_day_served_and_judged_from_it() {
    // terminated on 2019-09-01: the last day served is 2019-08-31
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1)))
        .build();
    assertThat(evaluate(year, LocalDate.of(2019, 8, 30))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2019, 8, 31));
      assertThat(f.getFoundEn()).isEqualTo("no committee meeting attended and no activity as of 2019-08-30");
    });
    assertThat(evaluate(year, LocalDate.of(2019, 8, 31))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getDueDate()).isEmpty();
      assertThat(f.getFactDate()).contains(LocalDate.of(2019, 8, 31));
    });
  }

  @Test
  void a_running_service_with_nothing_yet_is_pending_due_the_end_of_the_five_year_term() {
    CommitteeRecords year = ParticipationFixtures.year().addDeputies(ParticipationFixtures.deputy("D-001").build())
        .build();
    assertThat(evaluate(year, LocalDate.of(2020, 12, 31))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getRecord()).isEqualTo("Deputy D-001");
      assertThat(f.getDueDate()).contains(LocalDate.of(2021, 12, 19));
      assertThat(f.getExpectedEn()).isEqualTo("at least one committee meeting attended or one activity in the "
          + "period served in the term (2016-12-20 to 2021-12-19)");
      assertThat(f.getFoundZh()).isEqualTo("至2020-12-31尚未列席常委会会议或参加活动");
      assertThat(f.getFoundEn()).isEqualTo("no committee meeting attended and no activity as of 2020-12-31");
    });
  }

  @Test
  void ended_service_begun_before_the_records_begin_cannot_be_told() {
    CommitteeRecords year = ParticipationFixtures.year().addDeputies(ParticipationFixtures.terminated(
        ParticipationFixtures.deputy("D-001"), LocalDate.of(2019, 9, 1))).build();
    assertThat(evaluate(year, LocalDate.of(2020, 12, 31))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getFactDate()).contains(LocalDate.of(2019, 8, 31));
      assertThat(f.getMissingFacts()).containsExactly("$.deputyActivities", "$.meetings[*].nonVotingAttendance");
    });
  }

  @Test
  void the_committee_norm_applies_from_2019_01_01() {
    // a by-elected deputy whose service ended on 2019-01-01 is judged; one ending 2018-12-31 is outside the year
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2018, 12, 1), LocalDate.of(2019, 1, 1)),
            ParticipationFixtures.byElected("D-002", LocalDate.of(2018, 12, 1), LocalDate.of(2019, 1, 2)))
        .build();
    assertThat(evaluate(year, LocalDate.of(2020, 12, 31))).singleElement()
        .satisfies(f -> assertThat(f.getRecord()).isEqualTo("Deputy D-002"));
  }

  @Test
  void golden_message() {
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1)))
        .build();
    Finding finding = evaluate(year, LocalDate.of(2020, 12, 31)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[PART-001] 提示：代表任期内至少列席一次常委会会议或参加一次活动（常委会工作报告（2019）第四条第二款）Deputy D-001："
            + "应当在任期内任职期间（2019-03-01至2019-08-31）至少列席一次常委会会议或参加一次活动，实际未见列席常委会会议或参加活动的记录");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[PART-001] warning: Every deputy attends a committee meeting or an activity in the term (The committee's own "
            + "work norm (annual work report) (2019) Art. 4(2)) at Deputy D-001: expected at least one committee "
            + "meeting attended or one activity in the period served in the term (2019-03-01 to 2019-08-31) but found "
            + "no committee meeting attended and no activity recorded");
  }
}
