package io.github.peoplecongress.rules.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.ImmutableCongressTerm;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermLengthRuleTest {
  private static final TermLengthRule RULE = new TermLengthRule();

  private static List<Finding> findings(LocalDate start, LocalDate end) {
    return findings(start, end, LocalDate.of(2020, 12, 31));
  }

  private static List<Finding> findings(LocalDate start, LocalDate end, LocalDate asOf) {
    CommitteeRecords fixture = Fixtures.year2019().build();
    ImmutableCongressTerm term = ImmutableCongressTerm.copyOf(fixture.getTerms().get(0)).withStartDate(start);
    if (end != null) {
      term = term.withEndDate(end);
    }
    return RULE.evaluate(Fixtures.context(ImmutableCommitteeRecords.copyOf(fixture).withTerms(term),
        JurisdictionProfile.national(), asOf));
  }

  @Test
  void a_next_first_session_on_the_fifth_anniversary_complies() {
    assertThat(findings(LocalDate.of(2016, 12, 20), LocalDate.of(2021, 12, 20))).isEmpty();
  }

  @Test
  void a_next_first_session_one_day_later_breaks_the_five_years_with_golden_messages() {
    List<Finding> findings = findings(LocalDate.of(2016, 12, 20), LocalDate.of(2021, 12, 21));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[COMM-008] 违反规定：人民代表大会每届任期五年（宪法（2018）第九十八条）"
          + "CongressTerm 16：应当自2016-12-20第一次会议起任期五年，下届第一次会议不晚于2021-12-20，实际下届第一次会议于2021-12-21举行");
      assertThat(f.describe(Locale.ENGLISH)).isEqualTo("[COMM-008] violation: Five-year congress term (Constitution of "
          + "the PRC (2018) Art. 98) at CongressTerm 16: expected a five-year term from the first session on 2016-12-20, "
          + "the next first session on or before 2021-12-20 but found the next first session on 2021-12-21");
    });
  }

  @Test
  void the_constitution_in_force_on_the_next_first_session_applies() {
    assertThat(findings(LocalDate.of(2013, 1, 5), LocalDate.of(2018, 3, 10))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.CONSTITUTION_2004));
    assertThat(findings(LocalDate.of(2013, 1, 5), LocalDate.of(2018, 3, 11))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.CONSTITUTION_2018));
  }

  @Test
  void five_years_ending_by_the_as_of_date_without_a_recorded_end_cannot_be_told_naming_the_term_path() {
    assertThat(findings(LocalDate.of(2014, 6, 1), null)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("$.terms[0].endDate");
      assertThat(f.getFactDate()).contains(LocalDate.of(2019, 6, 1));
      assertThat(f.getFoundEn()).isEqualTo("no date recorded for the next first session");
    });
  }

  @Test
  void five_years_ending_after_the_as_of_date_are_not_judged_yet_and_from_their_last_day_they_are() {
    // five years from 2015-01-10 end on 2020-01-10
    assertThat(findings(LocalDate.of(2015, 1, 10), null, LocalDate.of(2020, 1, 9))).isEmpty();
    assertThat(findings(LocalDate.of(2015, 1, 10), null, LocalDate.of(2020, 1, 10))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getFactDate()).contains(LocalDate.of(2020, 1, 10));
        });
  }
}
