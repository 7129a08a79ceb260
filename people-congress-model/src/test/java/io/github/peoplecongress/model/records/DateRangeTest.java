package io.github.peoplecongress.model.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** A range of days with both ends included: building, comparing, years, text and JSON forms. */
class DateRangeTest {
  private static final ObjectMapper JSON = CongressJson.objectMapper();
  private static final DateRange YEAR_2019 = DateRange.ofYear(2019);
  private static final DateRange EIGHTEEN_MONTHS = range("2019-01-01", "2020-06-30");

  private static DateRange range(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void of_keeps_both_ends() {
    DateRange range = range("2019-07-01", "2020-06-30");
    assertThat(range.getFrom()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(range.getTo()).isEqualTo(LocalDate.of(2020, 6, 30));
  }

  @Test
  void a_single_day_is_a_range() {
    DateRange day = range("2019-03-02", "2019-03-02");
    assertThat(day.contains(LocalDate.of(2019, 3, 2))).isTrue();
    assertThat(day.contains(LocalDate.of(2019, 3, 3))).isFalse();
    assertThat(day).hasToString("2019-03-02..2019-03-02");
  }

  @Test
  void to_before_from_is_refused_with_a_message_naming_both() {
    assertThatThrownBy(() -> range("2020-01-01", "2019-12-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DateRange: to 2019-12-31 must not be before from 2020-01-01");
  }

  @Test
  void of_year_runs_from_the_first_of_january_to_the_thirty_first_of_december() {
    assertThat(YEAR_2019).isEqualTo(range("2019-01-01", "2019-12-31"));
    assertThat(DateRange.ofYear(2020).getTo()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(DateRange.ofYear(2020).contains(LocalDate.of(2020, 2, 29))).isTrue();
  }

  @Test
  void contains_includes_both_ends_and_nothing_outside() {
    assertThat(YEAR_2019.contains(LocalDate.of(2019, 1, 1))).isTrue();
    assertThat(YEAR_2019.contains(LocalDate.of(2019, 12, 31))).isTrue();
    assertThat(YEAR_2019.contains(LocalDate.of(2019, 6, 15))).isTrue();
    assertThat(YEAR_2019.contains(LocalDate.of(2018, 12, 31))).isFalse();
    assertThat(YEAR_2019.contains(LocalDate.of(2020, 1, 1))).isFalse();
  }

  @Test
  void contains_refuses_a_null_day_naming_it() {
    assertThatThrownBy(() -> YEAR_2019.contains(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void encloses_a_range_wholly_inside_including_itself() {
    assertThat(EIGHTEEN_MONTHS.encloses(YEAR_2019)).isTrue();
    assertThat(EIGHTEEN_MONTHS.encloses(EIGHTEEN_MONTHS)).isTrue();
    assertThat(EIGHTEEN_MONTHS.encloses(range("2020-06-30", "2020-06-30"))).isTrue();
    assertThat(YEAR_2019.encloses(EIGHTEEN_MONTHS)).isFalse();
    assertThat(EIGHTEEN_MONTHS.encloses(range("2020-06-01", "2020-07-01"))).isFalse();
    assertThat(EIGHTEEN_MONTHS.encloses(range("2018-12-31", "2019-01-31"))).isFalse();
  }

  @Test
  void overlaps_when_the_ranges_share_at_least_one_day() {
    assertThat(YEAR_2019.overlaps(EIGHTEEN_MONTHS)).isTrue();
    assertThat(EIGHTEEN_MONTHS.overlaps(YEAR_2019)).isTrue();
    // the last day of one is the first day of the other
    assertThat(YEAR_2019.overlaps(range("2019-12-31", "2020-03-01"))).isTrue();
    assertThat(range("2019-12-31", "2020-03-01").overlaps(YEAR_2019)).isTrue();
  }

  @Test
  void consecutive_ranges_do_not_overlap() {
    DateRange next = range("2020-01-01", "2020-06-30");
    assertThat(YEAR_2019.overlaps(next)).isFalse();
    assertThat(next.overlaps(YEAR_2019)).isFalse();
    assertThat(YEAR_2019.overlaps(DateRange.ofYear(2021))).isFalse();
  }

  @Test
  void intersection_is_the_days_both_share() {
    DateRange secondHalf = range("2019-07-01", "2020-06-30");
    assertThat(YEAR_2019.intersection(secondHalf)).contains(range("2019-07-01", "2019-12-31"));
    assertThat(secondHalf.intersection(YEAR_2019)).contains(range("2019-07-01", "2019-12-31"));
    assertThat(EIGHTEEN_MONTHS.intersection(YEAR_2019)).contains(YEAR_2019);
    assertThat(YEAR_2019.intersection(range("2019-12-31", "2020-01-05"))).contains(range("2019-12-31", "2019-12-31"));
  }

  @Test
  void intersection_of_ranges_that_do_not_overlap_is_empty() {
    assertThat(YEAR_2019.intersection(range("2020-01-01", "2020-06-30"))).isEmpty();
    assertThat(YEAR_2019.intersection(DateRange.ofYear(2017))).isEmpty();
  }

  @Test
  void spans_one_calendar_year_only_from_the_first_of_january_to_the_thirty_first_of_december_of_one_year() {
    assertThat(YEAR_2019.spansOneCalendarYear()).isTrue();
    assertThat(DateRange.ofYear(2020).spansOneCalendarYear()).isTrue();
    assertThat(range("2019-01-02", "2019-12-31").spansOneCalendarYear()).isFalse();
    assertThat(range("2019-01-01", "2019-12-30").spansOneCalendarYear()).isFalse();
    assertThat(range("2019-01-01", "2020-12-31").spansOneCalendarYear()).isFalse();
    assertThat(range("2019-07-01", "2020-06-30").spansOneCalendarYear()).isFalse();
    assertThat(range("2019-01-01", "2019-01-01").spansOneCalendarYear()).isFalse();
  }

  @Test
  void years_lists_every_calendar_year_the_range_touches_in_order() {
    assertThat(YEAR_2019.years()).containsExactly(Year.of(2019));
    assertThat(EIGHTEEN_MONTHS.years()).containsExactly(Year.of(2019), Year.of(2020));
    assertThat(range("2019-12-31", "2022-01-01").years())
        .containsExactly(Year.of(2019), Year.of(2020), Year.of(2021), Year.of(2022));
  }

  @Test
  void to_string_is_from_dot_dot_to() {
    assertThat(YEAR_2019).hasToString("2019-01-01..2019-12-31");
    assertThat(EIGHTEEN_MONTHS).hasToString("2019-01-01..2020-06-30");
  }

  @Test
  void parse_reads_what_to_string_writes() {
    assertThat(DateRange.parse("2019-01-01..2020-06-30")).isEqualTo(EIGHTEEN_MONTHS);
    for (DateRange range : new DateRange[] {YEAR_2019, EIGHTEEN_MONTHS, range("2020-02-29", "2020-02-29")}) {
      assertThat(DateRange.parse(range.toString())).isEqualTo(range);
    }
  }

  @Test
  void parse_refuses_text_without_two_dots_showing_the_form_and_the_text() {
    assertThatThrownBy(() -> DateRange.parse("2019-01-01/2019-12-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected FROM..TO, such as 2019-01-01..2020-06-30, but found \"2019-01-01/2019-12-31\"");
  }

  @Test
  void parse_refuses_a_date_that_is_not_iso_keeping_the_cause() {
    assertThatThrownBy(() -> DateRange.parse("2019-02-30..2019-12-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected FROM..TO with dates yyyy-MM-dd, but found \"2019-02-30..2019-12-31\"")
        .hasCauseInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> DateRange.parse("2019-01-01.."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found \"2019-01-01..\"");
    assertThatThrownBy(() -> DateRange.parse("2019/01/01..2019/12/31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dates yyyy-MM-dd");
  }

  @Test
  void parse_refuses_dates_out_of_order_naming_both() {
    assertThatThrownBy(() -> DateRange.parse("2020-06-30..2019-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DateRange: to 2019-01-01 must not be before from 2020-06-30");
  }

  @Test
  void json_form_is_an_object_of_two_iso_dates_and_round_trips() throws Exception {
    String json = JSON.writeValueAsString(EIGHTEEN_MONTHS);
    JsonNode tree = JSON.readTree(json);
    assertThat(tree.size()).isEqualTo(2);
    assertThat(tree.get("from").asText()).isEqualTo("2019-01-01");
    assertThat(tree.get("to").asText()).isEqualTo("2020-06-30");
    assertThat(JSON.readValue(json, DateRange.class)).isEqualTo(EIGHTEEN_MONTHS);
  }

  @Test
  void json_with_to_before_from_is_refused_naming_both() {
    String json = "{\"from\":\"2020-01-01\",\"to\":\"2019-12-31\"}";
    assertThatThrownBy(() -> JSON.readValue(json, DateRange.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("to 2019-12-31 must not be before from 2020-01-01");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(json, DateRange.class, "span.json"));
    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.MAPPING);
      assertThat(p.getPath()).isEqualTo("$");
      assertThat(p.getExpected()).contains("to 2019-12-31 must not be before from 2020-01-01");
    });
    assertThat(e.getProblems()).extracting(Problem::getSource).containsExactly("");
  }
}
