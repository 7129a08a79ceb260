package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Base of the rules that judge a vote against 「全体组成人员的过半数」: votes for must be more than half of all
 * members (parameter {@code committee.allMembersReading}), not of those present.
 *
 * <p>Outcomes: declared adopted with too few votes for — violation; declared adopted with no tally — cannot tell
 * (the missing field named); declared not adopted although the votes for reach the threshold — warning (the record
 * contradicts itself); not adopted and no tally — no finding.
 *
 * <p>Implementation Requirements: subclasses are stateless and thread-safe.
 */
public abstract class MajorityOfAllMembersRule extends Rule {

  /**
   * Creates the rule.
   *
   * @param id  the id, not null
   * @param titleZh  the Chinese title, not null
   * @param titleEn  the English title, not null
   * @param versions  the versions, not empty
   * @param parameters  the parameters, not null
   * @param readings  the readings, not null
   */
  protected MajorityOfAllMembersRule(String id, String titleZh, String titleEn, List<RuleVersion> versions,
      List<Parameter<?>> parameters, List<String> readings) {
    super(id, titleZh, titleEn, versions, parameters, readings);
  }

  /**
   * Judges one vote and adds a finding where it is wrong or cannot be judged.
   *
   * @param context  the context, not null
   * @param citation  the provision, not null
   * @param record  the record label, not null
   * @param date  the day of the vote, not null
   * @param adopted  whether the meeting declared it adopted
   * @param vote  the tally, if recorded
   * @param voteField  the JSON field of the tally, for "cannot tell", not null
   * @param findings  where to add the finding, not null
   */
  protected final void checkVote(RuleContext context, Citation citation, String record, LocalDate date,
      boolean adopted, Optional<VoteTally> vote, String voteField, List<Finding> findings) {
    AllMembersReading reading = context.valueOn(MeetingParameters.ALL_MEMBERS_READING, date)
        .orElse(AllMembersReading.MEMBERS_IN_OFFICE);
    int all = reading.count(context.getRecords(), date);
    int needed = AllMembersReading.majorityOf(all);
    String expectedZh = "以全体组成人员（" + reading.getLabel() + all + "人）的过半数即至少" + needed + "票赞成通过";
    String expectedEn = "adoption by more than half of all " + all + " members (" + reading.name() + "), at least "
        + needed + " votes for";
    if (vote.isEmpty()) {
      if (adopted) {
        findings.add(finding(Severity.CANNOT_TELL, citation, record, date)
            .expectedZh(expectedZh).foundZh("宣布通过，但未记录表决结果")
            .expectedEn(expectedEn).foundEn("declared adopted, but no tally recorded")
            .addMissingFacts(voteField).build());
      }
      return;
    }
    if (all == 0) {
      findings.add(finding(Severity.CANNOT_TELL, citation, record, date)
          .expectedZh(expectedZh).foundZh("未记录当日在任的组成人员")
          .expectedEn(expectedEn).foundEn("no members in office recorded for the day")
          .addMissingFacts("$.terms[*].standingCommittee.memberships").build());
      return;
    }
    int inFavor = vote.get().getInFavor();
    String tallyZh = "赞成" + inFavor + "票、反对" + vote.get().getAgainst() + "票、弃权" + vote.get().getAbstain() + "票";
    String tallyEn = inFavor + " for, " + vote.get().getAgainst() + " against, " + vote.get().getAbstain()
        + " abstaining";
    if (adopted && inFavor < needed) {
      findings.add(finding(Severity.VIOLATION, citation, record, date)
          .expectedZh(expectedZh).foundZh(tallyZh + "，却宣布通过")
          .expectedEn(expectedEn).foundEn(tallyEn + ", yet declared adopted").build());
    } else if (!adopted && inFavor >= needed) {
      findings.add(finding(Severity.WARNING, citation, record, date)
          .expectedZh(expectedZh).foundZh(tallyZh + "，已达通过票数，却记录为未通过")
          .expectedEn(expectedEn).foundEn(tallyEn + ", enough to pass, yet recorded as not adopted").build());
    }
  }
}
