package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The petition rules (PETI), in id order. */
public final class PetitionRules {
  private PetitionRules() {}

  /** @return every petition rule, in id order, not null */
  public static List<Rule> rules() {
    return List.of(new AcknowledgementWithinDaysRule(), new HandlingWithinDaysRule(), new ExtensionApprovedRule(),
        new ReviewRequestInTimeRule(), new ReviewDecidedInTimeRule(), new ReReviewRequestInTimeRule(),
        new ReReviewDecidedInTimeRule(), new NoReAcceptanceAfterReReviewRule(),
        new ForwardingWithinDaysRule());
  }
}
