package io.github.peoplecongress.rules.supervision;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.henan;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.opinion;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpinionForwardingRuleTest {
  private final OpinionForwardingRule rule = new OpinionForwardingRule();

  static CommitteeRecords year(WorkReportKind kind, LocalDate meetingDay, LocalDate sent, boolean withMeeting) {
    var year = yearOf(meetingDay.getYear())
        .withWorkReports(report("WR-1", kind, StateOrgan.GOVERNMENT, meetingDay).build())
        .withOpinions(opinion("WR-1", sent).build());
    return withMeeting ? year.withMeetings(meeting("M-1", meetingDay).build()) : year;
  }

  private static final LocalDate MEETING = LocalDate.of(2019, 6, 26);

  @Test
  void forwarded_on_the_last_day_moved_past_the_weekend() {
    // 2019-06-26 + 10 days = 2019-07-06, a Saturday: the last day moves to Monday 2019-07-08.
    assertThat(run(rule, year(WorkReportKind.AUDIT, MEETING, LocalDate.of(2019, 7, 8), true), henan())).isEmpty();
  }

  @Test
  void boundary_a_day_late() {
    assertThat(run(rule, year(WorkReportKind.AUDIT, MEETING, LocalDate.of(2019, 7, 9), true), henan()))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void national_law_and_special_reports_set_no_forwarding_period() {
    assertThat(run(rule, year(WorkReportKind.AUDIT, MEETING, LocalDate.of(2019, 9, 9), true))).isEmpty();
    assertThat(run(rule, year(WorkReportKind.SPECIAL_WORK, MEETING, LocalDate.of(2019, 9, 9), true), henan()))
        .isEmpty();
  }

  @Test
  void meeting_not_found_is_cannot_tell() {
    assertThat(run(rule, year(WorkReportKind.AUDIT, MEETING, LocalDate.of(2019, 7, 9), false), henan()))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("meetingId");
        });
  }

  @Test
  void henan_measures_apply_from_2015_09_26() {
    assertThat(run(rule, year(WorkReportKind.AUDIT, LocalDate.of(2015, 9, 25), LocalDate.of(2015, 10, 30), true),
        henan())).isEmpty();
    assertThat(run(rule, year(WorkReportKind.AUDIT, LocalDate.of(2015, 9, 26), LocalDate.of(2015, 10, 30), true),
        henan())).hasSize(1);
  }

  @Test
  void golden_message() {
    var f = run(rule, year(WorkReportKind.AUDIT, MEETING, LocalDate.of(2019, 7, 9), true), henan()).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUPV-004] 违反规定：审议意见的交办期限（河南省实施监督法办法（2015）第三十条第二款）DeliberationOpinion OP-1："
            + "应当在2019-06-26闭会后10日内（至2019-07-08）交办审议意见，实际2019-07-09交办");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[SUPV-004] violation: Forwarding deliberation opinions after the meeting (Henan Measures Implementing the "
            + "Supervision Law (2015) Art. 30(2)) at DeliberationOpinion OP-1: expected the opinions forwarded within "
            + "10 days after the meeting closed on 2019-06-26 (by 2019-07-08) but found forwarded on 2019-07-09");
  }
}
