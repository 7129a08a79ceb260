package io.github.peoplecongress.rules.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportSatisfactionBallotsRuleTest {
  private final ReportSatisfactionBallotsRule rule = new ReportSatisfactionBallotsRule();

  private List<Finding> evaluate(SatisfactionTally tally, LocalDate date) {
    WorkReport report = WorkReport.builder().id(WorkReportId.of("WR-2019-03")).kind(WorkReportKind.SPECIAL_WORK)
        .organ(StateOrgan.GOVERNMENT).title("关于社会治安管理工作情况的报告").meetingId(AppraisalFixtures.VOTE_MEETING)
        .date(date).satisfaction(tally).build();
    return rule.evaluate(Fixtures.context(Fixtures.year2019().addAllMeetings(AppraisalFixtures.meetings())
        .addWorkReports(report).build()));
  }

  @Test
  void boundary_ballots_equal_to_members_pass_one_more_fails() {
    assertThat(evaluate(SatisfactionTally.of(20, 5, 1, 1), AppraisalFixtures.VOTE_DATE)).isEmpty();
    assertThat(evaluate(SatisfactionTally.of(20, 5, 1, 2), AppraisalFixtures.VOTE_DATE)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void effective_date_switch_2011_10_31() {
    // before the term the fixture has no members in office, so any ballot is too many once the rule applies
    assertThat(evaluate(SatisfactionTally.of(1, 0, 0, 0), LocalDate.of(2011, 10, 30))).isEmpty();
    assertThat(evaluate(SatisfactionTally.of(1, 0, 0, 0), LocalDate.of(2011, 10, 31))).hasSize(1);
  }

  @Test
  void golden_message() {
    Finding finding = evaluate(SatisfactionTally.of(20, 5, 1, 2), AppraisalFixtures.VOTE_DATE).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-008] 违反规定：专项工作报告满意度测评票数不超过组成人员数（深圳市满意度测评规则（2011）第七条）WorkReport WR-2019-03："
            + "应当仅由2019-06-27在任的常务委员会组成人员（27人）投票，实际收回选票28张（满意20票、基本满意5票、不满意1票、无效2票）");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-008] violation: Ballots of a report's satisfaction vote do not exceed the members in office (Shenzhen "
            + "Rules on Satisfaction Votes (2011) Art. 7) at WorkReport WR-2019-03: expected only the 27 committee "
            + "members in office on 2019-06-27 to vote but found 28 ballots returned (20 satisfied, 5 basically "
            + "satisfied, 1 dissatisfied, 2 invalid)");
  }
}
