package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A satisfaction vote is by secret ballot (满意度测评以无记名投票方式进行).
 *
 * <p>深圳市满意度测评规则第七条: 「满意度测评以无记名投票方式进行。常务委员会组成人员应当在三个等次中选择一个等次，不选择、
 * 多选择的投票无效，不纳入计票范围。」 莆田市 (2013): secret ballot, counted on the spot.
 *
 * <p>Readings: applied while {@code appraisal.secretBallotRequired} is true (library default true); an open vote is
 * a violation; a vote whose ballot form was not recorded is "cannot tell" ({@code secretBallot}). Both the appraisal
 * vote and the rectification vote are checked.
 */
public final class AppraisalSecretBallotRule extends Rule {

  /** Creates the rule. */
  public AppraisalSecretBallotRule() {
    super("APPR-004", "满意度测评无记名投票", "Satisfaction vote by secret ballot",
        List.of(RuleVersion.of(AppraisalCitations.SHENZHEN_BALLOT)),
        List.of(AppraisalParameters.SECRET_BALLOT_REQUIRED),
        List.of("An open vote is a violation; an unrecorded ballot form is cannot tell."));
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
    if (version.isEmpty()
        || !context.valueOn(AppraisalParameters.SECRET_BALLOT_REQUIRED, vote.getDate()).orElse(false)
        || vote.getSecretBallot().orElse(false)) {
      return;
    }
    boolean missing = vote.getSecretBallot().isEmpty();
    findings.add(finding(missing ? Severity.CANNOT_TELL : Severity.VIOLATION, version.get().getCitation(),
        label(appraisal) + " " + field, vote.getDate())
        .expectedZh("以无记名投票方式进行满意度测评")
        .foundZh(missing ? "未记录投票方式" : vote.getDate() + "的测评未采用无记名投票")
        .expectedEn("a secret ballot")
        .foundEn(missing ? "the ballot form not recorded" : "an open vote on " + vote.getDate())
        .addAllMissingFacts(missing ? List.of(field + ".secretBallot") : List.of())
        .build());
  }
}
