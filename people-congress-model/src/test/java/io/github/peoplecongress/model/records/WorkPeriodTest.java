package io.github.peoplecongress.model.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.ImmutableCongressTerm;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.records.WorkPeriod.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The period a check or report covers: its three text forms, and how a term resolves against a set of records. */
class WorkPeriodTest {
  private static final String FORMS = "expected a year (2019), a term (term:16) or a range of days "
      + "(2019-01-01..2020-06-30), but found ";
  private static final LocalDate TERM_17_START = LocalDate.of(2020, 1, 10);

  /** The small year's set, extended to 2020-06-30, in which term 16 ended when term 17 first met on 2020-01-10. */
  private static CommitteeRecords acrossTwoTerms() {
    CommitteeRecords year = CommitteeRecordsReadingTest.smallYear();
    CongressTerm term16 = ImmutableCongressTerm.copyOf(year.term(16).orElseThrow()).withEndDate(TERM_17_START);
    return ImmutableCommitteeRecords.copyOf(year)
        .withSpan(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30)))
        .withTerms(term16, term(17, TERM_17_START));
  }

  private static CongressTerm term(int number, LocalDate start) {
    return CongressTerm.builder().number(number).startDate(start)
        .standingCommittee(StandingCommittee.builder().size(2).build()).build();
  }

  @Test
  void four_digits_are_a_calendar_year() {
    WorkPeriod period = WorkPeriod.parse("2019");
    assertThat(period.getKind()).isEqualTo(Kind.YEAR);
    assertThat(period.getNumber()).contains(2019);
    assertThat(period).isEqualTo(WorkPeriod.year(2019)).hasSameHashCodeAs(WorkPeriod.year(2019));
    assertThat(period.resolve(acrossTwoTerms())).isEqualTo(DateRange.ofYear(2019));
    assertThat(period).hasToString("2019");
  }

  @Test
  void term_colon_number_is_a_congress_term() {
    WorkPeriod period = WorkPeriod.parse("term:16");
    assertThat(period.getKind()).isEqualTo(Kind.TERM);
    assertThat(period.getNumber()).contains(16);
    assertThat(period).isEqualTo(WorkPeriod.term(16)).isNotEqualTo(WorkPeriod.year(16));
    assertThat(period).hasToString("term:16");
  }

  @Test
  void two_dates_joined_by_two_dots_are_a_range_of_days() {
    WorkPeriod period = WorkPeriod.parse("2019-01-01..2020-06-30");
    DateRange days = DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30));
    assertThat(period.getKind()).isEqualTo(Kind.RANGE);
    assertThat(period.getNumber()).isEmpty();
    assertThat(period).isEqualTo(WorkPeriod.range(days));
    assertThat(period.resolve(acrossTwoTerms())).isEqualTo(days);
    assertThat(period).hasToString("2019-01-01..2020-06-30");
  }

  @Test
  void a_range_that_is_exactly_one_calendar_year_becomes_that_year() {
    WorkPeriod parsed = WorkPeriod.parse("2019-01-01..2019-12-31");
    assertThat(parsed.getKind()).isEqualTo(Kind.YEAR);
    assertThat(parsed.getNumber()).contains(2019);
    assertThat(parsed).isEqualTo(WorkPeriod.year(2019)).hasToString("2019");
    assertThat(WorkPeriod.range(DateRange.ofYear(2020))).isEqualTo(WorkPeriod.year(2020));
  }

  @Test
  void a_range_of_a_year_less_a_day_stays_a_range() {
    WorkPeriod period = WorkPeriod.parse("2019-01-01..2019-12-30");
    assertThat(period.getKind()).isEqualTo(Kind.RANGE);
    assertThat(period).isNotEqualTo(WorkPeriod.year(2019)).hasToString("2019-01-01..2019-12-30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019", "term:16", "term:1", "2019-01-01..2020-06-30", "2019-07-01..2019-07-01"})
  void to_string_is_read_back_by_parse(String text) {
    assertThat(WorkPeriod.parse(text)).hasToString(text);
    assertThat(WorkPeriod.parse(WorkPeriod.parse(text).toString())).isEqualTo(WorkPeriod.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "19", "20190", "last year", "term", "term:", "term:x", "term:1234", "16", "2019-01-01"})
  void text_of_none_of_the_three_forms_is_refused_naming_them(String text) {
    assertThatThrownBy(() -> WorkPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(FORMS + "\"" + text + "\"");
  }

  @Test
  void a_bad_range_is_refused_naming_the_forms_and_the_reason() {
    assertThatThrownBy(() -> WorkPeriod.parse("2019-02-30..2019-12-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(FORMS + "\"2019-02-30..2019-12-31\": ")
        .hasMessageContaining("dates yyyy-MM-dd");
    assertThatThrownBy(() -> WorkPeriod.parse("2020-06-30..2019-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(FORMS + "\"2020-06-30..2019-01-01\": DateRange: to 2019-01-01 must not be before from 2020-06-30");
  }

  @Test
  void term_zero_is_refused_naming_the_forms_and_the_reason() {
    assertThatThrownBy(() -> WorkPeriod.parse("term:0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(FORMS + "\"term:0\": a term number must be positive, but was 0");
    assertThatThrownBy(() -> WorkPeriod.term(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a term number must be positive, but was -1");
  }

  @Test
  void an_ended_term_resolves_from_its_first_session_to_the_day_before_the_next_term() {
    assertThat(WorkPeriod.parse("term:16").resolve(acrossTwoTerms()))
        .isEqualTo(DateRange.of(LocalDate.of(2015, 1, 10), LocalDate.of(2020, 1, 9)));
  }

  @Test
  void a_running_term_resolves_from_its_first_session_to_the_end_of_the_records_span() {
    assertThat(WorkPeriod.term(17).resolve(acrossTwoTerms()))
        .isEqualTo(DateRange.of(TERM_17_START, LocalDate.of(2020, 6, 30)));
    // with an earlier as-of date, the running term resolves to that date
    CommitteeRecords asOfMarch = acrossTwoTerms().withSpan(DateRange.of(LocalDate.of(2019, 1, 1),
        LocalDate.of(2020, 3, 31)));
    assertThat(WorkPeriod.term(17).resolve(asOfMarch)).isEqualTo(DateRange.of(TERM_17_START, LocalDate.of(2020, 3, 31)));
  }

  @Test
  void the_only_term_of_the_small_year_resolves_to_the_end_of_2019() {
    assertThat(WorkPeriod.term(16).resolve(CommitteeRecordsReadingTest.smallYear()))
        .isEqualTo(DateRange.of(LocalDate.of(2015, 1, 10), LocalDate.of(2019, 12, 31)));
  }

  @Test
  void an_unknown_term_is_refused_naming_the_terms_the_records_have() {
    assertThatThrownBy(() -> WorkPeriod.term(18).resolve(acrossTwoTerms()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the records have no term 18; they have [term:16, term:17]");
  }

  @Test
  void the_terms_named_for_an_unknown_term_are_in_number_order() {
    CommitteeRecords records = ImmutableCommitteeRecords.copyOf(CommitteeRecordsReadingTest.smallYear())
        .withTerms(ImmutableCongressTerm.copyOf(term(9, LocalDate.of(2012, 1, 5))).withEndDate(LocalDate.of(2017, 1, 5)),
            term(10, LocalDate.of(2017, 1, 5)));
    assertThatThrownBy(() -> WorkPeriod.term(16).resolve(records))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the records have no term 16; they have [term:9, term:10]");
  }

  @Test
  void latest_year_is_the_year_of_the_records_as_of_date() {
    WorkPeriod latest = WorkPeriod.latestYear(acrossTwoTerms());
    assertThat(latest).isEqualTo(WorkPeriod.year(2020)).hasToString("2020");
    assertThat(latest.resolve(acrossTwoTerms())).isEqualTo(DateRange.ofYear(2020));
    assertThat(WorkPeriod.latestYear(CommitteeRecordsReadingTest.smallYear())).isEqualTo(WorkPeriod.year(2019));
  }

  @Test
  void a_year_and_a_range_resolve_to_their_own_days_even_outside_the_records_span() {
    CommitteeRecords records = CommitteeRecordsReadingTest.smallYear();
    assertThat(WorkPeriod.year(2015).resolve(records)).isEqualTo(DateRange.ofYear(2015));
    assertThat(WorkPeriod.parse("2021-03-01..2021-04-30").resolve(records))
        .isEqualTo(DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30)));
  }
}
