package io.github.peoplecongress.model.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import java.io.UncheckedIOException;

/** Test helper: writes a value with the project mapper and reads it back as the abstract type. */
final class Json {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(write(value), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
