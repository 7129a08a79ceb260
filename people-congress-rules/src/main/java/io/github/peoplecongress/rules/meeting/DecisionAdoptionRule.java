package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MEET-003 决议、决定以全体组成人员的过半数通过 — a resolution or decision is adopted by more than half of all members.
 *
 * <p>地方组织法（2022）第五十一条第四款：「常务委员会的决议，由常务委员会以全体组成人员的过半数通过。」 Before 2022-03-12 the
 * 2015 text is cited with the same content (UNVERIFIED, statutes.md §1.3).
 *
 * <p>Readings: 「决议」 covers the committee's 决议 and 决定 alike; a referral (送有关机关研究办理) is not voted and is
 * outside the rule. Votes for must be more than half of all members (parameter {@code committee.allMembersReading},
 * default the members in office on the day of the vote), not of those present. The tally is the decision's
 * {@code vote}, else the tally of the agenda item that refers to the decision. Declared adopted with too few votes:
 * violation; declared adopted without any tally: cannot tell; declared not adopted although the votes for reach the
 * threshold: warning (the record contradicts itself).
 */
public final class DecisionAdoptionRule extends MajorityOfAllMembersRule {
  /** Creates the rule. */
  public DecisionAdoptionRule() {
    super("MEET-003", "决议、决定以全体组成人员过半数通过", "Resolutions adopted by a majority of all members",
        List.of(RuleVersion.of(MeetingParameters.ORGANIC_2015_ADOPTION),
            RuleVersion.of(MeetingParameters.ORGANIC_2022_ADOPTION)),
        List.of(MeetingParameters.ALL_MEMBERS_READING),
        List.of("决议 covers 决议 and 决定; referrals are outside the rule.",
            "Votes for must exceed half of all members (default: members in office on the day), not of those present.",
            "The tally is the decision's vote, else the vote of the agenda item that refers to it."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    AgendaVotes agendaVotes = new AgendaVotes(context.getRecords());
    for (Decision decision : context.getRecords().getDecisions()) {
      if (!decision.getKind().resolutionOrDecision()) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(decision.getDate(), context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Optional<VoteTally> vote = decision.getVote().or(() -> agendaVotes.of(decision.getId()));
      checkVote(context, version.get().getCitation(), label(decision), decision.getDate(), decision.isAdopted(), vote,
          "vote", findings);
    }
    return findings;
  }

}
