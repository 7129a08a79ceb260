package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProxyVotesPerVoterRuleTest {
  private final ProxyVotesPerVoterRule rule = new ProxyVotesPerVoterRule();

  @Test
  void three_proxies_per_voter_in_person_at_most() {
    // 800 voted: 600 proxies and 200 in person is exactly 3 each; 601 is too many
    assertThat(check(rule, election(DAY))).isEmpty();
    assertThat(check(rule, election(DAY).withProxyVotes(600))).isEmpty();
    assertThat(check(rule, election(DAY).withProxyVotes(601))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void law_version_by_election_day() {
    assertThat(check(rule, election(LocalDate.of(2020, 10, 16)).withProxyVotes(700)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, election(LocalDate.of(2020, 10, 17)).withProxyVotes(700)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, election(DAY).withProxyVotes(700)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-008] 违反规定：委托投票人数"
        + "（选举法（2020）第四十二条）Election E-1：应当每一选民接受的委托不超过3人，即委托投票不超过亲自投票选民数100的3倍（300票），"
        + "实际委托投票700票");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-008] violation: Proxies per voter (Election Law "
        + "(2020) Art. 42) at Election E-1: expected at most 3 proxies per voter, so at most 3 × 100 voters in person "
        + "= 300 proxy votes but found 700 proxy votes");
  }
}
