package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MEET-004 任免以全体组成人员的过半数通过 — the committee's personnel actions are adopted by more than half of all members.
 *
 * <p>地方组织法（2022）第五十一条第四款：「常务委员会的决议，由常务委员会以全体组成人员的过半数通过。」 (2015: the same content,
 * UNVERIFIED numbering.)
 *
 * <p>Readings: a personnel action of the committee (任命, 决定任命, 免职, 接受辞职 …, {@code decidedBy}
 * {@link ActingBody#STANDING_COMMITTEE}) is a 决定 of the committee and needs the same majority. A recorded action
 * counts as declared adopted. The tally is the action's {@code voteTally}, else the tally of the agenda item listing
 * it; none recorded means "cannot tell". Removals decided on a 撤职案 are judged by COMM-006 and skipped here.
 * 「全体组成人员」: parameter {@code committee.allMembersReading}.
 */
public final class PersonnelVoteRule extends MajorityOfAllMembersRule {
  /** Creates the rule. */
  public PersonnelVoteRule() {
    super("MEET-004", "人事任免以全体组成人员过半数通过", "Personnel actions adopted by a majority of all members",
        List.of(RuleVersion.of(MeetingParameters.ORGANIC_2015_ADOPTION),
            RuleVersion.of(MeetingParameters.ORGANIC_2022_ADOPTION)),
        List.of(MeetingParameters.ALL_MEMBERS_READING),
        List.of("A personnel action decided by the committee is a decision and needs more than half of all members.",
            "A recorded action counts as declared adopted; the tally is its own, else its agenda item's.",
            "Removals on a removal motion are judged by COMM-006."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    AgendaVotes agendaVotes = new AgendaVotes(context.getRecords());
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (action.getDecidedBy() != ActingBody.STANDING_COMMITTEE || action.getRemovalMotionId().isPresent()) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(action.getDecisionDate(), context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Optional<VoteTally> vote = action.getVoteTally().or(() -> agendaVotes.of(action.getId()));
      checkVote(context, version.get().getCitation(), label(action), action.getDecisionDate(), true, vote,
          "voteTally", findings);
    }
    return findings;
  }
}
