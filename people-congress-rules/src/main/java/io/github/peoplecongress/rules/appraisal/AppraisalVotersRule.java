package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.VoterGroup;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A satisfaction vote of a work appraisal is cast only by the committee's members (满意度测评由常务委员会组成人员投票).
 *
 * <p>深圳市满意度测评规则第七条: 「满意度测评以无记名投票方式进行。常务委员会组成人员应当在三个等次中选择一个等次，不选择、
 * 多选择的投票无效，不纳入计票范围。」
 *
 * <p>Readings:
 * <ul>
 *   <li>Applied while {@code appraisal.votersMembersOnly} is true (library default true, the common local practice,
 *       with the 深圳市 text as its model).</li>
 *   <li>Members are those in office on the day of the vote (half-open memberships of the term).</li>
 *   <li>A voter group other than {@code COMMITTEE_MEMBERS}, a voter id that is not a member that day, or more voters
 *       than members in office: violation. Neither groups nor ids recorded: cannot tell ({@code voterGroups},
 *       {@code voterIds}).</li>
 *   <li>The vote on the appraisal and the vote on the rectification are both checked.</li>
 * </ul>
 */
public final class AppraisalVotersRule extends Rule {

  /** Creates the rule. */
  public AppraisalVotersRule() {
    super("APPR-003", "满意度测评仅由常委会组成人员投票", "Only committee members vote in the satisfaction vote",
        List.of(RuleVersion.of(AppraisalCitations.SHENZHEN_BALLOT)), List.of(AppraisalParameters.VOTERS_MEMBERS_ONLY),
        List.of("Members are those in office on the day of the vote.",
            "Voters by group or id who are not members, or more voters than members in office: violation.",
            "Neither voter groups nor voter ids recorded: cannot tell."));
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
        || !context.valueOn(AppraisalParameters.VOTERS_MEMBERS_ONLY, vote.getDate()).orElse(false)) {
      return;
    }
    String record = label(appraisal) + " " + field;
    Set<PersonId> members = SatisfactionResults.membersOn(context, vote.getDate());
    String expectedZh = "仅由" + vote.getDate() + "在任的常务委员会组成人员（" + members.size() + "人）投票";
    String expectedEn = "only the " + members.size() + " committee members in office on " + vote.getDate() + " to vote";
    Set<VoterGroup> others = vote.getVoterGroups().stream().filter(g -> g != VoterGroup.COMMITTEE_MEMBERS)
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(VoterGroup.class)));
    if (!others.isEmpty()) {
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, vote.getDate())
          .expectedZh(expectedZh)
          .foundZh(others.stream().map(VoterGroup::getLabel).collect(Collectors.joining("、")) + "参加投票")
          .expectedEn(expectedEn)
          .foundEn("voter groups " + others + " took part")
          .build());
    }
    List<PersonId> nonMembers = vote.getVoterIds().stream().filter(id -> !members.contains(id)).toList();
    if (!nonMembers.isEmpty()) {
      String ids = nonMembers.stream().map(PersonId::toString).collect(Collectors.joining(", "));
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, vote.getDate())
          .expectedZh(expectedZh)
          .foundZh("非组成人员" + ids + "参加投票")
          .expectedEn(expectedEn)
          .foundEn("non-members " + ids + " voted")
          .build());
    }
    if (vote.getVoterCount() > members.size()) {
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, vote.getDate())
          .expectedZh("投票人数不超过在任组成人员" + members.size() + "人")
          .foundZh("投票人数为" + vote.getVoterCount() + "人")
          .expectedEn("at most " + members.size() + " voters (the members in office)")
          .foundEn(vote.getVoterCount() + " voters")
          .build());
    }
    if (vote.getVoterGroups().isEmpty() && vote.getVoterIds().isEmpty()
        && vote.getVoterCount() <= members.size()) {
      findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, vote.getDate())
          .expectedZh(expectedZh)
          .foundZh("未记录投票人员类别或名单")
          .expectedEn(expectedEn)
          .foundEn("neither voter groups nor voter ids recorded")
          .addAllMissingFacts(List.of(field + ".voterGroups", field + ".voterIds"))
          .build());
    }
  }
}
