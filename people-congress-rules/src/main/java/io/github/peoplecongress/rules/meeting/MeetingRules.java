package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The meeting rules (MEET). */
public final class MeetingRules {
  private MeetingRules() {}

  /** @return the rules of the family, in id order, not null */
  public static List<Rule> rules() {
    return List.of(new MeetingIntervalRule(), new QuorumRule(), new DecisionAdoptionRule(), new PersonnelVoteRule(),
        new ConvenerRule());
  }
}
