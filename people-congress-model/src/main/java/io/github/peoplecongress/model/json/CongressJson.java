package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;

/**
 * The Jackson configuration for people-congress JSON, in one line: {@code ObjectMapper mapper = CongressJson.objectMapper();}.
 *
 * <p>The configuration is: ISO dates ({@code "2019-03-02"}), {@code Year} as a string ({@code "2019"}), {@code BigDecimal} money
 * written in plain notation and read without going through {@code double}, optional values omitted when empty,
 * no default typing (so no polymorphic gadget chains), unknown properties rejected (use {@link #lenientObjectMapper()}
 * to ignore them), trailing tokens after the document rejected, duplicate keys rejected, and size limits
 * ({@link #MAX_STRING_LENGTH} characters per string, {@link #MAX_NESTING_DEPTH} levels, {@link #MAX_DOCUMENT_LENGTH}
 * characters per document).
 *
 * <p>Implementation Requirements: the returned mappers are new instances; configure copies, not the shared ones.
 */
public final class CongressJson {
  /** The longest string value accepted: 100,000 characters. No field of the model needs more. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The deepest nesting accepted: 64 levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest number accepted: 100 characters, digits, sign, point and exponent together. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /**
   * The longest document accepted: 2 billion bytes (characters, for text), several times a million records. Reading
   * streams the document, so memory follows the records kept, not this bound.
   */
  public static final long MAX_DOCUMENT_LENGTH = 2_000_000_000L;

  private CongressJson() {}

  /**
   * Returns a new mapper with the strict people-congress configuration.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper objectMapper() {
    return builder(true).build();
  }

  /**
   * Returns a new mapper that ignores unknown properties instead of rejecting them. Prefer
   * {@code ModelReader.lenient()}, which also reports what it ignored.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper lenientObjectMapper() {
    return builder(false).build();
  }

  /**
   * Returns a new parser factory with the size limits and duplicate-key detection of the people-congress
   * configuration: what the mappers parse with, for a host that reads tokens itself.
   *
   * @return a new factory, not null
   */
  public static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
  }

  /**
   * Returns a mapper builder with the people-congress configuration, for hosts that add their own modules.
   *
   * @param rejectUnknownProperties  whether unknown properties fail reading
   * @return a new builder, not null
   */
  public static JsonMapper.Builder builder(boolean rejectUnknownProperties) {
    return JsonMapper.builder(jsonFactory())
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(BoundedDecimals.module())
        .addModule(IsoDates.module())
        .addModule(CanonicalIds.module())
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // 12.50 stays 12.50
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // nothing silently changed: 46000.5 is no whole number, 13812345678 no text, 2019-12-31T00:00 no date
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withConfigOverride(LocalDate.class, override -> override.setFormat(JsonFormat.Value.forLeniency(false)))
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, rejectUnknownProperties)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }
}
