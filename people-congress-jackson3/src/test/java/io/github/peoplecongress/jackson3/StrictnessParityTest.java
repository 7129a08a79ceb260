package io.github.peoplecongress.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same small documents are accepted or rejected alike by Jackson 2 ({@link CongressJson}) and Jackson 3
 * ({@link CongressJson3}). Every bad document is a one-change copy of a good one that both majors read to equal values,
 * so each rejection is for the change and nothing else.
 */
class StrictnessParityTest {
  /** Every read, good or bad, must end well within this: a refused huge exponent must be refused, not computed. */
  private static final Duration FAST = Duration.ofSeconds(5);

  private static final ObjectMapper JACKSON_2 = CongressJson.objectMapper();
  private static final JsonMapper JACKSON_3 = CongressJson3.mapper();
  private static final ObjectMapper LENIENT_2 = CongressJson.lenientObjectMapper();
  private static final JsonMapper LENIENT_3 = CongressJson3.lenientMapper();

  private static final String DISTRICT =
      "{'name':'云川区','divisionCode':'539901','kind':'CITY_DISTRICT','population':812600}";
  private static final String TALLY = "{'inFavor':40,'against':1,'abstain':2}";
  private static final String SPAN = "{'from':'2019-01-01','to':'2019-12-31'}";
  private static final String FISCAL = "{'year':'2019','totalExpenditure':3500000000.00,"
      + "'livelihoodExpenditure':2661000000.00,'source':'2019年决算'}";
  private static final String COMMITTEE = "{'size':27,'memberships':[]}";

