package io.github.peoplecongress.rules.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.appraisal.ImmutableAppraisalVote;
import io.github.peoplecongress.model.appraisal.ImmutableWorkAppraisal;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
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
  void basically_satisfied_with_a_rectification_report_passes_without_it_is_pending_until_year_end_then_warns() {
    WorkAppraisal reported = ImmutableWorkAppraisal.copyOf(basic()).withRectificationReportDate(
        java.util.Optional.of(LocalDate.of(2019, 10, 30)));
    assertThat(anhui(rectify, reported, YEAR_END)).isEmpty();
    assertThat(anhui(rectify, basic(), YEAR_END.minusDays(1))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(YEAR_END);
      assertThat(f.getFactDate()).contains(AppraisalFixtures.VOTE_DATE);
      assertThat(f.getFoundZh()).isEqualTo("至2019-12-30未见整改情况报告");
      assertThat(f.getFoundEn()).isEqualTo("no rectification report as of 2019-12-30");
    });
    assertThat(anhui(rectify, basic(), YEAR_END)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getDueDate()).isEmpty();
    });
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
  void boundary_not_re_reported_is_pending_before_the_next_meeting_and_a_violation_on_its_day() {
    assertThat(anhui(reReport, dissatisfied(), LocalDate.of(2019, 8, 28))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).isEmpty();
      assertThat(f.getExpectedEn()).isEqualTo("a repeated report at the next committee meeting (M-16-06, 2019-08-29) "
          + "after the result 'dissatisfied' (2019-06-27)");
      assertThat(f.getFoundEn())
          .isEqualTo("no later committee meeting up to 2019-08-28; the repeated report is due at the next");
    });
    assertThat(anhui(reReport, dissatisfied(), LocalDate.of(2019, 8, 29))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void no_later_meeting_is_pending_due_at_the_next_meeting_without_a_due_date() {
    WorkAppraisal lastMeeting = ImmutableWorkAppraisal.copyOf(dissatisfied()).withVote(ImmutableAppraisalVote
        .copyOf(dissatisfied().getVote().get()).withMeetingId(AppraisalFixtures.LATER_MEETING)
        .withDate(LocalDate.of(2019, 10, 30)));
    for (LocalDate asOf : List.of(YEAR_END, LocalDate.of(2020, 3, 1))) {
      assertThat(anhui(reReport, lastMeeting, asOf)).singleElement().satisfies(f -> {
        assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
        assertThat(f.getDueDate()).isEmpty();
        assertThat(f.getFactDate()).contains(LocalDate.of(2019, 10, 30));
        assertThat(f.getMissingFacts()).isEmpty();
        assertThat(f.getFoundZh()).isEqualTo("至" + asOf + "尚无其后的常委会会议，重作报告待下一次会议");
        assertThat(f.getFoundEn())
            .isEqualTo("no later committee meeting up to " + asOf + "; the repeated report is due at the next");
      });
    }
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
            + "WorkAppraisal APR-2019-01：应当在测评结果为“不满意”（2019-06-27）后，在下一次常委会会议（M-16-06，2019-08-29）上重作报告，"
            + "实际下一次常委会会议已于2019-08-29举行，未见重作报告");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-007] violation: Report again at the next meeting after a dissatisfied result (Anhui Interim Measures "
            + "on Satisfaction Votes (draft) (2013) Art. 1) at WorkAppraisal APR-2019-01: expected a repeated report at "
            + "the next committee meeting (M-16-06, 2019-08-29) after the result 'dissatisfied' (2019-06-27) but found "
            + "no repeated report although the next meeting was held on 2019-08-29");
  }

  @Test
  void rectification_anhui_applies_from_2013_07_30() {
    WorkAppraisal before = graded(SatisfactionGrade.BASICALLY_SATISFIED, SatisfactionTally.of(8, 10, 3, 1),
        LocalDate.of(2013, 7, 29));
    WorkAppraisal on = graded(SatisfactionGrade.BASICALLY_SATISFIED, SatisfactionTally.of(8, 10, 3, 1),
        LocalDate.of(2013, 7, 30));
    assertThat(anhui(rectify, before, YEAR_END)).isEmpty();
    assertThat(anhui(rectify, on, YEAR_END)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
  }

  @Test
  void rectification_a_report_on_the_last_day_of_the_year_or_a_repeated_report_counts() {
    WorkAppraisal reportedOnYearEnd = ImmutableWorkAppraisal.copyOf(basic())
        .withRectificationReportDate(java.util.Optional.of(YEAR_END));
    assertThat(anhui(rectify, reportedOnYearEnd, YEAR_END)).isEmpty();
    WorkAppraisal reReported = ImmutableWorkAppraisal.copyOf(basic()).withReReportDate(LocalDate.of(2019, 8, 29));
    assertThat(anhui(rectify, reReported, YEAR_END)).isEmpty();
  }

  @Test
  void rectification_boundary_with_a_local_period_of_three_months_pending_on_the_last_day() {
    JurisdictionProfile withPeriod = AppraisalLocalRules.addLocalRules("anhui",
        JurisdictionProfile.builder("anhui", "安徽省", "Anhui"))
        .set(AppraisalParameters.RECTIFICATION_REPORT_MONTHS, DatedSeries.of(LocalDate.of(2013, 7, 30), 3, "test"))
        .build();
    WorkAppraisal onLastDay = ImmutableWorkAppraisal.copyOf(basic())
        .withRectificationReportDate(java.util.Optional.of(LocalDate.of(2019, 9, 27)));
    WorkAppraisal dayAfter = ImmutableWorkAppraisal.copyOf(basic())
        .withRectificationReportDate(java.util.Optional.of(LocalDate.of(2019, 9, 28)));
    assertThat(AppraisalFixtures.evaluate(rectify, onLastDay, withPeriod, YEAR_END)).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rectify, dayAfter, withPeriod, YEAR_END)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(AppraisalFixtures.evaluate(rectify, basic(), withPeriod, LocalDate.of(2019, 9, 27))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2019, 9, 27));
          assertThat(f.getFoundEn()).isEqualTo("no rectification report as of 2019-09-27, before the period ends");
        });
    assertThat(AppraisalFixtures.evaluate(rectify, basic(), withPeriod, LocalDate.of(2019, 9, 28))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getFoundEn()).isEqualTo("no rectification report as of 2019-09-28");
        });
  }

  @Test
  void golden_bilingual_message() {
    Finding finding = anhui(rectify, basic(), YEAR_END).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-006] 提示：测评结果要求整改的应报告整改情况（安徽省满意度测评暂行办法（草案）（2013）第一条）"
            + "WorkAppraisal APR-2019-01：应当在测评结果为“基本满意”（2019-06-27）后，"
            + "被评议单位整改并报告整改情况，实际至2019-12-31未见整改情况报告");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-006] warning: Rectification reported after a result requiring it (Anhui Interim Measures "
            + "on Satisfaction Votes (draft) (2013) Art. 1) at WorkAppraisal APR-2019-01: expected the "
            + "appraised organ to rectify and report the rectification after the result 'basically satisfied' "
            + "(2019-06-27) but found no rectification report as of 2019-12-31");
  }
}
