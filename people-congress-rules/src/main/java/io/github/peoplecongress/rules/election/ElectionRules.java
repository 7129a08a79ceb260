package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The election rules (ELEC), in id order. */
public final class ElectionRules {
  private ElectionRules() {}

  /** @return every election rule, in id order, not null */
  public static List<Rule> rules() {
    return List.of(new VoterListPublishedInTimeRule(), new VoterListObjectionDecidedInTimeRule(),
        new PreliminaryCandidateListInTimeRule(), new FormalCandidateListInTimeRule(), new CandidateNumberRule(),
        new VoterNominationSignaturesRule(), new ConstituencySeatsRule(), new ProxyVotesPerVoterRule(),
        new TurnoutValidityRule(), new BallotsNotMoreThanVotersRule(), new ElectedByMajorityRule(),
        new RunoffThresholdRule(), new CongressSizeRule(),
        new ElectedNotMoreThanSeatsRule(), new RunoffCandidateListRule());
  }
}
