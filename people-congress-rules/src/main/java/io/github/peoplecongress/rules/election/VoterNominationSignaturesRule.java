package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.Nomination;
import io.github.peoplecongress.model.election.NominatorType;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ELEC-006 选民十人以上联名推荐代表候选人. 选举法第三十条第二款：「……选民或者代表，十人以上联名，也可以推荐代表候选人。……」
 *
 * <p>Each nomination by voters ({@code nominatedBy = VOTERS}) needs at least ten signatures. Readings: 「十人以上」
 * includes ten; the version applied is the one in force on the nomination date, or on election day when the
 * nomination is undated. A nomination by voters without a recorded count is "cannot tell".
 */
public final class VoterNominationSignaturesRule extends ElectionRule {

  /** Creates the rule. */
  public VoterNominationSignaturesRule() {
    super("ELEC-006", "选民联名推荐人数", "Voters signing a joint nomination",
        ElectionLaw.versions(30, 2, null, ElectionLaw.ART_30_2), List.of(ElectionParameters.MIN_NOMINATORS),
        List.of("「十人以上」 includes ten (以上 includes the number itself).",
            "An undated nomination is judged under the law in force on election day.", READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      List<Nomination> nominations = election.getNominations();
      for (int i = 0; i < nominations.size(); i++) {
        Nomination nomination = nominations.get(i);
        if (nomination.getNominatedBy() != NominatorType.VOTERS) {
          continue;
        }
        LocalDate date = nomination.getDate().orElse(election.getElectionDay());
        Optional<RuleVersion> version = versionOn(date, context.getProfile());
        Optional<Integer> min = context.valueOn(ElectionParameters.MIN_NOMINATORS, date);
        if (version.isEmpty() || min.isEmpty()) {
          continue;
        }
        String record = label(election) + " nominations[" + i + "]";
        String candidate = nomination.getCandidateId().toString();
        String expectedZh = "推荐" + candidate + "的选民联名人数不少于" + min.get() + "人";
        String expectedEn = "at least " + min.get() + " voters signing the nomination of " + candidate;
        Optional<Integer> count = nomination.getNominatorCount();
        if (count.isEmpty()) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, date).expectedZh(expectedZh)
              .foundZh("未记录联名人数").expectedEn(expectedEn).foundEn("no count of signatures recorded")
              .addMissingFacts("nominations[" + i + "].nominatorCount").build());
        } else if (count.get() < min.get()) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, date).expectedZh(expectedZh)
              .foundZh(count.get() + "人联名").expectedEn(expectedEn).foundEn(count.get() + " signatures").build());
        }
      }
    }
    return findings;
  }
}
