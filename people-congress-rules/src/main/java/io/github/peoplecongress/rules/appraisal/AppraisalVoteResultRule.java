package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The declared result of a satisfaction vote follows from the valid ballots in three grades (测评结果依有效票确定).
 *
 * <p>深圳市满意度测评规则第六条: 「满意度测评分为“满意”、“基本满意”、“不满意”三个等次」; 第七条: 「……常务委员会组成人员
 * 应当在三个等次中选择一个等次，不选择、多选择的投票无效，不纳入计票范围。」 The thresholds (第八条 onward) are UNVERIFIED.
 *
 * <p>Readings (the library's, marked as such because the local thresholds are UNVERIFIED):
 * <ul>
 *   <li>Counted ballots are the valid ones ({@code appraisal.invalidBallotsExcluded}, default true).</li>
 *   <li>满意 if 满意 ballots exceed {@code appraisal.result.satisfiedMoreThanPercent} (default 50) percent of the
 *       counted ballots; else 基本满意 if 满意 plus 基本满意 exceed
 *       {@code appraisal.result.atLeastBasicallySatisfiedMoreThanPercent} (default 50) percent; else 不满意. "Exceed"
 *       is strict: exactly half is not more than half.</li>
 *   <li>A declared result that differs: violation. No declared result: cannot tell ({@code declaredResult}), also
 *       when there are no counted ballots to compute it from. A declared result with no counted ballots: violation.</li>
 * </ul>
 */
public final class AppraisalVoteResultRule extends Rule {

  /** Creates the rule. */
  public AppraisalVoteResultRule() {
    super("APPR-005", "满意度测评结果依有效票确定", "Declared satisfaction result follows from the valid ballots",
        List.of(RuleVersion.of(AppraisalCitations.SHENZHEN_BALLOT)),
        List.of(AppraisalParameters.INVALID_BALLOTS_EXCLUDED, AppraisalParameters.SATISFIED_MORE_THAN_PERCENT,
            AppraisalParameters.AT_LEAST_BASICALLY_SATISFIED_MORE_THAN_PERCENT),
        List.of("Library reading, local thresholds UNVERIFIED: 'satisfied' if satisfied ballots are more than 50% of "
                + "the valid ballots, else 'basically satisfied' if satisfied plus basically satisfied are more than "
                + "50%, else 'dissatisfied'; exactly half is not more than half.",
            "Invalid ballots (no grade or several grades) are left out of the count."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkAppraisal appraisal : context.getRecords().getAppraisals()) {
      appraisal.getVote().ifPresent(vote -> check(context, appraisal, vote, "vote", findings));
      appraisal.getRectificationVote().ifPresent(vote -> check(context, appraisal, vote, "rectificationVote", findings));
    }
    return findings;
  }

  private void check(RuleContext context, WorkAppraisal appraisal, AppraisalVote vote, String field,
      List<Finding> findings) {
    Optional<RuleVersion> version = versionOn(vote.getDate(), context.getProfile());
    Optional<SatisfactionResults.ResultRule> rule = SatisfactionResults.resultRule(context, vote.getDate());
    if (version.isEmpty() || rule.isEmpty()) {
      return;
    }
    Optional<SatisfactionGrade> expected = rule.get().expected(vote.getTally());
    Optional<SatisfactionGrade> declared = vote.getDeclaredResult();
    String record = label(appraisal) + " " + field;
    String tallyZh = SatisfactionResults.tallyZh(vote.getTally());
    String tallyEn = SatisfactionResults.tallyEn(vote.getTally());
    if (declared.isEmpty()) {
      if (expected.isPresent()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, vote.getDate())
            .expectedZh("宣布测评结果（按" + rule.get().zh() + "，应为“" + expected.get().getLabel() + "”）")
            .foundZh("未记录宣布的测评结果（" + tallyZh + "）")
            .expectedEn("a declared result (" + rule.get().en() + ": '" + SatisfactionResults.gradeEn(expected.get())
                + "')")
            .foundEn("no declared result recorded (" + tallyEn + ")")
            .addAllMissingFacts(List.of(field + ".declaredResult"))
            .build());
      } else {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, vote.getDate())
            .expectedZh("宣布依有效票确定的测评结果（" + rule.get().zh() + "）")
            .foundZh("未记录宣布的测评结果，且无计入的有效票（" + tallyZh + "）")
            .expectedEn("a declared result following from the valid ballots (" + rule.get().en() + ")")
            .foundEn("no declared result recorded and no counted ballots (" + tallyEn + ")")
            .addAllMissingFacts(List.of(field + ".declaredResult"))
            .build());
      }
      return;
    }
    if (expected.isEmpty()) {
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, vote.getDate())
          .expectedZh("依有效票确定测评结果")
          .foundZh("无计入的有效票（" + tallyZh + "），却宣布为“" + declared.get().getLabel() + "”")
          .expectedEn("a result following from the valid ballots")
          .foundEn("no counted ballots (" + tallyEn + ") but a declared result '"
              + SatisfactionResults.gradeEn(declared.get()) + "'")
          .build());
      return;
    }
    if (expected.get() != declared.get()) {
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, vote.getDate())
          .expectedZh("按" + rule.get().zh() + "，" + tallyZh + "应为“" + expected.get().getLabel() + "”")
          .foundZh("宣布为“" + declared.get().getLabel() + "”")
          .expectedEn("'" + SatisfactionResults.gradeEn(expected.get()) + "' for " + tallyEn + " (" + rule.get().en()
              + ")")
          .foundEn("declared '" + SatisfactionResults.gradeEn(declared.get()) + "'")
          .build());
    }
  }
}
