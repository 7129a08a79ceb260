package io.github.peoplecongress.rules.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DirectorsMeetingCompositionRuleTest {
  private static final DirectorsMeetingCompositionRule RULE = new DirectorsMeetingCompositionRule();

  private static List<Finding> findings(LocalDate date, int... presentMembers) {
    var meeting = Meeting.builder().id(MeetingId.of("DM-1")).kind(MeetingKind.DIRECTORS).termNumber(16).number(1)
        .date(date);
    for (int n : presentMembers) {
      meeting.addAttendance(Attendance.builder().memberId(Fixtures.member(n)).status(AttendanceStatus.PRESENT).build());
    }
    return RULE.evaluate(Fixtures.context(Fixtures.year2019().addMeetings(meeting.build()).build()));
  }

  @Test
  void the_director_and_deputy_directors_comply() {
    assertThat(findings(LocalDate.of(2019, 3, 5), 1, 2, 3, 4, 5, 6)).isEmpty();
  }

  @Test
  void an_ordinary_member_listed_as_present_breaks_the_composition_with_golden_messages() {
    assertThat(findings(LocalDate.of(2019, 3, 5), 1, 2, 7)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[COMM-009] 违反规定：主任会议由主任、副主任组成（地方组织法（2015）"
          + "第四十九条）Meeting DM-1：应当出席主任会议的组成人员均为主任或副主任，实际P-007于2019-03-05不是主任或副主任，却列为主任会议组成人员出席");
      assertThat(f.describe(Locale.ENGLISH)).isEqualTo("[COMM-009] violation: Directors' meeting of the director and "
          + "deputy directors (Local Organic Law (2015) Art. 49) at Meeting DM-1: expected only the director and deputy "
          + "directors sitting as members of the directors' meeting but found P-007, not director or deputy director "
          + "on 2019-03-05, listed as present members");
    });
  }

  @Test
  void the_2022_organic_law_applies_from_2022_03_12() {
    assertThat(findings(LocalDate.of(2022, 3, 11), 7)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    assertThat(findings(LocalDate.of(2022, 3, 12), 7)).singleElement().satisfies(f -> {
      assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022);
      assertThat(f.getCitation().getArticle()).isEqualTo(54);
    });
  }

  @Test
  void a_meeting_without_attendance_cannot_be_told() {
    assertThat(findings(LocalDate.of(2019, 3, 5))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("attendance");
    });
  }
}
