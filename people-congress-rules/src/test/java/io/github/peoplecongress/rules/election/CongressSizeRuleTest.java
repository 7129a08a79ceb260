package io.github.peoplecongress.rules.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.ImmutableCongressTerm;
import io.github.peoplecongress.model.body.ImmutableDistrict;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CongressSizeRuleTest {
  private final CongressSizeRule rule = new CongressSizeRule();

  private static CommitteeRecords year(Long population, Integer seats) {
    ImmutableCommitteeRecords year = ImmutableCommitteeRecords.copyOf(Fixtures.year2019().build());
    return year.withDistrict(ImmutableDistrict.copyOf(year.getDistrict()).withPopulation(Optional.ofNullable(population)))
        .withTerms(ImmutableCongressTerm.copyOf(year.getTerms().get(0)).withDeputySeats(Optional.ofNullable(seats)));
  }

  private List<Finding> check(Long population, Integer seats) {
    return rule.evaluate(Fixtures.context(year(population, seats)));
  }

  private List<Finding> check(JurisdictionProfile profile, Long population, Integer seats) {
    return rule.evaluate(Fixtures.context(year(population, seats), profile, LocalDate.of(2020, 12, 31)));
  }

  @Test
  void base_plus_one_per_five_thousand() {
    // 800,000 inhabitants: 140 + 160 = 300
    assertThat(check(800_000L, 140)).isEmpty();
    assertThat(check(800_000L, 300)).isEmpty();
    assertThat(check(800_000L, 301)).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
    assertThat(check(800_000L, 139)).hasSize(1);
    assertThat(check(804_999L, 300)).isEmpty();
    assertThat(check(804_999L, 301)).hasSize(1);
  }

  @Test
  void cap_of_450_above_1_55_million_and_small_districts() {
    assertThat(check(2_000_000L, 450)).isEmpty();
    assertThat(check(2_000_000L, 451)).hasSize(1);
    assertThat(check(49_999L, 100)).isEmpty();
    assertThat(check(50_000L, 139)).hasSize(1);
  }

  @Test
  void minority_bonus_by_provincial_decision() {
    JurisdictionProfile bonus = JurisdictionProfile.builder("bonus", "另加", "bonus")
        .set(ElectionParameters.MINORITY_BONUS_PERCENT, DatedSeries.of(LocalDate.of(2015, 8, 29), 5, "省级决定"))
        .build();
    assertThat(check(bonus, 800_000L, 315)).isEmpty();
    assertThat(check(bonus, 800_000L, 316)).hasSize(1);
  }

  @Test
  void missing_population_or_seats_is_cannot_tell() {
    assertThat(check(null, 200)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("district.population"));
    assertThat(check(800_000L, null)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("term.deputySeats"));
  }

  @Test
  void law_version_by_the_terms_first_session() {
    // the term starts 2016-12-20; move the unverified 2020 effective date around it
    JurisdictionProfile after = JurisdictionProfile.builder("a", "a", "a")
        .effectiveDate(Laws.ELECTION_LAW_2020, LocalDate.of(2016, 12, 21)).build();
    JurisdictionProfile on = JurisdictionProfile.builder("b", "b", "b")
        .effectiveDate(Laws.ELECTION_LAW_2020, LocalDate.of(2016, 12, 20)).build();
    assertThat(check(after, 800_000L, 400).get(0).getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(on, 800_000L, 400).get(0).getCitation().getLaw()).isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(800_000L, 320).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-013] 违反规定：区人民代表大会代表名额"
        + "（选举法（2015）第十二条第一款第三项）CongressTerm 16：应当人口800000人，代表名额为140至300名（基数140名，每5000人增加一名），"
        + "实际代表名额320名");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-013] violation: Size of the district congress "
        + "(Election Law (2015) Art. 12(1) item 3) at CongressTerm 16: expected 140 to 300 deputies for 800000 "
        + "inhabitants (base 140, one per 5000) but found 320 deputy seats");
  }
}
