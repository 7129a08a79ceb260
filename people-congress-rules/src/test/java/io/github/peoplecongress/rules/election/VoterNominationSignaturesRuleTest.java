package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static io.github.peoplecongress.rules.election.ElectionFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.election.Nomination;
import io.github.peoplecongress.model.election.NominatorType;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VoterNominationSignaturesRuleTest {
  private final VoterNominationSignaturesRule rule = new VoterNominationSignaturesRule();

  private static Nomination byVoters(Integer count, LocalDate date) {
    var builder = Nomination.builder().candidateId(person(101)).nominatedBy(NominatorType.VOTERS).date(date);
    return count == null ? builder.build() : builder.nominatorCount(count).build();
  }

  @Test
  void ten_signatures_suffice_nine_do_not() {
    LocalDate date = LocalDate.of(2021, 10, 20);
    assertThat(check(rule, election(DAY).withNominations(byVoters(10, date)))).isEmpty();
    assertThat(check(rule, election(DAY).withNominations(byVoters(9, date)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void party_nominations_are_not_counted() {
    assertThat(check(rule, election(DAY).withNominations(Nomination.builder().candidateId(person(101))
        .nominatedBy(NominatorType.PARTY_OR_ORGANIZATION).organizationId(OrganizationId.of("ORG-GOV")).build())))
        .isEmpty();
  }

  @Test
  void missing_count_is_cannot_tell() {
    assertThat(check(rule, election(DAY).withNominations(byVoters(null, LocalDate.of(2021, 10, 20)))))
        .singleElement().satisfies(f -> assertThat(f.getMissingFacts())
            .containsExactly("nominations[0].nominatorCount"));
  }

  @Test
  void law_version_by_nomination_date() {
    assertThat(check(rule, election(DAY).withNominations(byVoters(3, LocalDate.of(2020, 10, 16)))).get(0)
        .getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, election(DAY).withNominations(byVoters(3, LocalDate.of(2020, 10, 17)))).get(0)
        .getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, election(DAY).withNominations(byVoters(8, LocalDate.of(2021, 10, 20)))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-006] 违反规定：选民联名推荐人数"
        + "（选举法（2020）第三十条第二款）Election E-1 nominations[0]：应当推荐P-101的选民联名人数不少于10人，实际8人联名");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-006] violation: Voters signing a joint nomination "
        + "(Election Law (2020) Art. 30(2)) at Election E-1 nominations[0]: expected at least 10 voters signing the "
        + "nomination of P-101 but found 8 signatures");
  }
}
