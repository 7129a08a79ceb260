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
 * ELEC-008 每一选民接受的委托不得超过三人. 选举法第四十二条：「每一选民接受的委托不得超过三人」.
 *
 * <p>The records hold only the number of proxy votes of a round, not who held them. Reading: a proxy holder is
 * another voter who votes in person, so the proxy votes can be at most three times the voters who voted in person
 * ({@code voted − proxyVotes}); more proxy votes than that prove that some voter held more than three. The check
 * is a necessary condition only: it cannot see one voter holding four proxies when the total is within the bound.
 * A round without recorded proxy votes is not checked (proxy voting is optional and the count is only kept where
 * it happened).
 */
public final class ProxyVotesPerVoterRule extends ElectionRule {

  /** Creates the rule. */
  public ProxyVotesPerVoterRule() {
    super("ELEC-008", "委托投票人数", "Proxies per voter", ElectionLaw.versions(42, null, null, ElectionLaw.ART_42),
        List.of(ElectionParameters.MAX_PROXIES),
        List.of("With only the total of proxy votes recorded, a violation is shown when the proxy votes exceed three "
            + "times the voters who voted in person (voted − proxyVotes); a round without proxyVotes is not checked.",
            READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      if (election.getProxyVotes().isEmpty()) {
        continue;
      }
      LocalDate day = election.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      Optional<Integer> max = context.valueOn(ElectionParameters.MAX_PROXIES, day);
      if (version.isEmpty() || max.isEmpty()) {
        continue;
      }
      int proxies = election.getProxyVotes().get();
      int inPerson = election.getVoted() - proxies;
      if ((long) proxies > (long) max.get() * inPerson) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(election), day)
            .expectedZh("每一选民接受的委托不超过" + max.get() + "人，即委托投票不超过亲自投票选民数" + inPerson + "的"
                + max.get() + "倍（" + (long) max.get() * inPerson + "票）")
            .foundZh("委托投票" + proxies + "票")
            .expectedEn("at most " + max.get() + " proxies per voter, so at most " + max.get() + " × " + inPerson
                + " voters in person = " + (long) max.get() * inPerson + " proxy votes")
            .foundEn(proxies + " proxy votes").build());
      }
    }
    return findings;
  }
}
