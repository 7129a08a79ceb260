package io.github.peoplecongress.benchmarks.startup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Jackson 2 bare, nothing of the library: {@code mapper} (a {@link JsonMapper} with the Java time and JDK 8 modules,
 * as the library registers them) and {@code first-read} (the first {@code readValue} of one small record: a string,
 * a date, an optional and a list).
 */
public final class JacksonProbe {
  private JacksonProbe() {}

  /**
   * A small record to read.
   *
   * @param name  a name
   * @param date  a date
   * @param note  an optional note
   * @param tags  a list
   */
  public record Sample(String name, LocalDate date, Optional<String> note, List<String> tags) {}

  /**
   * Builds the mapper and reads one record.
   *
   * @param args  ignored
   * @throws JsonProcessingException never, for the fixed input
   */
  public static void main(String[] args) throws JsonProcessingException {
    ProbeClock clock = ProbeClock.start(System.currentTimeMillis(), System.nanoTime());
    ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new Jdk8Module()).build();
    clock.phase("mapper");

    Sample sample = mapper.readValue("{\"name\":\"张三\",\"date\":\"2019-03-02\",\"note\":\"x\",\"tags\":[\"a\",\"b\"]}",
        Sample.class);
    clock.phase("first-read");
    clock.total("library");
    if (!sample.date().equals(LocalDate.of(2019, 3, 2))) {
      throw new IllegalStateException("read " + sample);
    }
    clock.report();
  }
}
