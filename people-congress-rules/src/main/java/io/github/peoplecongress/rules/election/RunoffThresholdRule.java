package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionKind;
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
 * ELEC-012 另行选举得票数不得少于选票的三分之一. 选举法第四十五条第五款：
 * 「依照前款规定另行选举县级和乡级的人民代表大会代表时，代表候选人以得票多的当选，但是得票数不得少于选票的三分之一；……」
 *
 * <p>Each person recorded as elected in a runoff ({@code kind = RUNOFF}) must have at least a third of the
 * ballots: {@code 3 × votes ≥ base}. Reading, parameter {@code election.runoffThresholdBase}: 「选票」 is all
 * ballots cast ({@code ballotsReturned}, the default) or the valid ballots only ({@code validBallots}); see
 * {@link RunoffBase}. 「不得少于」 admits exactly a third. A base of zero is "cannot tell".
 */
public final class RunoffThresholdRule extends ElectionRule {

  /** Creates the rule. */
  public RunoffThresholdRule() {
    super("ELEC-012", "另行选举当选的得票下限", "Minimum votes to win a runoff",
        ElectionLaw.versions(45, 5, null, ElectionLaw.ART_45_5), List.of(ElectionParameters.RUNOFF_BASE),
        List.of("「选票的三分之一」: a third of all ballots cast (ballotsReturned) by default; a profile may choose the "
            + "valid ballots (parameter election.runoffThresholdBase).",
            "「不得少于」 admits exactly one third (3 × votes ≥ base).", READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      if (election.getKind() != ElectionKind.RUNOFF) {
        continue;
      }
      LocalDate day = election.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      Optional<RunoffBase> reading = context.valueOn(ElectionParameters.RUNOFF_BASE, day);
      if (version.isEmpty() || reading.isEmpty()) {
        continue;
      }
      boolean all = reading.get() == RunoffBase.ALL_BALLOTS;
      int base = all ? election.getBallotsReturned() : election.getValidBallots();
      String baseZh = reading.get().getLabel();
      String baseEn = all ? "ballots cast" : "valid ballots";
      for (CandidateResult candidate : election.getCandidates()) {
        if (candidate.getResult().orElse(null) != ElectionResult.ELECTED) {
          continue;
        }
        String id = candidate.getCandidateId().toString();
        if (base == 0) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(election), day)
              .expectedZh(id + "得票数不少于" + baseZh + "的三分之一").foundZh("未记录" + baseZh + "数")
              .expectedEn(id + " with at least a third of the " + baseEn).foundEn("no " + baseEn + " recorded")
              .addMissingFacts(all ? "ballotsReturned" : "validBallots").build());
        } else if (3L * candidate.getVotes() < base) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(election), day)
              .expectedZh(id + "得票数不少于" + baseZh + base + "张的三分之一")
              .foundZh(id + "得" + candidate.getVotes() + "票，却记为当选")
              .expectedEn(id + " with at least a third of the " + base + " " + baseEn)
              .foundEn(id + " recorded as elected with " + candidate.getVotes() + " votes").build());
        }
      }
    }
    return findings;
  }
}
