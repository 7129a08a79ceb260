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
 * ELEC-010 所投的票数多于投票人数的，选举无效. 选举法第四十四条：「每次选举所投的票数，多于投票人数的无效，等于或者少于投票人数的有效。」
 *
 * <p>A round with more ballots returned ({@code ballotsReturned}) than voters who voted ({@code voted}) is void;
 * the finding is a violation when it was nevertheless treated as valid (declared valid, or someone recorded as
 * elected). Equal numbers are valid. A round treated as valid with neither voters nor ballots recorded is "cannot
 * tell".
 */
public final class BallotsNotMoreThanVotersRule extends ElectionRule {

  /** Creates the rule. */
  public BallotsNotMoreThanVotersRule() {
    super("ELEC-010", "所投票数不得多于投票人数", "Ballots not more than voters",
        ElectionLaw.versions(44, null, null, ElectionLaw.ART_44), List.of(),
        List.of("「所投的票数」 is the ballots returned; 「投票人数」 the voters who voted, proxies included.",
            "Only rounds treated as valid (declared valid or with someone elected) are reported.", READING_2015));
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
      int voted = election.getVoted();
      int returned = election.getBallotsReturned();
      if (voted == 0 && returned == 0) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(election), day)
            .expectedZh("所投的票数不多于投票人数").foundZh("未记录投票人数和收回选票数")
            .expectedEn("no more ballots returned than voters").foundEn("neither voters nor ballots recorded")
            .addMissingFacts("voted", "ballotsReturned").build());
      } else if (returned > voted) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(election), day)
            .expectedZh("所投的票数不多于投票人数" + voted + "，多于的选举无效")
            .foundZh("收回选票" + returned + "张，多于投票人数，选举却按有效处理")
            .expectedEn("no more ballots returned than the " + voted + " voters, else the round is void")
            .foundEn(returned + " ballots returned, yet the round was treated as valid").build());
      }
    }
    return findings;
  }
}
