package io.github.peoplecongress.rules.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.appraisal.ImmutableAppraisalVote;
import io.github.peoplecongress.model.appraisal.ImmutableWorkAppraisal;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tests of APPR-006 (rectification report) and APPR-007 (repeated report at the next meeting) under "anhui". */
class AppraisalConsequencesTest {
  private final AppraisalRectificationReportRule rectify = new AppraisalRectificationReportRule();
  private final AppraisalReReportAtNextMeetingRule reReport = new AppraisalReReportAtNextMeetingRule();
  private static final LocalDate YEAR_END = LocalDate.of(2019, 12, 31);

  private static WorkAppraisal graded(SatisfactionGrade grade, SatisfactionTally tally, LocalDate date) {
    return AppraisalFixtures.withVote(ImmutableAppraisalVote.copyOf(AppraisalFixtures.vote().build())
        .withTally(tally).withDeclaredResult(grade).withDate(date));
  }

  private static WorkAppraisal basic() {
    return graded(SatisfactionGrade.BASICALLY_SATISFIED, SatisfactionTally.of(8, 10, 3, 1),
        AppraisalFixtures.VOTE_DATE);
  }

  private static WorkAppraisal dissatisfied() {
    return graded(SatisfactionGrade.DISSATISFIED, SatisfactionTally.of(3, 5, 13, 1), AppraisalFixtures.VOTE_DATE);
  }

  private static List<Finding> anhui(io.github.peoplecongress.rules.Rule rule, WorkAppraisal appraisal,
      LocalDate asOf) {
    return AppraisalFixtures.evaluate(rule, appraisal, AppraisalFixtures.anhui(), asOf);
  }

  @Test
  void nationally_no_consequence() {
    assertThat(AppraisalFixtures.evaluate(rectify, basic())).isEmpty();
    assertThat(AppraisalFixtures.evaluate(reReport, dissatisfied())).isEmpty();
  }

  @Test
  void basically_satisfied_with_a_rectification_report_passes_without_it_warns_at_year_end() {
    WorkAppraisal reported = ImmutableWorkAppraisal.copyOf(basic()).withRectificationReportDate(
        java.util.Optional.of(LocalDate.of(2019, 10, 30)));
    assertThat(anhui(rectify, reported, YEAR_END)).isEmpty();
    assertThat(anhui(rectify, basic(), YEAR_END.minusDays(1))).isEmpty();
    assertThat(anhui(rectify, basic(), YEAR_END)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
  }

  @Test
  void dissatisfied_re_reported_at_the_next_meeting_passes() {
    WorkAppraisal ok = ImmutableWorkAppraisal.copyOf(dissatisfied())
        .withReReportMeetingId(AppraisalFixtures.NEXT_MEETING).withReReportDate(LocalDate.of(2019, 8, 29));
    assertThat(anhui(reReport, ok, YEAR_END)).isEmpty();
  }

  @Test
  void dissatisfied_re_reported_at_a_later_meeting_is_a_violation() {
    WorkAppraisal late = ImmutableWorkAppraisal.copyOf(dissatisfied())
        .withReReportMeetingId(AppraisalFixtures.LATER_MEETING);
    assertThat(anhui(reReport, late, YEAR_END)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void boundary_not_re_reported_is_due_on_the_day_of_the_next_meeting() {
    assertThat(anhui(reReport, dissatisfied(), LocalDate.of(2019, 8, 28))).isEmpty();
    assertThat(anhui(reReport, dissatisfied(), LocalDate.of(2019, 8, 29))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void no_later_meeting_in_the_year_cannot_be_told_after_the_year() {
    WorkAppraisal lastMeeting = ImmutableWorkAppraisal.copyOf(dissatisfied()).withVote(ImmutableAppraisalVote
        .copyOf(dissatisfied().getVote().get()).withMeetingId(AppraisalFixtures.LATER_MEETING)
        .withDate(LocalDate.of(2019, 10, 30)));
    assertThat(anhui(reReport, lastMeeting, YEAR_END)).isEmpty();
    assertThat(anhui(reReport, lastMeeting, LocalDate.of(2020, 3, 1))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("reReportMeetingId");
    });
  }

  @Test
  void anhui_applies_from_2013_07_30() {
    WorkAppraisal before = graded(SatisfactionGrade.DISSATISFIED, SatisfactionTally.of(3, 5, 13, 1),
        LocalDate.of(2013, 7, 29));
    WorkAppraisal on = graded(SatisfactionGrade.DISSATISFIED, SatisfactionTally.of(3, 5, 13, 1),
        LocalDate.of(2013, 7, 30));
    assertThat(anhui(reReport, before, YEAR_END)).isEmpty();
    assertThat(anhui(reReport, on, YEAR_END)).hasSize(1);
  }

  @Test
  void golden_message() {
    Finding finding = anhui(reReport, dissatisfied(), YEAR_END).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-007] 违反规定：测评不满意的在下一次常委会会议上重作报告（安徽省满意度测评暂行办法（草案）（2013）第一条）"
            + "WorkAppraisal APR-2019-01：应当测评结果为“不满意”（2019-06-27），在下一次常委会会议（M-16-06，2019-08-29）上重作报告，"
            + "实际下一次常委会会议已于2019-08-29举行，未见重作报告");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-007] violation: Report again at the next meeting after a dissatisfied result (Anhui Interim Measures "
            + "on Satisfaction Votes (draft) (2013) Art. 1) at WorkAppraisal APR-2019-01: expected a repeated report at "
            + "the next committee meeting (M-16-06, 2019-08-29) after the result 'dissatisfied' (2019-06-27) but found "
            + "no repeated report although the next meeting was held on 2019-08-29");
  }
}
