package io.github.peoplecongress.rules.meeting;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.withVacancies;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuorumRuleTest {
  private final QuorumRule rule = new QuorumRule();
  private static final LocalDate DAY = LocalDate.of(2019, 4, 26);

  @Test
  void full_attendance_is_quorate() {
    assertThat(run(rule, yearOf(2019).withMeetings(meeting("M-1", DAY).build()))).isEmpty();
  }

  @Test
  void boundary_14_of_27_is_quorate_13_is_not() {
    assertThat(run(rule, yearOf(2019).withMeetings(meeting("M-1", DAY).present(14).build()))).isEmpty();
    assertThat(run(rule, yearOf(2019).withMeetings(meeting("M-1", DAY).present(13).build()))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void vacancies_count_under_the_default_reading_but_not_under_fixed_size() {
    // 25 in office: 13 of 25 is more than half; of the fixed 27 it is not.
    var year = withVacancies(yearOf(2019), 2, LocalDate.of(2019, 1, 1))
        .withMeetings(meeting("M-1", DAY).present(13).build());
    assertThat(run(rule, year)).isEmpty();
    JurisdictionProfile fixed = JurisdictionProfile.builder("t", "测试", "test")
        .set(MeetingParameters.ALL_MEMBERS_READING, DatedSeries.of(LocalDate.of(2015, 1, 1),
            AllMembersReading.FIXED_SIZE, "test"))
        .build();
    assertThat(run(rule, year, fixed)).hasSize(1);
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, yearOf(2022).withMeetings(meeting("M-1", LocalDate.of(2022, 3, 11)).present(13).build())))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    assertThat(run(rule, yearOf(2022).withMeetings(meeting("M-1", LocalDate.of(2022, 3, 12)).present(13).build())))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void no_attendance_is_cannot_tell() {
    assertThat(run(rule, yearOf(2019).withMeetings(meeting("M-1", DAY).noAttendance().build()))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("attendance");
        });
  }

  @Test
  void golden_message() {
    List<Finding> findings = run(rule, yearOf(2019).withMeetings(meeting("M-1", DAY).present(13).build()));
    assertThat(findings.get(0).describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[MEET-002] 违反规定：常委会会议法定出席人数（地方组织法（2015）第四十六条）Meeting M-1：应当全体组成人员（当日在任的组成人员27人）"
            + "过半数即至少14人出席，实际2019-04-26出席13人");
    assertThat(findings.get(0).describe(Locale.ENGLISH)).isEqualTo(
        "[MEET-002] violation: Committee meeting quorum (Local Organic Law (2015) Art. 46) at Meeting M-1: expected "
            + "more than half of all 27 members (MEMBERS_IN_OFFICE), at least 14, present but found 13 present on "
            + "2019-04-26");
  }
}
