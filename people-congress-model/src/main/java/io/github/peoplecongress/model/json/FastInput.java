package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.peoplecongress.model.id.RecordId;
import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the generated readers ({@code GeneratedReaders}, written at build time by people-congress-processor) read
 * tokens with. The generated readers take only the plain forms of the project's JSON; anything else — a value of
 * another shape, an unknown property, a constraint not met, a record that does not build — ends the fast read with
 * {@link Declined}, and the reader falls back to the data binding and the constraint validator, which either accept
 * the document after all or say exactly what is wrong. So this class never explains; it only decides quickly that
 * a document is plainly right.
 *
 * <p>Convention: a value method is called with the parser on the value's first token and leaves it on the value's
 * last token.
 */
final class FastInput {
  /** The one answer to anything the fast read does not take; without a stack trace, so declining is cheap. */
  static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Declined INSTANCE = new Declined();

    private Declined() {
      super("declined by the fast read", null, false, false);
    }
  }

  /** Distinct ids remembered per type, as {@link CanonicalIds} does for the data binding. */
  private static final int MAX_REMEMBERED = 1 << 16;

  private final JsonParser parser;
  private final Map<Class<?>, Map<String, RecordId>> ids = new HashMap<>();

  FastInput(JsonParser parser) {
    this.parser = parser;
  }

  /** Moves to the first token of the document. */
  void start() throws IOException {
    parser.nextToken();
  }

  /** Declines unless the document ended after its value. */
  void end() throws IOException {
    require(parser.nextToken() == null);
  }

  static void require(boolean condition) {
    if (!condition) {
      throw Declined.INSTANCE;
    }
  }

  /** Marks a property as read, declining a property read twice: the duplicate detection of the fast read. */
  static long once(long seen, long property) {
    require((seen & property) == 0);
    return seen | property;
  }

  /** Requires the current token to start an object. */
  void beginObject() {
    require(parser.currentToken() == JsonToken.START_OBJECT);
  }

  /** The next property's name, with the parser moved onto its value, or null at the end of the object. */
  String nextField() throws IOException {
    String name = parser.nextFieldName();
    if (name == null) {
      require(parser.currentToken() == JsonToken.END_OBJECT);
      return null;
    }
    parser.nextToken();
    return name;
  }

  /** Requires the current token to start an array. */
  void beginArray() {
    require(parser.currentToken() == JsonToken.START_ARRAY);
  }

  /** Moves to the next element; false at the end of the array. */
  boolean nextElement() throws IOException {
    return parser.nextToken() != JsonToken.END_ARRAY;
  }

  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  String string() throws IOException {
    require(parser.currentToken() == JsonToken.VALUE_STRING);
    return parser.getText();
  }

  int integer() throws IOException {
    require(parser.currentToken() == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT);
    return parser.getIntValue();
  }

  long longInteger() throws IOException {
    JsonToken token = parser.currentToken();
    require(token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
    return parser.getLongValue();
  }

  boolean bool() {
    JsonToken token = parser.currentToken();
    require(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
    return token == JsonToken.VALUE_TRUE;
  }

  BigDecimal decimal() throws IOException {
    JsonToken token = parser.currentToken();
    require(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
    BigDecimal value = parser.getDecimalValue();
    require(BoundedDecimals.withinBounds(value));
    return value;
  }

  LocalDate date() throws IOException {
    LocalDate date = IsoDates.plainDate(string());
    require(date != null);
    return date;
  }

  Year year() throws IOException {
    String text = string();
    require(text.length() == 4);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      char c = text.charAt(i);
      require(c >= '0' && c <= '9');
      value = value * 10 + (c - '0');
    }
    return Year.of(value);
  }

  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    try {
      return Enum.valueOf(type, string());
    } catch (IllegalArgumentException e) {
      throw Declined.INSTANCE;
    }
  }

  /** The id of this type and text read before in the document, or null. */
  Object known(Class<?> type, String text) {
    Map<String, RecordId> seen = ids.get(type);
    return seen == null ? null : seen.get(text);
  }

  /** Remembers an id read, up to a bound, and returns it. */
  <I extends RecordId> I remember(Class<?> type, String text, I id) {
    Map<String, RecordId> seen = ids.get(type);
    if (seen == null) {
      seen = new HashMap<>();
      ids.put(type, seen);
    }
    if (seen.size() < MAX_REMEMBERED) {
      seen.put(text, id);
    }
    return id;
  }

  // The constraints, each at least as strict as Hibernate Validator's own validator for it; null as it treats null.

  static boolean notBlank(CharSequence value) {
    return value != null && !value.toString().isBlank() && !value.toString().trim().isEmpty();
  }

  static boolean size(CharSequence value, int min, int max) {
    return value == null || (value.length() >= min && value.length() <= max);
  }

  static boolean size(Collection<?> value, int min, int max) {
    return value == null || (value.size() >= min && value.size() <= max);
  }

  static boolean notEmpty(CharSequence value) {
    return value != null && value.length() > 0;
  }

  static boolean notEmpty(Collection<?> value) {
    return value != null && !value.isEmpty();
  }

  static boolean signum(Number value, int least) {
    if (value == null) {
      return true;
    }
    int signum = value instanceof BigDecimal decimal ? decimal.signum() : Long.signum(value.longValue());
    return signum >= least;
  }

  static boolean min(Number value, long min) {
    return value == null || (value instanceof BigDecimal decimal
        ? decimal.compareTo(BigDecimal.valueOf(min)) >= 0 : value.longValue() >= min);
  }

  static boolean max(Number value, long max) {
    return value == null || (value instanceof BigDecimal decimal
        ? decimal.compareTo(BigDecimal.valueOf(max)) <= 0 : value.longValue() <= max);
  }

  /** {@code @Digits} without stripping trailing zeros first: never laxer than the validator's. */
  static boolean digits(Number value, int integer, int fraction) {
    if (value == null) {
      return true;
    }
    BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    int fractionDigits = Math.max(decimal.scale(), 0);
    return (long) decimal.precision() - decimal.scale() <= integer && fractionDigits <= fraction;
  }

  static boolean matches(CharSequence value, Pattern pattern) {
    return value == null || pattern.matcher(value).matches();
  }

  /** A constraint of the project's own, by its own validator; a validator that fails counts as a violation. */
  static <T> boolean valid(ConstraintValidator<?, T> validator, T value) {
    try {
      return validator.isValid(value, null);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
