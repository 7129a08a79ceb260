package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.supervision.ProposerKind;
import io.github.peoplecongress.model.supervision.RemovalMotion;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.meeting.MeetingParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COMM-005 撤职案的提出 — a removal motion is proposed by the government, supervisory commission, court or
 * procuratorate, by the 主任会议, or by at least one fifth of the members in writing.
 *
 * <p>监督法（2024）第六十一条 (2006 第四十五条): the state organs; the 主任会议; 「县级以上地方各级人民代表大会常务委员会五分之一以上的
 * 组成人员书面联名」. 第六十二条第一款：「撤职案应当写明撤职的对象和理由，并提供有关的材料。」
 *
 * <p>Readings: 「五分之一以上」 includes exactly one fifth; 「全体」 follows {@code committee.allMembersReading}; only
 * signatories in office on the filing day count. A state-organ motion without the proposing organ recorded is
 * "cannot tell" ({@code proposingOrgan}). The target and the reasons are mandatory, non-blank fields of the record.
 */
public final class RemovalMotionProposalRule extends ProposalRule {
  /** Creates the rule. */
  public RemovalMotionProposalRule() {
    super("COMM-005", "撤职案的提出", "Proposing a removal motion",
        List.of(RuleVersion.of(CommitteeParameters.SUPERVISION_2006_REMOVAL),
            RuleVersion.of(CommitteeParameters.SUPERVISION_2024_REMOVAL)),
        List.of(CommitteeParameters.PROPOSAL_FRACTION_DENOMINATOR, MeetingParameters.ALL_MEMBERS_READING),
        List.of("五分之一以上 includes exactly one fifth; only signatories in office on the filing day count.",
            "A state-organ motion must name the proposing organ."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Members members = new Members(context.getRecords());
    for (RemovalMotion motion : context.getRecords().getRemovalMotions()) {
      var date = motion.getFiledDate();
      Optional<RuleVersion> version = versionOn(date, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      if (motion.getProposer() == ProposerKind.STATE_ORGAN && motion.getProposingOrgan().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(motion), date)
            .expectedZh("由本级人民政府、监察委员会、人民法院或者人民检察院提出").foundZh("未记录提出机关")
            .expectedEn("proposed by the government, supervisory commission, court or procuratorate")
            .foundEn("no proposing organ recorded").addMissingFacts("proposingOrgan").build());
        continue;
      }
      checkProposal(context, members, version.get().getCitation(), label(motion), date, motion.getProposer(),
          motion.getSponsorIds(), true, findings);
    }
    return findings;
  }
}
