package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The committee rules (COMM). */
public final class CommitteeRules {
  private CommitteeRules() {}

  /** @return the rules of the family, in id order, not null */
  public static List<Rule> rules() {
    return List.of(new CommitteeSizeRule(), new MembersWithinSizeRule(), new InterpellationRule(),
        new InvestigationProposalRule(), new RemovalMotionProposalRule(), new RemovalMotionVoteRule(),
        new IncompatibleOfficeRule(), new TermLengthRule(), new DirectorsMeetingCompositionRule());
  }
}
