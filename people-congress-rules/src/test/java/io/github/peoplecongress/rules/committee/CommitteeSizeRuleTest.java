package io.github.peoplecongress.rules.committee;

import static io.github.peoplecongress.rules.committee.CommitteeTestSupport.termStarting;
import static io.github.peoplecongress.rules.committee.CommitteeTestSupport.withPopulation;
import static io.github.peoplecongress.rules.committee.CommitteeTestSupport.withSize;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CommitteeSizeRuleTest {
  private final CommitteeSizeRule rule = new CommitteeSizeRule();

  @Test
  void size_27_is_within_range() {
    assertThat(run(rule, yearOf(2019))).isEmpty();
  }

  @Test
  void boundaries_15_35_and_45_by_population() {
    assertThat(run(rule, withSize(yearOf(2019), 15))).isEmpty();
    assertThat(run(rule, withSize(yearOf(2019), 14))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
    assertThat(run(rule, withSize(yearOf(2019), 35))).isEmpty();
    assertThat(run(rule, withSize(yearOf(2019), 36))).hasSize(1);
    assertThat(run(rule, withPopulation(withSize(yearOf(2019), 45), 1_000_001L))).isEmpty();
    assertThat(run(rule, withPopulation(withSize(yearOf(2019), 45), 1_000_000L))).hasSize(1);
    assertThat(run(rule, withPopulation(withSize(yearOf(2019), 46), 5_000_000L))).hasSize(1);
  }

  @Test
  void above_35_without_population_is_cannot_tell() {
    assertThat(run(rule, withPopulation(withSize(yearOf(2019), 40), null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("district.population");
    });
  }

  @Test
  void law_of_the_term_start_applies() {
    assertThat(run(rule, withSize(termStarting(yearOf(2022), LocalDate.of(2022, 3, 11)), 36))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    assertThat(run(rule, withSize(termStarting(yearOf(2022), LocalDate.of(2022, 3, 12)), 36))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void golden_message() {
    var f = run(rule, withSize(termStarting(yearOf(2022), LocalDate.of(2022, 3, 12)), 36)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[COMM-001] 违反规定：常委会组成人员名额（地方组织法（2022）第四十七条第四款第三项）CongressTerm 16：应当组成人员名额为15人至35人"
            + "（人口超过1000000的不超过45人），实际名额36人，人口800000");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[COMM-001] violation: Committee size (Local Organic Law (2022) Art. 47(4) item 3) at CongressTerm 16: "
            + "expected a size of 15 to 35 (at most 45 above 1000000 inhabitants) but found a size of 36 with a "
            + "population of 800000");
  }
}
