package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import java.util.List;

/**
 * ELEC-004 正式代表候选人名单在选举日七日以前公布. 选举法第三十二条第一款：
 * 「正式代表候选人名单及代表候选人的基本情况应当在选举日的七日以前公布。」
 *
 * <p>Readings as for ELEC-001: 「七日以前」 counted backwards by the context's {@code BeforeReading} (default
 * election day − 7); general elections, by-elections and new elections only.
 */
public final class FormalCandidateListInTimeRule extends ElectionRule {

  /** Creates the rule. */
  public FormalCandidateListInTimeRule() {
    super("ELEC-004", "正式代表候选人名单公布时限", "Formal candidate list published in time",
        ElectionLaw.versions(32, 1, null, ElectionLaw.ART_32_1_FORMAL), List.of(ElectionParameters.FORMAL_LIST_DAYS),
        List.of("「七日以前」: the latest day is election day minus 7 days under the default BeforeReading.",
            "Applies to general elections, by-elections and new elections; runoffs and revotes use the earlier list.",
            READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return beforeElectionDay(context, ElectionParameters.FORMAL_LIST_DAYS, Election::getFormalListDate,
        "formalListDate", "公布正式代表候选人名单", "the formal candidate list published");
  }
}
