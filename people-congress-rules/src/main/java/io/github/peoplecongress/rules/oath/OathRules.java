package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The oath rules (宪法宣誓), OATH-001 to OATH-011. */
public final class OathRules {
  private OathRules() {}

  /**
   * Returns the oath rules in id order.
   *
   * @return the rules, not null
   */
  public static List<Rule> rules() {
    return List.of(new OathTakenRule(), new OathWithinDaysRule(), new SameMeetingOathRule(),
        new OrganOathWorkingDaysRule(), new OathTextRule(), new CollectiveOathLeaderRule(), new FlagOrEmblemRule(),
        new AnthemRule(), new OathOrganiserRule(), new PublicOathRule(), new PlenaryOathRule());
  }
}
