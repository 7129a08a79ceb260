package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ELEC-009 选区全体选民的过半数参加投票，选举有效. 选举法第四十五条第一款：
 * 「在选民直接选举人民代表大会代表时，选区全体选民的过半数参加投票，选举有效。」
 *
 * <p>A round in which half or fewer of the registered voters voted is void; the finding is a violation when such a
 * round was nevertheless treated as valid (declared valid, or someone recorded as elected). Readings: 「过半数」 is
 * strictly more than half ({@code 2 × voted > registeredVoters}); 「全体选民」 is the registered voters of the
 * constituency; the rule applies to every kind of round, runoffs included. A round treated as valid with zero
 * registered voters recorded is "cannot tell".
 */
public final class TurnoutValidityRule extends ElectionRule {

  /** Creates the rule. */
  public TurnoutValidityRule() {
    super("ELEC-009", "选举有效的参选率", "Turnout needed for a valid election",
        ElectionLaw.versions(45, 1, null, ElectionLaw.ART_45_1_VALID), List.of(),
        List.of("「过半数」 means strictly more than half of the registered voters.",
            "Applies to every round, runoffs included; only rounds treated as valid are reported.", READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      LocalDate day = election.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      if (version.isEmpty() || !treatedAsValid(election)) {
        continue;
      }
      int registered = election.getRegisteredVoters();
      int voted = election.getVoted();
      String expectedZh = "参加投票的选民超过登记选民" + registered + "人的半数，选举方为有效";
      String expectedEn = "more than half of the " + registered + " registered voters voting for the round to be valid";
      if (registered == 0) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(election), day)
            .expectedZh("参加投票的选民超过登记选民的半数，选举方为有效").foundZh("未记录登记选民数")
            .expectedEn("more than half of the registered voters voting").foundEn("no registered voters recorded")
            .addMissingFacts("registeredVoters").build());
      } else if (2L * voted <= registered) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(election), day)
            .expectedZh(expectedZh).foundZh(voted + "人参加投票，未过半数，选举却按有效处理")
            .expectedEn(expectedEn).foundEn(voted + " voted, not more than half, yet the round was treated as valid")
            .build());
      }
    }
    return findings;
  }
}
