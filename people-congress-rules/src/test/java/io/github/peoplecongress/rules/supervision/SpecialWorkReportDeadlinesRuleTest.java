package io.github.peoplecongress.rules.supervision;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.period.BeforeReading;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpecialWorkReportDeadlinesRuleTest {
  private final SpecialWorkReportDeadlinesRule rule = new SpecialWorkReportDeadlinesRule();

  static CommitteeRecords year(LocalDate meetingDay, StateOrgan organ, LocalDate draft, LocalDate submitted,
      LocalDate distributed) {
    var r = report("WR-1", WorkReportKind.SPECIAL_WORK, organ, meetingDay);
    if (draft != null) {
      r.draftSentForCommentDate(draft);
    }
    if (submitted != null) {
      r.submittedDate(submitted);
    }
    if (distributed != null) {
      r.distributedToMembersDate(distributed);
    }
    return yearOf(meetingDay.getYear()).withMeetings(meeting("M-1", meetingDay).build()).withWorkReports(r.build());
  }

  private static final LocalDate T = LocalDate.of(2019, 4, 26);

  @Test
  void exactly_20_10_7_days_before_is_in_time() {
    assertThat(run(rule, year(T, StateOrgan.COURT, LocalDate.of(2019, 4, 6), LocalDate.of(2019, 4, 16),
        LocalDate.of(2019, 4, 19)))).isEmpty();
  }

  @Test
  void one_day_later_is_late_for_each_step() {
    var findings = run(rule, year(T, StateOrgan.COURT, LocalDate.of(2019, 4, 7), LocalDate.of(2019, 4, 17),
        LocalDate.of(2019, 4, 20)));
    assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void clear_days_reading_moves_the_latest_day() {
    var year = year(T, StateOrgan.COURT, LocalDate.of(2019, 4, 6), LocalDate.of(2019, 4, 15),
        LocalDate.of(2019, 4, 18));
    var strict = new RuleContext(year, JurisdictionProfile.national(),
        PeriodCalculator.china().withBeforeReading(BeforeReading.N_CLEAR_DAYS), LocalDate.of(2020, 12, 31));
    assertThat(rule.evaluate(strict)).singleElement()
        .satisfies(f -> assertThat(f.getExpectedZh()).contains("至迟2019-04-05"));
  }

  @Test
  void missing_dates_are_one_cannot_tell() {
    assertThat(run(rule, year(T, StateOrgan.GOVERNMENT, LocalDate.of(2019, 4, 6), null, null))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("submittedDate", "distributedToMembersDate");
          assertThat(f.getExpectedZh()).isEqualTo("在2019-04-26会议的10日前（至迟2019-04-16）修改后送交常务委员会；"
              + "7日前（至迟2019-04-19）由常委会办事机构发给组成人员");
          assertThat(f.getExpectedEn()).isEqualTo("the revised report sent to the committee 10 days (by 2019-04-16); "
              + "distributed to the members by the committee's office 7 days (by 2019-04-19) before the meeting of "
              + "2019-04-26");
        });
  }

  @Test
  void supervisory_commission_only_from_2024_and_switch() {
    LocalDate before = LocalDate.of(2024, 11, 7);
    LocalDate on = LocalDate.of(2024, 11, 8);
    assertThat(run(rule, year(before, StateOrgan.SUPERVISORY_COMMISSION, before, before, before))).isEmpty();
    assertThat(run(rule, year(on, StateOrgan.SUPERVISORY_COMMISSION, on, on, on))).hasSize(3)
        .allSatisfy(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
    assertThat(run(rule, year(before, StateOrgan.COURT, before, before, before))).hasSize(3)
        .allSatisfy(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(T, StateOrgan.COURT, LocalDate.of(2019, 4, 7), LocalDate.of(2019, 4, 16),
        LocalDate.of(2019, 4, 19))).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUPV-001] 违反规定：专项工作报告的送交时限（监督法（2006）第十二条）WorkReport WR-1：应当在2019-04-26会议的20日前"
            + "（至迟2019-04-06）送交有关专门委员会或者工作机构征求意见，实际2019-04-07送交有关专门委员会或者工作机构征求意见");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[SUPV-001] violation: Special work report submission deadlines (Supervision Law (2006) Art. 12) at "
            + "WorkReport WR-1: expected sent to the special committee or working body for comment 20 days before the "
            + "meeting of 2019-04-26 (by 2019-04-06) but found sent to the special committee or working body for "
            + "comment on 2019-04-07");
  }
}
