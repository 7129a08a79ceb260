package io.github.peoplecongress.model.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import java.io.UncheckedIOException;

/** JSON round trips through {@link CongressJson#objectMapper()}, shared by the model tests. */
public final class Json {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T roundTrip(T value, Class<T> type) {
    return read(write(value), type);
  }
}
