package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import java.util.List;

/**
 * ELEC-003 代表候选人名单在选举日十五日以前公布. 选举法第三十二条第一款：
 * 「……选举委员会汇总后，将代表候选人名单及代表候选人的基本情况在选举日的十五日以前公布……」
 *
 * <p>Readings as for ELEC-001: 「十五日以前」 counted backwards by the context's {@code BeforeReading} (default
 * election day − 15); general elections, by-elections and new elections only.
 */
public final class PreliminaryCandidateListInTimeRule extends ElectionRule {

  /** Creates the rule. */
  public PreliminaryCandidateListInTimeRule() {
    super("ELEC-003", "代表候选人名单公布时限", "Preliminary candidate list published in time",
        ElectionLaw.versions(32, 1, null, ElectionLaw.ART_32_1_PRELIMINARY),
        List.of(ElectionParameters.PRELIMINARY_LIST_DAYS),
        List.of("「十五日以前」: the latest day is election day minus 15 days under the default BeforeReading.",
            "Applies to general elections, by-elections and new elections; runoffs and revotes use the earlier list.",
            READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return beforeElectionDay(context, ElectionParameters.PRELIMINARY_LIST_DAYS, Election::getPreliminaryListDate,
        "preliminaryListDate", "公布代表候选人名单", "the preliminary candidate list published");
  }
}
