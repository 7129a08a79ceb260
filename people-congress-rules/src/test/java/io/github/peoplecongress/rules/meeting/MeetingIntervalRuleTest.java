package io.github.peoplecongress.rules.meeting;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
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

  private static final LocalDate YEAR_END = LocalDate.of(2019, 12, 31);

  private static List<Finding> of(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.getSeverity() == severity).toList();
  }

  private static List<Meeting> year2019(LocalDate second) {
    return meetings(LocalDate.of(2019, 1, 10), second, LocalDate.of(2019, 5, 10), LocalDate.of(2019, 7, 10),
        LocalDate.of(2019, 9, 10), LocalDate.of(2019, 11, 8));
  }

  @Test
  void meetings_within_two_months_yield_only_the_last_gap_pending_with_its_last_day() {
    assertThat(run(rule, yearOf(2019).withMeetings(year2019(LocalDate.of(2019, 3, 11))), YEAR_END)).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getRecord()).isEqualTo("Meeting M-6");
          assertThat(f.getFactDate()).contains(LocalDate.of(2019, 11, 8));
          assertThat(f.getDueDate()).contains(LocalDate.of(2020, 1, 8));
          assertThat(f.getFoundZh()).isEqualTo("至2019-12-31尚未举行下一次常委会会议");
          assertThat(f.getFoundEn()).isEqualTo("no later committee meeting yet as of 2019-12-31");
        });
  }

  @Test
  void boundary_last_day_moved_past_sunday_is_in_time_and_next_day_is_late() {
    // 2019-01-10 + 2 months = 2019-03-10, a Sunday: the last day moves to Monday 2019-03-11.
    assertThat(of(run(rule, yearOf(2019).withMeetings(year2019(LocalDate.of(2019, 3, 11))), YEAR_END),
        Severity.VIOLATION)).isEmpty();
    List<Finding> late = of(run(rule, yearOf(2019).withMeetings(year2019(LocalDate.of(2019, 3, 12))), YEAR_END),
        Severity.VIOLATION);
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
  void no_meeting_after_the_last_one_is_pending_up_to_the_last_day_and_a_violation_the_day_after() {
    var year = yearOf(2019).withMeetings(meetings(LocalDate.of(2019, 1, 10), LocalDate.of(2019, 3, 8),
        LocalDate.of(2019, 5, 8), LocalDate.of(2019, 7, 8), LocalDate.of(2019, 9, 6)));
    // two months from 2019-09-06 end on Wednesday 2019-11-06
    assertThat(run(rule, year, LocalDate.of(2019, 11, 6))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getRecord()).isEqualTo("Meeting M-5");
      assertThat(f.getDueDate()).contains(LocalDate.of(2019, 11, 6));
      assertThat(f.getFoundEn()).isEqualTo("no later committee meeting yet as of 2019-11-06");
    });
    assertThat(run(rule, year, LocalDate.of(2019, 11, 7))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getRecord()).isEqualTo("Meeting M-5");
      assertThat(f.getFoundZh()).isEqualTo("至2019-11-07未见常委会会议记录");
    });
    assertThat(run(rule, year, YEAR_END)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundZh()).isEqualTo("至2019-12-31未见常委会会议记录");
    });
  }

  @Test
  void records_without_meetings_are_pending_for_two_months_then_a_violation_dated_their_first_day() {
    // two months from 2018-12-31, the day before the records begin, end on 2019-02-28
    assertThat(run(rule, yearOf(2019), LocalDate.of(2019, 2, 28))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getRecord()).isEqualTo("CommitteeRecords 2019-01-01..2019-02-28");
      assertThat(f.getFactDate()).contains(LocalDate.of(2019, 1, 1));
      assertThat(f.getDueDate()).contains(LocalDate.of(2019, 2, 28));
    });
    assertThat(run(rule, yearOf(2019), LocalDate.of(2019, 3, 1))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFactDate()).contains(LocalDate.of(2019, 1, 1));
      assertThat(f.getFoundEn()).isEqualTo("no committee meeting recorded up to 2019-03-01");
    });
    assertThat(run(rule, yearOf(2019), YEAR_END)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getRecord()).isEqualTo("CommitteeRecords 2019-01-01..2019-12-31");
    });
  }

  @Test
  void first_meeting_late_even_after_a_meeting_on_the_day_before_the_records_begin() {
    List<Finding> findings = run(rule, yearOf(2019).withMeetings(meetings(LocalDate.of(2019, 3, 5),
        LocalDate.of(2019, 5, 5), LocalDate.of(2019, 7, 5), LocalDate.of(2019, 9, 5), LocalDate.of(2019, 11, 5))),
        YEAR_END);
    assertThat(of(findings, Severity.VIOLATION)).singleElement().satisfies(f -> {
      assertThat(f.getRecord()).isEqualTo("Meeting M-1");
      assertThat(f.getFactDate()).contains(LocalDate.of(2019, 1, 1));
      assertThat(f.getExpectedEn()).isEqualTo("the next committee meeting within 2 months of 2018-12-31 (the day "
          + "before the records begin, the latest possible previous meeting) (by 2019-02-28)");
    });
    // 2019-11-05 + 2 months = Sunday 2020-01-05, moved to Monday 2020-01-06
    assertThat(of(findings, Severity.PENDING)).singleElement().satisfies(f -> {
      assertThat(f.getRecord()).isEqualTo("Meeting M-5");
      assertThat(f.getDueDate()).contains(LocalDate.of(2020, 1, 6));
    });
  }

  @Test
  void effective_date_switch_2015_to_2022_by_the_day_the_gap_starts() {
    List<Meeting> before = meetings(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 3, 11), LocalDate.of(2022, 6, 30));
    List<Finding> beforeFindings = run(rule, yearOf(2022).withMeetings(before), LocalDate.of(2022, 7, 1));
    assertThat(of(beforeFindings, Severity.VIOLATION)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    List<Meeting> on = meetings(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 3, 12), LocalDate.of(2022, 6, 30));
    assertThat(of(run(rule, yearOf(2022).withMeetings(on), LocalDate.of(2022, 7, 1)), Severity.VIOLATION))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
    // the gap after 2022-06-30 still runs on 2022-07-01: pending under the 2022 text
    assertThat(of(beforeFindings, Severity.PENDING)).singleElement().satisfies(f -> {
      assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022);
      assertThat(f.getDueDate()).contains(LocalDate.of(2022, 8, 30));
    });
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
    assertThat(of(run(rule, yearOf(2019).withMeetings(withAdHoc), YEAR_END), Severity.VIOLATION)).isEmpty();
    JurisdictionProfile noAdHoc = JurisdictionProfile.builder("t", "测试", "test")
        .set(MeetingParameters.AD_HOC_MEETINGS_COUNT, DatedSeries.of(LocalDate.of(2015, 1, 1), false, "test"))
        .build();
    assertThat(of(rule.evaluate(Fixtures.context(yearOf(2019).withMeetings(withAdHoc), noAdHoc, YEAR_END)),
        Severity.VIOLATION)).singleElement().satisfies(f -> assertThat(f.getRecord()).isEqualTo("Meeting M-2"));
  }
}
