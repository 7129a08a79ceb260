package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import java.util.List;

/**
 * ELEC-001 选民名单在选举日二十日以前公布. 选举法第二十八条：
 * 「选民名单应在选举日的二十日以前公布，实行凭选民证参加投票选举的，并应当发给选民证。」
 *
 * <p>Checked for general elections, by-elections and new elections (not for runoffs and revotes, which use the
 * earlier round's list). Readings: 「二十日以前」 is counted backwards from election day by the context's
 * {@code BeforeReading} (default: the list may be published on election day − 20); no holiday shift applies to a
 * latest day counted backwards. A missing publication date is "cannot tell" once the latest day has passed.
 */
public final class VoterListPublishedInTimeRule extends ElectionRule {

  /** Creates the rule. */
  public VoterListPublishedInTimeRule() {
    super("ELEC-001", "选民名单公布时限", "Voter list published in time",
        ElectionLaw.versions(28, null, null, ElectionLaw.ART_28), List.of(ElectionParameters.VOTER_LIST_DAYS),
        List.of("「二十日以前」: the latest day is election day minus 20 days under the default BeforeReading "
            + "EVENT_MINUS_N (minus 21 under N_CLEAR_DAYS); no holiday shift for a day counted backwards.",
            "Applies to general elections, by-elections and new elections; runoffs and revotes use the earlier list.",
            READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return beforeElectionDay(context, ElectionParameters.VOTER_LIST_DAYS, Election::getVoterListPublishedDate,
        "voterListPublishedDate", "公布选民名单", "the voter list published");
  }
}
