package io.github.peoplecongress.reporting.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.peoplecongress.model.json.CongressJson;
import java.io.UncheckedIOException;

/** The module's shared, pretty-printing object mapper: the model's {@link CongressJson} configuration. */
public final class Json {
  private static final ObjectMapper MAPPER =
      CongressJson.builder(true).enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  /**
   * Returns the shared mapper; do not reconfigure it.
   *
   * @return the mapper, not null
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a value as pretty-printed JSON.
   *
   * @param value  the value, not null
   * @return the JSON text, not null
   * @throws UncheckedIOException if the value cannot be serialised
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
