package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.supervision.ProposerKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.meeting.AllMembersReading;
import io.github.peoplecongress.rules.meeting.MeetingParameters;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;
import java.util.List;

/** Base of the rules on who may propose an investigation or a removal (主任会议, 五分之一以上组成人员联名, 一府一委两院). */
abstract class ProposalRule extends Rule {
  ProposalRule(String id, String titleZh, String titleEn, List<RuleVersion> versions, List<Parameter<?>> parameters,
      List<String> readings) {
    super(id, titleZh, titleEn, versions, parameters, readings);
  }

  final void checkProposal(RuleContext context, Members members, Citation citation, String record, LocalDate date,
      ProposerKind proposer, List<PersonId> signatories, boolean organAllowed, List<Finding> findings) {
    String whoZh = organAllowed ? "由一府一委两院、主任会议或者" : "由主任会议或者";
    String whoEn = organAllowed ? "by a state organ, the directors' meeting or " : "by the directors' meeting or ";
    int denominator = context.valueOn(CommitteeParameters.PROPOSAL_FRACTION_DENOMINATOR, date).orElse(5);
    AllMembersReading reading = context.valueOn(MeetingParameters.ALL_MEMBERS_READING, date)
        .orElse(AllMembersReading.MEMBERS_IN_OFFICE);
    int all = reading.count(context.getRecords(), date);
    int needed = (all + denominator - 1) / denominator;
    String expectedZh = whoZh + "全体组成人员（" + reading.getLabel() + all + "人）五分之一以上即至少" + needed + "人书面联名提出";
    String expectedEn = whoEn + "at least one fifth of all " + all + " members (" + reading.name() + "), i.e. "
        + needed + ", jointly in writing";
    if (proposer == ProposerKind.STATE_ORGAN && !organAllowed) {
      findings.add(finding(Severity.VIOLATION, citation, record, date)
          .expectedZh(expectedZh).foundZh("由" + proposer.getLabel() + "提出")
          .expectedEn(expectedEn).foundEn("proposed by a state organ").build());
    } else if (proposer == ProposerKind.MEMBERS) {
      int signed = members.countInOffice(signatories, date);
      if (signatories.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, record, date)
            .expectedZh(expectedZh).foundZh("由组成人员联名提出，但未记录联名人")
            .expectedEn(expectedEn).foundEn("proposed by members, but no signatories recorded")
            .addMissingFacts(organAllowed ? "sponsorIds" : "proposerIds").build());
      } else if (all == 0) {
        findings.add(finding(Severity.CANNOT_TELL, citation, record, date)
            .expectedZh(expectedZh).foundZh("未记录当日在任的组成人员")
            .expectedEn(expectedEn).foundEn("no members in office recorded for the day")
            .addMissingFacts("$.terms[*].standingCommittee.memberships").build());
      } else if ((long) signed * denominator < all) {
        findings.add(finding(Severity.VIOLATION, citation, record, date)
            .expectedZh(expectedZh).foundZh("当日在任的组成人员联名" + signed + "人")
            .expectedEn(expectedEn).foundEn(signed + " members in office signed").build());
      }
    }
  }
}
