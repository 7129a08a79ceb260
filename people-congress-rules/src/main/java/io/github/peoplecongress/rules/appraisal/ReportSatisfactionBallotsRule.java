package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The satisfaction vote on a special work report is cast by the committee's members only, so it returns no more
 * ballots than there are members in office (专项工作报告满意度测评由组成人员投票).
 *
 * <p>深圳市人民代表大会常务委员会听取和审议专项工作报告满意度测评规则第七条: 「满意度测评以无记名投票方式进行。常务委员会组成人员
 * 应当在三个等次中选择一个等次，不选择、多选择的投票无效，不纳入计票范围。」
 *
 * <p>Readings: applied while {@code appraisal.votersMembersOnly} is true; the ballots returned are the valid plus
 * the invalid ones; the members are those in office on the day the report was heard. The work-report record keeps
 * neither voters nor ballot form nor declared result, so only the count can be checked.
 */
public final class ReportSatisfactionBallotsRule extends Rule {

  /** Creates the rule. */
  public ReportSatisfactionBallotsRule() {
    super("APPR-008", "专项工作报告满意度测评票数不超过组成人员数",
        "Ballots of a report's satisfaction vote do not exceed the members in office",
        List.of(RuleVersion.of(AppraisalCitations.SHENZHEN_BALLOT)), List.of(AppraisalParameters.VOTERS_MEMBERS_ONLY),
        List.of("Ballots returned (valid plus invalid) may not exceed the members in office on the day the report was "
            + "heard."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkReport report : context.getRecords().getWorkReports()) {
      if (report.getSatisfaction().isEmpty()) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(report.getDate(), context.getProfile());
      if (version.isEmpty()
          || !context.valueOn(AppraisalParameters.VOTERS_MEMBERS_ONLY, report.getDate()).orElse(false)) {
        continue;
      }
      SatisfactionTally tally = report.getSatisfaction().get();
      int ballots = tally.valid() + tally.getInvalid();
      int members = SatisfactionResults.membersOn(context, report.getDate()).size();
      if (ballots > members) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(report), report.getDate())
            .expectedZh("仅由" + report.getDate() + "在任的常务委员会组成人员（" + members + "人）投票")
            .foundZh("收回选票" + ballots + "张（" + SatisfactionResults.tallyZh(tally) + "）")
            .expectedEn("only the " + members + " committee members in office on " + report.getDate() + " to vote")
            .foundEn(ballots + " ballots returned (" + SatisfactionResults.tallyEn(tally) + ")")
            .build());
      }
    }
    return findings;
  }
}
