package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalStep;
import io.github.peoplecongress.model.appraisal.AppraisalStepKind;
import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.ImmutableAppraisalVote;
import io.github.peoplecongress.model.appraisal.ImmutableWorkAppraisal;
import io.github.peoplecongress.model.appraisal.VoterGroup;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;

/** Appraisal test records: a compliant 2019 appraisal of the construction bureau, voted at M-16-05 on 2019-06-27. */
final class AppraisalFixtures {
  static final MeetingId VOTE_MEETING = MeetingId.of("M-16-05");
  static final MeetingId NEXT_MEETING = MeetingId.of("M-16-06");
  static final MeetingId LATER_MEETING = MeetingId.of("M-16-07");
  static final LocalDate VOTE_DATE = LocalDate.of(2019, 6, 27);

  private AppraisalFixtures() {}

  static Meeting meeting(MeetingId id, int number, LocalDate date) {
    return Meeting.builder().id(id).kind(MeetingKind.STANDING_COMMITTEE).termNumber(16).number(number).date(date)
        .build();
  }

  static List<Meeting> meetings() {
    return List.of(meeting(VOTE_MEETING, 5, VOTE_DATE), meeting(NEXT_MEETING, 6, LocalDate.of(2019, 8, 29)),
        meeting(LATER_MEETING, 7, LocalDate.of(2019, 10, 30)));
  }

  /** 22 members P-001..P-022 voting by secret ballot: 15/5/1/1, declared 满意. */
  static ImmutableAppraisalVote.Builder vote() {
    ImmutableAppraisalVote.Builder vote = AppraisalVote.builder().meetingId(VOTE_MEETING).date(VOTE_DATE)
        .voterCount(22).addVoterGroups(VoterGroup.COMMITTEE_MEMBERS).secretBallot(true)
        .tally(SatisfactionTally.of(15, 5, 1, 1)).declaredResult(SatisfactionGrade.SATISFIED);
    for (int n = 1; n <= 22; n++) {
      vote.addVoterIds(Fixtures.member(n));
    }
    return vote;
  }

  static ImmutableWorkAppraisal.Builder appraisal() {
    return WorkAppraisal.builder().id(AppraisalId.of("APR-2019-01")).organizationId(Fixtures.CONSTRUCTION_BUREAU)
        .startDate(LocalDate.of(2019, 3, 20))
        .addSteps(AppraisalStep.of(AppraisalStepKind.HEAR_REPORT, LocalDate.of(2019, 4, 26)),
            AppraisalStep.of(AppraisalStepKind.CONSULT, LocalDate.of(2019, 5, 6)),
            AppraisalStep.of(AppraisalStepKind.INSPECT_RECORDS, LocalDate.of(2019, 5, 20)),
            AppraisalStep.of(AppraisalStepKind.SATISFACTION_VOTE, VOTE_DATE),
            AppraisalStep.of(AppraisalStepKind.RECTIFICATION_ADVICE, LocalDate.of(2019, 7, 10)),
            AppraisalStep.of(AppraisalStepKind.FOLLOW_UP, LocalDate.of(2019, 10, 30)))
        .vote(vote().build());
  }

  static WorkAppraisal withVote(AppraisalVote vote) {
    return ImmutableWorkAppraisal.copyOf(appraisal().build()).withVote(vote);
  }

  static CommitteeRecords year(WorkAppraisal... appraisals) {
    return Fixtures.year2019().addAllMeetings(meetings()).addAppraisals(appraisals).build();
  }

  static List<Finding> evaluate(Rule rule, WorkAppraisal appraisal) {
    return rule.evaluate(Fixtures.context(year(appraisal)));
  }

  static List<Finding> evaluate(Rule rule, WorkAppraisal appraisal, JurisdictionProfile profile, LocalDate asOf) {
    RuleContext context = Fixtures.context(year(appraisal), profile, asOf);
    return rule.evaluate(context);
  }

  static JurisdictionProfile anhui() {
    return AppraisalLocalRules.addLocalRules("anhui", JurisdictionProfile.builder("anhui", "安徽省", "Anhui")).build();
  }
}
