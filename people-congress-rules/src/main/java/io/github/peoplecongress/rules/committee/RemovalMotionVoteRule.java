package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.supervision.RemovalMotion;
import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.meeting.AgendaVotes;
import io.github.peoplecongress.rules.meeting.MajorityOfAllMembersRule;
import io.github.peoplecongress.rules.meeting.MeetingParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COMM-006 撤职案的表决 — a removal motion is voted on by secret ballot and passes with more than half of all members.
 *
 * <p>监督法（2024）第六十二条第三款 (2006 第四十六条)：「撤职案的表决采用无记名投票的方式，由常务委员会全体组成人员的过半数通过。」
 *
 * <p>Readings: a motion with no meeting recorded was not voted on and is outside the rule. The day of the vote is the
 * meeting's opening day (the filing day if the meeting is not found). Open ballot: violation. Declared adopted with
 * too few votes: violation; declared adopted with no tally (the motion's, else its agenda item's): cannot tell;
 * declared rejected with enough votes: warning. 「全体组成人员」: {@code committee.allMembersReading}.
 */
public final class RemovalMotionVoteRule extends MajorityOfAllMembersRule {
  /** Creates the rule. */
  public RemovalMotionVoteRule() {
    super("COMM-006", "撤职案无记名投票并以全体组成人员过半数通过", "Removal motion: secret ballot, majority of all members",
        List.of(RuleVersion.of(CommitteeParameters.SUPERVISION_2006_REMOVAL_VOTE),
            RuleVersion.of(CommitteeParameters.SUPERVISION_2024_REMOVAL_VOTE)),
        List.of(MeetingParameters.ALL_MEMBERS_READING),
        List.of("A motion with no meeting recorded was not voted on.",
            "Votes for must exceed half of all members; the tally is the motion's, else its agenda item's."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    AgendaVotes agendaVotes = new AgendaVotes(context.getRecords());
    for (RemovalMotion motion : context.getRecords().getRemovalMotions()) {
      if (motion.getMeetingId().isEmpty()) {
        continue;
      }
      LocalDate date = context.getIndex().find(motion.getMeetingId().get(), Meeting.class).map(Meeting::getDate)
          .orElse(motion.getFiledDate());
      Optional<RuleVersion> version = versionOn(date, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      if (!motion.isSecretBallot()) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(motion), date)
            .expectedZh("采用无记名投票的方式表决").foundZh("未采用无记名投票")
            .expectedEn("a vote by secret ballot").foundEn("no secret ballot").build());
      }
      Optional<VoteTally> vote = motion.getVote().or(() -> agendaVotes.of(motion.getId()));
      checkVote(context, version.get().getCitation(), label(motion), date, motion.isAdopted(), vote, "vote", findings);
    }
    return findings;
  }
}
