package io.github.peoplecongress.jackson3;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.introspect.VisibilityChecker;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The Jackson 3 twin of {@link CongressJson}: the people-congress JSON configuration for hosts that run Jackson 3
 * ({@code tools.jackson}), in one line: {@code JsonMapper mapper = CongressJson3.mapper();}.
 *
 * <p>The mappers read and reject the same documents as {@link CongressJson}'s and write the same bytes, tested on the
 * example data: ISO dates ({@code "2019-03-02"}), {@code Year} as a string ({@code "2019"}), {@code BigDecimal} written
 * in plain notation, read without going through {@code double} and bounded (see {@link PeopleCongressModule}),
 * absent optional values omitted, no default typing, unknown properties rejected (use {@link #lenientMapper()} to
 * ignore them), trailing tokens, duplicate keys, {@code NaN}, numbers for text or enums, fractions for whole numbers
 * and date-times for dates rejected, the same size limits ({@link CongressJson#MAX_STRING_LENGTH} characters per
 * string, {@link CongressJson#MAX_NESTING_DEPTH} levels, {@link CongressJson#MAX_NUMBER_LENGTH} characters per number,
 * {@link CongressJson#MAX_DOCUMENT_LENGTH} characters per document), and output indented with two spaces and the
 * platform's line separator, as Jackson 2's default pretty printer does.
 *
 * <p>Jackson 3 changed many defaults (properties sorted alphabetically, enums read and written with
 * {@code toString()}, unknown properties ignored, surrogate pairs combined, forward slashes escaped, creators
 * visible only when public, parameter names detected, …). Every setting that decides what is read or written is set
 * here explicitly, whether or not its Jackson 3 default already agrees, so that a change of default in a later
 * Jackson 3 release cannot change the project's JSON.
 *
 * <p>Implementation Requirements: the returned mappers and builders are new instances; configure copies, not shared
 * ones. Jackson 3 mappers are immutable: use {@link JsonMapper#rebuild()} to derive one.
 */
public final class CongressJson3 {
  private static final JsonFormat.Value TEXT = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);

  private CongressJson3() {}

  /**
   * Returns a new mapper with the strict people-congress configuration.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper mapper() {
    return builder(true).build();
  }

  /**
   * Returns a new mapper that ignores unknown properties instead of rejecting them; otherwise as strict as
   * {@link #mapper()}.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper lenientMapper() {
    return builder(false).build();
  }

  /**
   * Returns a mapper builder with the people-congress configuration and {@link PeopleCongressModule}, for hosts that
   * add their own modules: {@code CongressJson3.builder(true).addModule(hostModule).build()}.
   *
   * @param rejectUnknownProperties  whether unknown properties fail reading
   * @return a new builder, not null
   */
  public static JsonMapper.Builder builder(boolean rejectUnknownProperties) {
    return JsonMapper.builder(factory())
        .addModule(new PeopleCongressModule())

        // ---- reading: what is rejected ----
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, rejectUnknownProperties) // 3.x default: off
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)            // 3.x default; 2.x default: off
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)        // 3.x default; 2.x default: off
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)       // default: off
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)              // default: off
        // plain RFC 8259 JSON: every syntax extension off, as by default in both majors
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)                // NaN, Infinity
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_RS_CONTROL_CHAR, JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
            JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)             // error messages do not quote the input
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)                     // a DeserializationFeature in 2.x
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)                   // 3.x default: on
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)                  // 3.x default: on
        // nothing silently changed: 46000.5 is no whole number, 13812345678 no text, 2019-12-31T00:00 no date
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)               // 3.x default: on
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withConfigOverride(LocalDate.class, override -> override.setFormat(JsonFormat.Value.forLeniency(false)))

        // ---- reading: how numbers and dates are read ----
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)         // default: off
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)         // 12.50 stays 12.50
        .disable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)             // 3.x default: on; 2.x: off
        .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)                 // 3.x default: on; 2.x: off
        .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)        // 3.x default: on
        .disable(DateTimeFeature.ONE_BASED_MONTHS)                         // 3.x default: on; 2.x: off
        .enable(DateTimeFeature.NORMALIZE_DESERIALIZED_ZONE_ID)
        .disable(DateTimeFeature.ALWAYS_ALLOW_STRINGIFIED_DATE_TIMESTAMPS)
        .disable(DateTimeFeature.USE_TIME_ZONE_FOR_LENIENT_DATE_PARSING)
        .disable(DateTimeFeature.TRUNCATE_TO_MSECS_ON_READ)

        // ---- writing: the bytes ----
        .changeDefaultPropertyInclusion(inclusion ->
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)                // LocalDate "2019-03-02"
        // 3.x writes Year and Month as numbers (2019, 2) whatever WRITE_DATES_AS_TIMESTAMPS says; 2.x as text
        .withConfigOverride(Year.class, override -> override.setFormat(TEXT))
        .withConfigOverride(Month.class, override -> override.setFormat(TEXT))
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
        .enable(DateTimeFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
        .enable(DateTimeFeature.WRITE_UTC_AS_OFFSET)                       // java.util.Date: "+00:00" as 2.x, not "Z"
        .disable(DateTimeFeature.ALWAYS_WRITE_SUBSECOND_DIGITS)
        .disable(DateTimeFeature.TRUNCATE_TO_MSECS_ON_WRITE)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)              // default: off
        .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)                  // 3.x default: on
        .disable(EnumFeature.WRITE_ENUMS_USING_INDEX)
        .disable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)             // 3.x default: on
        .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(MapperFeature.SORT_PROPERTIES_BY_INDEX)                    // what 2.x always does
        .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.ORDER_SET_ELEMENTS)
        .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)                  // 3.x default: off
        .enable(SerializationFeature.FAIL_ON_ORDER_MAP_BY_INCOMPARABLE_KEY) // 3.x default: off
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(prettyPrinter())
        // 3.x default: on; 2.x: off: UTF-8 output escapes a character beyond the BMP (𠀀) as its surrogate pair
        .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)                  // "a/b", not "a\/b"
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)                        // 云川区 stays 云川区
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)                     // hex digits of escapes in upper case
        .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
        .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
        .disable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)                // Double.toString's digits, as 2.x

        // ---- finding properties and creators: as 2.x does ----
        .disable(MapperFeature.DETECT_PARAMETER_NAMES)                     // 3.x default: on; 2.x needs a module
        .disable(MapperFeature.FIX_FIELD_NAME_UPPER_CASE_PREFIX)           // 3.x default: on
        .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)              // 3.x default: off
        .enable(MapperFeature.USE_GETTERS_AS_SETTERS)                      // 3.x default: off
        .enable(MapperFeature.DEFAULT_VIEW_INCLUSION)                      // 3.x default: off
        .disable(MapperFeature.ALLOW_VOID_VALUED_PROPERTIES)               // 3.x default: on
        // 3.x sees creators only when public (2.x: any) and scalar constructors when not private (2.x: any)
        .changeDefaultVisibility(visibility -> new VisibilityChecker(
            Visibility.PUBLIC_ONLY, // fields
            Visibility.PUBLIC_ONLY, // getters
            Visibility.PUBLIC_ONLY, // is-getters
            Visibility.ANY,         // setters
            Visibility.ANY,         // creators
            Visibility.ANY));       // scalar constructors
  }

  /** The stream factory: the project's size limits, and Jackson 2's defaults for the limits it does not set. */
  private static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(CongressJson.MAX_STRING_LENGTH)
            .maxNestingDepth(CongressJson.MAX_NESTING_DEPTH)
            .maxDocumentLength(CongressJson.MAX_DOCUMENT_LENGTH)
            .maxNumberLength(CongressJson.MAX_NUMBER_LENGTH)
            .maxNameLength(com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_NAME_LEN)
            .maxTokenCount(com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_TOKEN_COUNT)
            .build())
        // 3.x default: 500 levels; 2.x: 1000
        .streamWriteConstraints(StreamWriteConstraints.builder()
            .maxNestingDepth(com.fasterxml.jackson.core.StreamWriteConstraints.DEFAULT_MAX_DEPTH)
            .build())
        // how much of a bad token or of the input an error message quotes
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(com.fasterxml.jackson.core.ErrorReportConfiguration.DEFAULT_MAX_ERROR_TOKEN_LENGTH)
            .maxRawContentLength(com.fasterxml.jackson.core.ErrorReportConfiguration.DEFAULT_MAX_RAW_CONTENT_LENGTH)
            .build())
        .build();
  }

  /**
   * Jackson 2's default pretty printer, spelt out: objects one entry a line, indented by two spaces and ended with the
   * platform's line separator; arrays on the line, {@code [ a, b ]}; {@code " : "} between name and value;
   * {@code "{ }"} and {@code "[ ]"} when empty; one space between root values.
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = new Separators(
        " ",                                // between root values
        ':', Separators.Spacing.BOTH,       // "name" : value
        ',', Separators.Spacing.NONE, " ",  // entries; an empty object is "{ }"
        ',', Separators.Spacing.NONE, " "); // elements; an empty array is "[ ]"
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(new DefaultIndenter("  ", DefaultIndenter.SYS_LF))
        .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance());
  }
}