  /** A good document, the same document with one change, and the type both majors read them as. */
  record Change(String what, Class<?> type, String good, String changed) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        // numbers where whole numbers are expected: nothing is rounded or truncated
        change("46000.5 for an int", VoteTally.class, TALLY, "'inFavor':40", "'inFavor':46000.5"),
        change("46000.0 for an int", VoteTally.class, TALLY, "'inFavor':40", "'inFavor':46000.0"),
        change("46000.5 for an Optional<Long>", District.class, DISTRICT, "812600", "46000.5"),
        change("3000000000 for an int", VoteTally.class, TALLY, "'inFavor':40", "'inFavor':3000000000"),
        change("null for a primitive int", VoteTally.class, TALLY, "'inFavor':40", "'inFavor':null"),
        change("a string for an int", VoteTally.class, TALLY, "'inFavor':40", "'inFavor':'40'"),
        change("true for an int", VoteTally.class, TALLY, "'inFavor':40", "'inFavor':true"),
        change("a string for an Optional<Long>", District.class, DISTRICT, "812600", "'812600'"),
        change("a leading zero", District.class, DISTRICT, "812600", "0812600"),
        // text: nothing is made a string that was not one
        change("a number for a string", District.class, DISTRICT, "'云川区'", "13812345678"),
        change("a decimal for a string", District.class, DISTRICT, "'云川区'", "1.5"),
        change("a boolean for a string", District.class, DISTRICT, "'云川区'", "true"),
        change("an object for a string", District.class, DISTRICT, "'云川区'", "{}"),
        change("an array for a string", District.class, DISTRICT, "'云川区'", "['云川区']"),
        change("null for a required string", District.class, DISTRICT, "'云川区'", "null"),
        change("a required property missing", District.class, DISTRICT, ",'kind':'CITY_DISTRICT'", ""),
        // enums: the exact constant name only
        change("a number for an enum", District.class, DISTRICT, "'CITY_DISTRICT'", "0"),
        change("an unknown enum constant", District.class, DISTRICT, "'CITY_DISTRICT'", "'CITY'"),
        change("an enum constant in lower case", District.class, DISTRICT, "'CITY_DISTRICT'", "'city_district'"),
        change("an empty string for an enum", District.class, DISTRICT, "'CITY_DISTRICT'", "''"),
        // dates: ISO days only
        change("a date-time for a LocalDate", DateRange.class, SPAN, "'2019-01-01'", "'2019-01-01T00:00'"),
        change("a date-time with offset for a LocalDate", DateRange.class, SPAN, "'2019-01-01'",
            "'2019-01-01T00:00:00+08:00'"),
        change("a day that does not exist", DateRange.class, SPAN, "'2019-01-01'", "'2019-02-30'"),
        change("a number for a LocalDate", DateRange.class, SPAN, "'2019-01-01'", "17897"),
        change("a day written 1/1/2019", DateRange.class, SPAN, "'2019-01-01'", "'1/1/2019'"),
        change("a year with a month for a Year", FiscalSummary.class, FISCAL, "'2019'", "'2019-01'"),
        // decimals: no NaN, no strings, and bounded before any arithmetic
        change("NaN for a BigDecimal", FiscalSummary.class, FISCAL, "3500000000.00", "NaN"),
        change("Infinity for a BigDecimal", FiscalSummary.class, FISCAL, "3500000000.00", "Infinity"),
        change("a string for a BigDecimal", FiscalSummary.class, FISCAL, "3500000000.00", "'3500000000.00'"),
        change("1e999999999 for a BigDecimal", FiscalSummary.class, FISCAL, "3500000000.00", "1e999999999"),
        change("1e-999999999 for a BigDecimal", FiscalSummary.class, FISCAL, "2661000000.00", "1e-999999999"),
        new Change("31 digits before the point", FiscalSummary.class,
            json(FISCAL.replace("3500000000.00", "9".repeat(30))),
            json(FISCAL.replace("3500000000.00", "9".repeat(31)))),
        new Change("13 digits after the point", FiscalSummary.class,
            json(FISCAL.replace("2661000000.00", "0." + "1".repeat(12))),
            json(FISCAL.replace("2661000000.00", "0." + "1".repeat(13)))),
        // arrays
        change("an object for an array", StandingCommittee.class, COMMITTEE, "[]", "{}"),
        change("a single value for an array", StandingCommittee.class, COMMITTEE, "[]", "'M-1'"),
        // the document: one JSON value and nothing else, keys once, unknown properties refused
        change("an unknown property", District.class, DISTRICT, "'population'", "'populace'"),
        change("an added unknown property", District.class, DISTRICT, "812600", "812600,'extra':1"),
        change("a duplicate key", District.class, DISTRICT, "'divisionCode':'539901'",
            "'divisionCode':'539901','divisionCode':'539902'"),
        change("a duplicate key with the same value", District.class, DISTRICT, "'divisionCode':'539901'",
            "'divisionCode':'539901','divisionCode':'539901'"),
        new Change("a second document after the first", District.class, json(DISTRICT), json(DISTRICT) + " {}"),
        new Change("a token after the document", District.class, json(DISTRICT), json(DISTRICT) + " x"),
        new Change("an empty document", District.class, json(DISTRICT), ""),
        change("a trailing comma", District.class, DISTRICT, "812600}", "812600,}"),
        change("a comment", District.class, DISTRICT, "812600}", "812600 /* people */}"),
        new Change("single quotes", District.class, json(DISTRICT), DISTRICT),
        change("an unquoted property name", District.class, DISTRICT, "'population'", "population"),
        change("an unescaped control character", District.class, DISTRICT, "'云川区'", "'云川\t区'"),
        // size limits, each at its bound and one past it
        new Change("a string longer than MAX_STRING_LENGTH", District.class,
            json(DISTRICT.replace("云川区", "区".repeat(CongressJson.MAX_STRING_LENGTH))),
            json(DISTRICT.replace("云川区", "区".repeat(CongressJson.MAX_STRING_LENGTH + 1)))),
        new Change("nesting deeper than MAX_NESTING_DEPTH", Object.class,
            nested(CongressJson.MAX_NESTING_DEPTH), nested(CongressJson.MAX_NESTING_DEPTH + 1)),
        new Change("a number longer than MAX_NUMBER_LENGTH", Object.class,
            "[" + "7".repeat(CongressJson.MAX_NUMBER_LENGTH) + "]",
            "[" + "7".repeat(CongressJson.MAX_NUMBER_LENGTH + 1) + "]"))
        .map(change -> Arguments.of(change));
  }

  static Stream<Arguments> acceptedAlike() {
    return Stream.of(
        // documents the Jackson 2 configuration reads: Jackson 3 must read them to the same values
        new Change("a Year as a number", FiscalSummary.class, json(FISCAL), json(FISCAL.replace("'2019'", "2019"))),
        new Change("trailing zeros of a decimal", FiscalSummary.class, json(FISCAL),
            json(FISCAL.replace("2661000000.00", "2661000000.0000"))),
        new Change("a decimal in exponent notation", FiscalSummary.class, json(FISCAL),
            json(FISCAL.replace("2661000000.00", "2.661E+9"))),
        new Change("a whole number for a decimal", FiscalSummary.class, json(FISCAL),
            json(FISCAL.replace("2661000000.00", "2661000000"))),
        new Change("an optional value given as null", District.class, json(DISTRICT),
            json(DISTRICT.replace("812600", "null"))),
        new Change("an optional value left out", District.class, json(DISTRICT),
            json(DISTRICT.replace(",'population':812600", ""))),
        new Change("a defaulted value left out", VoteTally.class, json(TALLY), json(TALLY)),
        new Change("properties in another order", District.class, json(DISTRICT),
            json("{'population':812600,'kind':'CITY_DISTRICT','divisionCode':'539901','name':'云川区'}")),
        new Change("escapes and characters beyond the BMP", District.class, json(DISTRICT),
            json(DISTRICT.replace("云川区", "\\u4e91\\/\\\"𠀀😀"))),
        new Change("whitespace around the document", District.class, json(DISTRICT),
            "\n\t " + json(DISTRICT) + " \r\n"))
        .map(change -> Arguments.of(change));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"rejected", "acceptedAlike"})
  void both_majors_read_the_good_document_to_equal_values(Change change) {
    Object byJackson2 = read2(JACKSON_2, change.type(), change.good());
    Object byJackson3 = read3(JACKSON_3, change.type(), change.good());

    assertThat(byJackson3).as(change.what()).isEqualTo(byJackson2).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void both_majors_reject_the_bad_document(Change change) {
    Throwable byJackson2 = failureOf(() -> read2(JACKSON_2, change.type(), change.changed()));
    Throwable byJackson3 = failureOf(() -> read3(JACKSON_3, change.type(), change.changed()));

    assertThat(byJackson2).as("%s: Jackson 2 rejects %s", change.what(), abbreviated(change.changed()))
        .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
    assertThat(byJackson3).as("%s: Jackson 3 rejects %s (Jackson 2 said: %s)", change.what(),
            abbreviated(change.changed()), byJackson2.getMessage())
        .isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedAlike")
  void both_majors_read_the_variant_to_equal_values(Change change) {
    Object byJackson2 = read2(JACKSON_2, change.type(), change.changed());
    Object byJackson3 = read3(JACKSON_3, change.type(), change.changed());

    assertThat(byJackson3).as(change.what()).isEqualTo(byJackson2).isNotNull();
  }

  @Test
  void the_lenient_mappers_both_ignore_unknown_properties() {
    String withUnknown = json(DISTRICT.replace("812600", "812600,'populace':{'census':[2010,2020]}"));
    Object expected = read2(JACKSON_2, District.class, json(DISTRICT));

    assertThat(read2(LENIENT_2, District.class, withUnknown)).isEqualTo(expected);
    assertThat(read3(LENIENT_3, District.class, withUnknown)).isEqualTo(expected);
    assertThat(failureOf(() -> read3(JACKSON_3, District.class, withUnknown)))
        .isInstanceOf(tools.jackson.databind.exc.UnrecognizedPropertyException.class);
  }

  @Test
  void the_lenient_mappers_are_otherwise_as_strict() {
    List<Change> changes = rejected().map(arguments -> (Change) arguments.get()[0])
        .filter(change -> !change.what().contains("unknown property"))
        .toList();
    for (Change change : changes) {
      assertThat(failureOf(() -> read2(LENIENT_2, change.type(), change.changed()))).as("Jackson 2: %s", change)
          .isNotNull();
      assertThat(failureOf(() -> read3(LENIENT_3, change.type(), change.changed()))).as("Jackson 3: %s", change)
          .isNotNull();
    }
  }

  private static Change change(String what, Class<?> type, String good, String from, String to) {
    if (!good.contains(from)) {
      throw new IllegalArgumentException(what + ": " + from + " is not in " + good);
    }
    return new Change(what, type, json(good), json(good.replace(from, to)));
  }

  /** The documents are written with single quotes for legibility. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static Object read2(ObjectMapper mapper, Class<?> type, String json) {
    return assertTimeoutPreemptively(FAST, () -> mapper.readValue(json, type), () -> "Jackson 2 took over " + FAST);
  }

  private static Object read3(JsonMapper mapper, Class<?> type, String json) {
    return assertTimeoutPreemptively(FAST, () -> mapper.readValue(json, type), () -> "Jackson 3 took over " + FAST);
  }

  /** The exception a read threw, unwrapped from the timeout's executor; null if it returned. */
  private static Throwable failureOf(Runnable read) {
    return catchThrowable(read::run);
  }

  private static String abbreviated(String json) {
    String text = Objects.toString(json);
    return text.length() <= 160 ? text : text.substring(0, 150) + "… (" + text.length() + " characters)";
  }
}
