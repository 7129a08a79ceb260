package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.peoplecongress.model.id.RecordId;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.validation.PersonalData;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words for problem messages: what a JSON value is, and what a Java type expects. */
final class JsonValues {
  private static final Pattern START_MARKER = Pattern.compile(
      " \\((?:start marker|for (?:Object|Array) starting) at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
  /** A run of digits long enough to be part of an identity or phone number. */
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{7,}");
  private static final Pattern CONFIGURATION_NAME = Pattern.compile(",? from `[^`]*`|: enable `[^`]*` to allow");

  private JsonValues() {}

  /**
   * Words for a syntax or size-limit failure of the parser, without the parser's internal names: no source
   * descriptions, no feature or class names.
   */
  static String syntax(String parserMessage) {
    if (parserMessage == null || parserMessage.isBlank()) {
      return "malformed JSON";
    }
    if (parserMessage.startsWith("Trailing token")) {
      return "more content after the end of the document";
    }
    String text = START_MARKER.matcher(parserMessage).replaceAll(" (opened at line $1, column $2)");
    // the parser quotes the token it could not read, which may be an identity or phone number whose quote was lost
    text = DIGIT_RUN.matcher(text).replaceAll(run -> PersonalData.Mask.PHONE.mask(run.group()));
    text = CONFIGURATION_NAME.matcher(text).replaceAll("");
    int internal = text.indexOf('`');
    if (internal >= 0) {
      text = text.substring(0, internal).replaceAll("[\\s(:,]+$", "");
    }
    return text.isBlank() ? "malformed JSON" : text;
  }

  /**
   * Names the size limit a parser's message says fired, with its value: the longest string, the deepest nesting,
   * the longest number or the longest document.
   */
  static String limit(String parserMessage) {
    String text = parserMessage == null ? "" : parserMessage;
    if (text.startsWith("String value length")) {
      return "a string of at most " + CongressJson.MAX_STRING_LENGTH + " characters (the string-length limit)";
    }
    if (text.contains("nesting depth")) {
      return "nesting of at most " + CongressJson.MAX_NESTING_DEPTH + " levels (the nesting limit)";
    }
    if (text.startsWith("Number value length")) {
      return "a number of at most " + CongressJson.MAX_NUMBER_LENGTH + " characters (the number-length limit)";
    }
    if (text.startsWith("Document length")) {
      return "a document of at most " + CongressJson.MAX_DOCUMENT_LENGTH + " characters (the document-length limit)";
    }
    return "input within the size limits";
  }

  /** The JSON path at which a parser stopped, such as {@code $.people[0].name}; {@code $} when unknown. */
  static String pathOf(Object processor) {
    if (!(processor instanceof com.fasterxml.jackson.core.JsonParser parser)) {
      return "$";
    }
    StringBuilder path = new StringBuilder("$");
    for (com.fasterxml.jackson.core.JsonPointer pointer = parser.getParsingContext().pathAsPointer();
        pointer != null && !pointer.matches(); pointer = pointer.tail()) {
      if (pointer.mayMatchElement()) {
        path.append('[').append(pointer.getMatchingIndex()).append(']');
      } else {
        path.append('.').append(pointer.getMatchingProperty());
      }
    }
    return path.toString();
  }

  /** The JSON path of a mapping failure's references, such as {@code $.people[0].name}. */
  static String pathOf(java.util.List<com.fasterxml.jackson.databind.JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Describes a JSON value as found: strings quoted and abbreviated, containers by kind. */
  static String describe(JsonNode node) {
    return describe(node, null);
  }

  /**
   * Describes a JSON value as found; a value of personal data ({@code mask} not null) is masked, whether it came as a
   * string or as a number.
   */
  static String describe(JsonNode node, PersonalData.Mask mask) {
    if (mask != null && node.isValueNode()) {
      String masked = mask.mask(node.asText());
      return node.isTextual() ? "\"" + Problem.abbreviate(masked) + "\"" : Problem.abbreviate(masked);
    }
    if (node.isTextual()) {
      return "\"" + Problem.abbreviate(node.asText()) + "\"";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array of " + node.size();
    }
    return node.toString();
  }

  /** Says what a field of the given type expects. */
  static String expected(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == Optional.class) {
      return expected(type.containedType(0));
    }
    if (type.isCollectionLikeType()) {
      return "an array of " + expected(type.getContentType());
    }
    if (raw == LocalDate.class) {
      return "a date yyyy-MM-dd";
    }
    if (raw == Year.class) {
      return "a year such as 2019";
    }
    if (raw == String.class) {
      return "a string";
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return "a whole number";
    }
    if (raw == BigDecimal.class) {
      return "a decimal number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return "one of " + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }
    if (RecordId.class.isAssignableFrom(raw)) {
      return "a " + raw.getSimpleName() + " (1 to 64 letters, digits or . _ : / -)";
    }
    return "a " + raw.getSimpleName();
  }

  /** Says what a field of the given type expects, with the reason the value was refused, if any. */
  static String expected(JavaType type, Throwable failure) {
    String reason = failure == null ? null : reason(failure);
    return expected(type) + (reason == null ? "" : ": " + reason);
  }

  /** The message of the deepest argument, state or date-time exception: the model's own words. */
  private static String reason(Throwable failure) {
    String reason = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
          || cause instanceof DateTimeException || cause instanceof NumberFormatException) {
        reason = cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return reason;
  }
}
