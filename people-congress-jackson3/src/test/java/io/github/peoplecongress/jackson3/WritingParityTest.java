package io.github.peoplecongress.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.DistrictKind;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The details of the output that the example years may not exercise, written alike by both majors. */
class WritingParityTest {
  private static final ObjectMapper JACKSON_2 = CongressJson.objectMapper();
  private static final JsonMapper JACKSON_3 = CongressJson3.mapper();

  private static final String LINE = System.lineSeparator();

  private static District district(String name) {
    return District.builder().name(name).divisionCode("539901").kind(DistrictKind.CITY_DISTRICT).build();
  }

  private static FiscalSummary fiscal(String total, String livelihood) {
    return FiscalSummary.builder().year(Year.of(2019)).totalExpenditure(new BigDecimal(total))
        .livelihoodExpenditure(new BigDecimal(livelihood)).build();
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("Chinese text, not escaped", district("云川区")),
        Arguments.of("characters beyond the BMP (CJK Extension B, emoji)", district("𠀀𪚥区😀")),
        Arguments.of("a lone surrogate", district("区\uD840")),
        Arguments.of("slashes, quotes and backslashes", district("a/b \"c\" \\d </script>")),
        Arguments.of("control characters", district("tab\tline\nnul\u0000del\u007f")),
        Arguments.of("line and paragraph separators", district("\u2028\u2029")),
        Arguments.of("an absent optional value, omitted", district("云川区")),
        Arguments.of("a present optional value", District.builder().name("云川区").divisionCode("539901")
            .kind(DistrictKind.CITY_DISTRICT).population(812600L).build()),
        Arguments.of("decimals: trailing zeros, exponents written plain", fiscal("1E+3", "12.50")),
        Arguments.of("decimals: small and precise", fiscal("3500000000.00", "0.000000000001")),
        Arguments.of("a Year and LocalDates", DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))),
        Arguments.of("empty lists", CommitteeRecords.builder().span(DateRange.ofYear(2019))
            .district(district("云川区")).build()),
        Arguments.of("a list of values", List.of(district("甲"), district("乙"))),
        Arguments.of("an empty list at the root", List.of()),
        Arguments.of("an empty map", Map.of()),
        Arguments.of("a map with an absent value", Map.of("k", Optional.empty())),
        Arguments.of("a root string", "云川区/𠀀"),
        Arguments.of("a root decimal", new BigDecimal("1.0E-7")));
  }

  /** Values a host's own types may hold, beyond the model's. */
  static Stream<Arguments> hostValues() {
    return Stream.of(
        Arguments.of("a LocalDateTime", LocalDateTime.of(2019, 1, 2, 3, 4, 5, 600_000_000)),
        Arguments.of("a LocalTime", LocalTime.of(3, 4)),
        Arguments.of("an OffsetDateTime in UTC", OffsetDateTime.of(2019, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)),
        Arguments.of("a ZonedDateTime in Shanghai", ZonedDateTime.of(2019, 1, 2, 3, 4, 5, 0,
            ZoneId.of("Asia/Shanghai"))),
        Arguments.of("an Instant", Instant.parse("2019-01-02T03:04:05.123456789Z")),
        Arguments.of("a Duration", Duration.ofDays(3)),
        Arguments.of("a Period", Period.ofMonths(3)),
        Arguments.of("a Month", Month.MARCH),
        Arguments.of("a YearMonth", YearMonth.of(2019, 3)),
        Arguments.of("a MonthDay", MonthDay.of(3, 1)),
        Arguments.of("a ZoneId", ZoneId.of("Asia/Shanghai")),
        Arguments.of("dates as map keys", new TreeMap<>(Map.of(LocalDate.of(2019, 1, 1), 1, LocalDate.of(2020, 1, 1),
            2))),
        Arguments.of("years as map keys", new TreeMap<>(Map.of(Year.of(2019), 1, Year.of(2020), 2))),
        Arguments.of("a java.util.Date", new Date(0L)),
        Arguments.of("an OptionalInt", OptionalInt.of(3)),
        Arguments.of("an empty OptionalInt", OptionalInt.empty()),
        Arguments.of("a BigInteger", new BigInteger("123456789012345678901234567890")),
        Arguments.of("a double", 1.5d),
        Arguments.of("NaN", Double.NaN),
        Arguments.of("bytes", new byte[] {1, 2, 3}),
        Arguments.of("a UUID", UUID.fromString("00000000-0000-0000-0000-000000000001")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"values", "hostValues"})
  void both_majors_write_the_same_text(String what, Object value) {
    String byJackson2 = outcome(() -> JACKSON_2.writeValueAsString(value));
    String byJackson3 = outcome(() -> JACKSON_3.writeValueAsString(value));

    assertThat(byJackson3).as("%s: %s", what, ExampleData.firstDifference(byJackson2, byJackson3))
        .isEqualTo(byJackson2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"values", "hostValues"})
  void both_majors_write_the_same_utf8_bytes(String what, Object value) {
    String byJackson2 = outcome(() -> Arrays.toString(JACKSON_2.writeValueAsBytes(value)));
    String byJackson3 = outcome(() -> Arrays.toString(JACKSON_3.writeValueAsBytes(value)));

    assertThat(byJackson3).as(what).isEqualTo(byJackson2);
  }

  /** What a write gives: its output, or that it failed (both majors must fail alike, say on a lone surrogate). */
  private static String outcome(Callable<String> write) {
    try {
      return write.call();
    } catch (Exception e) {
      return "(fails to write: " + (e instanceof com.fasterxml.jackson.core.JacksonException
          || e instanceof tools.jackson.core.JacksonException ? "a Jackson exception" : e.toString()) + ")";
    }
  }

  @Test
  void a_locale_is_the_one_value_written_differently() throws Exception {
    // Jackson 3 writes a Locale as its BCP 47 language tag; Jackson 2 as Locale.toString(). No model type holds a
    // Locale, so the project's JSON is unaffected; a host's own Locale fields keep Jackson 3's standard form.
    assertThat(JACKSON_2.writeValueAsString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("\"zh_CN\"");
    assertThat(JACKSON_3.writeValueAsString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("\"zh-CN\"");
  }

  @Test
  void the_layout_is_jackson_2s_default_pretty_printer() {
    String written = JACKSON_3.writeValueAsString(fiscal("1E+3", "12.50"));

    assertThat(written).isEqualTo("{" + LINE
        + "  \"year\" : \"2019\"," + LINE
        + "  \"totalExpenditure\" : 1000," + LINE
        + "  \"livelihoodExpenditure\" : 12.50," + LINE
        + "  \"source\" : \"\"" + LINE
        + "}");
    assertThat(JACKSON_3.writeValueAsString(List.of(List.of(), Map.of(), 1, 2))).isEqualTo("[ [ ], { }, 1, 2 ]");
  }

  @Test
  void jackson_3_reads_back_the_special_text_it_wrote() {
    District value = district("𠀀 a/b \"c\" \\d\t\u2028 区\u0000");

    String written = JACKSON_3.writeValueAsString(value);

    assertThat(JACKSON_3.readValue(written, District.class)).isEqualTo(value);
    assertThat(JACKSON_3.readValue(JACKSON_3.writeValueAsBytes(value), District.class)).isEqualTo(value);
  }

  @Test
  void bytes_are_utf8_with_characters_beyond_the_bmp_escaped_as_jackson_2_writes_them() {
    // Jackson 2 (COMBINE_UNICODE_SURROGATES_IN_UTF8 off) escapes a surrogate pair in UTF-8 output; text output keeps
    // the character. Jackson 3 would combine the pair into one 4-byte sequence by default: switched off, for the bytes.
    byte[] written = JACKSON_3.writeValueAsBytes("云川区𠀀");

    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("\"云川区\\uD840\\uDC00\"");
    assertThat(JACKSON_3.writeValueAsString("云川区𠀀")).isEqualTo("\"云川区𠀀\"");
    assertThat(JACKSON_3.readValue(written, String.class)).isEqualTo("云川区𠀀");
  }
}
