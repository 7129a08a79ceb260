package io.github.peoplecongress.rules.meeting;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MeetingIntervalRuleTest {
  private final MeetingIntervalRule rule = new MeetingIntervalRule();

  private static List<Meeting> meetings(LocalDate... dates) {
    List<Meeting> list = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      list.add(meeting("M-" + (i + 1), dates[i]).build());
    }
    return list;
  }

  private static List<Meeting> year2019(LocalDate second) {
    return meetings(LocalDate.of(2019, 1, 10), second, LocalDate.of(2019, 5, 10), LocalDate.of(2019, 7, 10),
        LocalDate.of(2019, 9, 10), LocalDate.of(2019, 11, 8));
  }

  @Test
  void meetings_within_two_months_yield_nothing() {
    assertThat(run(rule, yearOf(2019).withMeetings(year2019(LocalDate.of(2019, 3, 11))))).isEmpty();
  }

  @Test
  void boundary_last_day_moved_past_sunday_is_in_time_and_next_day_is_late() {
    // 2019-01-10 + 2 months = 2019-03-10, a Sunday: the last day moves to Monday 2019-03-11.
    assertThat(run(rule, yearOf(2019).withMeetings(year2019(LocalDate.of(2019, 3, 11))))).isEmpty();
    List<Finding> late = run(rule, yearOf(2019).withMeetings(year2019(LocalDate.of(2019, 3, 12))));
    assertThat(late).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getRecord()).isEqualTo("Meeting M-2");
    });
  }

  @Test
  void golden_message() {
    Finding f = run(rule, yearOf(2019).withMeetings(year2019(LocalDate.of(2019, 3, 12)))).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[MEET-001] 违反规定：常委会会议每两个月至少举行一次（地方组织法（2015）第四十六条）Meeting M-2：应当在2019-01-10后2个月内"
            + "（至2019-03-11）举行下一次常委会会议，实际下一次常委会会议于2019-03-12举行");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[MEET-001] violation: Committee meets at least every two months (Local Organic Law (2015) Art. 46) at "
            + "Meeting M-2: expected the next committee meeting within 2 months of 2019-01-10 (by 2019-03-11) but "
            + "found the next committee meeting on 2019-03-12");
  }

  @Test
  void no_meeting_after_the_last_one_until_year_end() {
    List<Finding> findings = run(rule, yearOf(2019).withMeetings(meetings(LocalDate.of(2019, 1, 10),
        LocalDate.of(2019, 3, 8), LocalDate.of(2019, 5, 8), LocalDate.of(2019, 7, 8), LocalDate.of(2019, 9, 6))));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getRecord()).isEqualTo("Meeting M-5");
      assertThat(f.getFoundZh()).isEqualTo("至2019-12-31未见常委会会议记录");
    });
    // As of a day before the gap ran out, nothing yet.
    assertThat(run(rule, yearOf(2019).withMeetings(meetings(LocalDate.of(2019, 1, 10), LocalDate.of(2019, 3, 8),
        LocalDate.of(2019, 5, 8), LocalDate.of(2019, 7, 8), LocalDate.of(2019, 9, 6))), LocalDate.of(2019, 11, 6)))
        .isEmpty();
  }

  @Test
  void a_year_without_meetings_is_a_violation_once_two_months_ran_out() {
    assertThat(run(rule, yearOf(2019))).singleElement()
        .satisfies(f -> assertThat(f.getRecord()).isEqualTo("CommitteeRecords 2019"));
    assertThat(run(rule, yearOf(2019), LocalDate.of(2019, 2, 28))).isEmpty();
  }

  @Test
  void first_meeting_of_the_year_late_even_after_a_meeting_on_31_december() {
    List<Finding> findings = run(rule, yearOf(2019).withMeetings(meetings(LocalDate.of(2019, 3, 5),
        LocalDate.of(2019, 5, 5), LocalDate.of(2019, 7, 5), LocalDate.of(2019, 9, 5), LocalDate.of(2019, 11, 5))));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.getRecord()).isEqualTo("Meeting M-1"));
  }

  @Test
  void effective_date_switch_2015_to_2022() {
    List<Meeting> before = meetings(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 3, 11), LocalDate.of(2022, 6, 30));
    assertThat(run(rule, yearOf(2022).withMeetings(before), LocalDate.of(2022, 7, 1))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    List<Meeting> on = meetings(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 3, 12), LocalDate.of(2022, 6, 30));
    assertThat(run(rule, yearOf(2022).withMeetings(on), LocalDate.of(2022, 7, 1))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void uncovered_holiday_calendar_is_cannot_tell() {
    List<Finding> findings = run(rule, yearOf(2030).withMeetings(meetings(LocalDate.of(2030, 1, 10))),
        LocalDate.of(2030, 2, 1));
    assertThat(findings).isNotEmpty().allSatisfy(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("holidayCalendar");
    });
  }

  @Test
  void calendar_blocks_reading_and_ad_hoc_parameter() {
    JurisdictionProfile blocks = JurisdictionProfile.builder("t", "测试", "test")
        .set(MeetingParameters.INTERVAL_READING, DatedSeries.of(LocalDate.of(2015, 1, 1),
            IntervalReading.CALENDAR_BLOCKS, "test"))
        .build();
    List<Meeting> list = meetings(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 4, 29), LocalDate.of(2019, 5, 2),
        LocalDate.of(2019, 8, 30), LocalDate.of(2019, 9, 2), LocalDate.of(2019, 12, 30));
    assertThat(run(rule, yearOf(2019).withMeetings(list), blocks)).isEmpty();
    assertThat(run(rule, yearOf(2019).withMeetings(list))).isNotEmpty();

    Meeting adHoc = meeting("M-X", LocalDate.of(2019, 3, 1)).build();
    List<Meeting> withAdHoc = new ArrayList<>(year2019(LocalDate.of(2019, 3, 11)));
    withAdHoc.set(1, io.github.peoplecongress.model.meeting.ImmutableMeeting.copyOf(withAdHoc.get(1))
        .withDate(LocalDate.of(2019, 3, 12)));
    withAdHoc.add(io.github.peoplecongress.model.meeting.ImmutableMeeting.copyOf(adHoc).withAdHoc(true));
    assertThat(run(rule, yearOf(2019).withMeetings(withAdHoc))).isEmpty();
    JurisdictionProfile noAdHoc = JurisdictionProfile.builder("t", "测试", "test")
        .set(MeetingParameters.AD_HOC_MEETINGS_COUNT, DatedSeries.of(LocalDate.of(2015, 1, 1), false, "test"))
        .build();
    assertThat(run(rule, yearOf(2019).withMeetings(withAdHoc), noAdHoc)).hasSize(1);
  }
}
