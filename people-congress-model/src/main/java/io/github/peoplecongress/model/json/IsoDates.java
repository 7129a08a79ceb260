package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the common {@code "2019-03-02"} directly, and leaves every other form to the standard java.time
 * deserializer, which refuses or reports it exactly as before. Every record carries dates, and the standard path goes
 * through a {@code DateTimeFormatter} built for every ISO form: the direct read is several times faster, and each
 * date of the years records are kept for is held once.
 */
final class IsoDates {
  /**
   * The dates of 1949 to 2100, each held once, filled as they are read: a large set has millions of dates and a few
   * thousand distinct ones.
   */
  private static final int FIRST_YEAR = 1949;
  private static final int YEARS = 152;
  private static final LocalDate[] DAYS = new LocalDate[YEARS * 12 * 31];

  private IsoDates() {}

  static SimpleModule module() {
    return new SimpleModule("people-congress-iso-dates")
        .addDeserializer(LocalDate.class, new Deserializer(LocalDateDeserializer.INSTANCE));
  }

  /** The direct read in front of the standard deserializer, contextualised as that one is. */
  private static final class Deserializer extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JsonDeserializer<LocalDate> standard;

    Deserializer(JsonDeserializer<LocalDate> standard) {
      super(LocalDate.class);
      this.standard = standard;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> contextual = standard instanceof ContextualDeserializer deserializer
          ? deserializer.createContextual(context, property) : standard;
      return contextual == standard ? this : new Deserializer((JsonDeserializer<LocalDate>) contextual);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        LocalDate date = plainDate(parser.getText());
        if (date != null) {
          return date;
        }
      }
      return standard.deserialize(parser, context);
    }
  }

  /** The date of exactly {@code yyyy-MM-dd}, or null for anything else, including an impossible date. */
  static LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    int slot = year >= FIRST_YEAR && year < FIRST_YEAR + YEARS && month >= 1 && month <= 12 && day >= 1
        && day <= 31 ? ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1 : -1;
    LocalDate date = slot >= 0 ? DAYS[slot] : null;
    if (date == null) {
      try {
        date = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null; // the standard deserializer names what is wrong
      }
      if (slot >= 0) {
        DAYS[slot] = date; // a race only writes an equal date twice: LocalDate is immutable
      }
    }
    return date;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
