package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ELEC-011 获得参加投票的选民过半数的选票始得当选. 选举法第四十五条第一款：「代表候选人获得参加投票的选民过半数的选票时，始得当选。」
 *
 * <p>Each person recorded as elected in a general election, by-election or new election must have more than half
 * as many votes as voters who voted ({@code 2 × votes > voted}). Runoffs are checked by ELEC-012 and tie revotes
 * are won by plurality (第四十五条第三款). A round with an elected person and no voters recorded is "cannot tell".
 */
public final class ElectedByMajorityRule extends ElectionRule {

  /** Creates the rule. */
  public ElectedByMajorityRule() {
    super("ELEC-011", "当选须获参加投票选民过半数选票", "Elected by more than half of the voters who voted",
        ElectionLaw.versions(45, 1, null, ElectionLaw.ART_45_1_ELECTED), List.of(),
        List.of("「过半数」 is strictly more than half of the voters who voted (voted, proxies included), not of the "
            + "valid ballots.", "Applies to general elections, by-elections and new elections.", READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      if (!MAJORITY.contains(election.getKind())) {
        continue;
      }
      LocalDate day = election.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      int voted = election.getVoted();
      for (CandidateResult candidate : election.getCandidates()) {
        if (candidate.getResult().orElse(null) != ElectionResult.ELECTED) {
          continue;
        }
        String id = candidate.getCandidateId().toString();
        if (voted == 0) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(election), day)
              .expectedZh(id + "获得参加投票的选民过半数的选票").foundZh("未记录参加投票的选民数")
              .expectedEn(id + " elected with more than half of the voters who voted")
              .foundEn("no voters recorded").addMissingFacts("voted").build());
        } else if (2L * candidate.getVotes() <= voted) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(election), day)
              .expectedZh(id + "获得参加投票的选民" + voted + "人过半数的选票方可当选")
              .foundZh(id + "得" + candidate.getVotes() + "票，未过半数，却记为当选")
              .expectedEn(id + " elected only with more than half of the " + voted + " voters who voted")
              .foundEn(id + " recorded as elected with " + candidate.getVotes() + " votes").build());
        }
      }
    }
    return findings;
  }
}
