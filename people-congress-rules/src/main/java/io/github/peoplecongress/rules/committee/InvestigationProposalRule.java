package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.supervision.SpecialInvestigation;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.meeting.MeetingParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COMM-004 特定问题调查的提议 — a special-question investigation is proposed by the 主任会议 or by at least one fifth
 * of the members in writing.
 *
 * <p>地方组织法（2022）第五十八条：「主任会议或者五分之一以上的常务委员会组成人员书面联名，可以向本级人民代表大会常务委员会提议组织关于
 * 特定问题的调查委员会，由全体会议决定。」 监督法（2024）第五十六条 (2006 第四十条): proposed by the 主任会议, or by
 * 「五分之一以上常务委员会组成人员书面联名」.
 *
 * <p>Readings: 「五分之一以上」 includes exactly one fifth (以上 includes the number): sponsors × 5 ≥ all members.
 * 「全体」 follows {@code committee.allMembersReading}; only signatories in office on the proposal day (else the
 * decision day) count. A state organ may not propose an investigation. Whether the proposal was written is not
 * recorded by the model and is not checked.
 */
public final class InvestigationProposalRule extends ProposalRule {
  /** Creates the rule. */
  public InvestigationProposalRule() {
    super("COMM-004", "特定问题调查的提议", "Proposing a special-question investigation",
        List.of(RuleVersion.of(CommitteeParameters.SUPERVISION_2006_INVESTIGATION),
            RuleVersion.of(CommitteeParameters.SUPERVISION_2024_INVESTIGATION)),
        List.of(CommitteeParameters.PROPOSAL_FRACTION_DENOMINATOR, MeetingParameters.ALL_MEMBERS_READING),
        List.of("五分之一以上 includes exactly one fifth.",
            "Only signatories in office on the proposal day (else the decision day) count.",
            "A state organ may not propose; the written form is not recorded and not checked."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Members members = new Members(context.getRecords());
    for (SpecialInvestigation investigation : context.getRecords().getInvestigations()) {
      var date = investigation.getProposedDate().orElse(investigation.getDecidedDate());
      Optional<RuleVersion> version = versionOn(date, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      checkProposal(context, members, version.get().getCitation(), label(investigation), date,
          investigation.getProposer(), investigation.getProposerIds(), false, findings);
    }
    return findings;
  }
}
