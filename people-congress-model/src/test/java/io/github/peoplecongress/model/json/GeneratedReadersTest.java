package io.github.peoplecongress.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.validation.ModelValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated readers against the data binding and the validator: they read the same properties, take the example
 * years, give equal values, and decline what is not plainly valid, which the slower paths then explain.
 */
class GeneratedReadersTest {
  private static final Path EXAMPLES = Path.of("../examples/data");
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  private static byte[] example(String name) throws IOException {
    return Files.readAllBytes(EXAMPLES.resolve(name));
  }

  private static CommitteeRecords fast(String json) {
    return ModelReader.fastPass(new ModelReader.BytesInput(json.getBytes(StandardCharsets.UTF_8)),
        CommitteeRecords.class);
  }

  @Test
  void every_reader_takes_the_properties_the_data_binding_takes() throws ClassNotFoundException {
    Map<Class<?>, Set<String>> generated = GeneratedReaders.properties();
    assertThat(generated).hasSizeGreaterThan(50);
    for (Map.Entry<Class<?>, Set<String>> entry : generated.entrySet()) {
      Class<?> type = entry.getKey();
      // Immutables' Jackson creator delegates to the nested Json class; its setters are what the binding reads
      Class<?> json = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Json");
      Set<String> bound = MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(json)).findProperties()
          .stream().filter(BeanPropertyDefinition::hasSetter).map(BeanPropertyDefinition::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(new TreeSet<>(entry.getValue())).as(type.getName()).isEqualTo(bound);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"committee-year-2019.json", "committee-year-2020.json", "problem-year-2019.json"})
  void the_example_years_are_read_by_the_generated_readers_to_the_values_of_the_data_binding(String file)
      throws IOException {
    byte[] bytes = example(file);
    CommitteeRecords fast = ModelReader.fastPass(new ModelReader.BytesInput(bytes), CommitteeRecords.class);
    // the binding and the validator alone: 2020 refers to records of 2019, so its references are not checked here
    CommitteeRecords bound = MAPPER.readValue(bytes, CommitteeRecords.class);
    assertThat(ModelValidator.validate(bound)).isEmpty();
    assertThat(fast).isNotNull().isEqualTo(bound);
    // and the same bytes out: nothing the binding would set differently
    assertThat(MAPPER.writeValueAsString(fast)).isEqualTo(MAPPER.writeValueAsString(bound));
  }

  @Test
  void a_type_without_a_generated_reader_is_read_by_the_data_binding() {
    assertThat(ModelReader.fastPass(new ModelReader.BytesInput("{}".getBytes(StandardCharsets.UTF_8)),
        String.class)).isNull();
  }

  /** Each of these is declined by the fast read; the strict read then reports it as before. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"name\" : \"云川区\"|\"name\" : \"  \"",                   // blank, against @NotBlank
      "\"name\" : \"云川区\"|\"name\" : \"云川区\", \"name\" : \"x\"", // a repeated property
      "\"population\" : 812600|\"population\" : 812600.5",           // not a whole number
      "\"population\" : 812600|\"population\" : \"812600\"",         // a number as text
      "\"from\" : \"2019-01-01\"|\"from\" : \"2019-01-01T00:00:00\"", // a date-time for a date
      "\"kind\" : \"CITY_DISTRICT\"|\"kind\" : \"city_district\"",   // an enum in another case
      "\"divisionCode\" : \"539901\"|\"divisionCode\" : \"53990\"",  // a code that is no code
      "\"number\" : 16|\"number\" : null",                           // null for a required number
      "\"deputySeats\" : 230|\"deputySeats\" : 230, \"seats\" : 1",  // an unknown property
  })
  void what_is_not_plainly_valid_is_declined_and_then_explained(String replacement) throws IOException {
    String[] parts = replacement.split("\\|");
    String json = new String(example("committee-year-2019.json"), StandardCharsets.UTF_8);
    assertThat(json).contains(parts[0]);
    String changed = json.replaceFirst(java.util.regex.Pattern.quote(parts[0]),
        java.util.regex.Matcher.quoteReplacement(parts[1]));
    assertThat(fast(changed)).isNull();
    assertThatThrownBy(() -> ModelReader.strict().read(changed, CommitteeRecords.class, "changed"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void null_for_an_optional_value_is_read_as_absent_as_the_data_binding_reads_it() throws IOException {
    String json = new String(example("committee-year-2019.json"), StandardCharsets.UTF_8);
    String changed = json.replaceFirst("\"endReason\" : \"TERM_ENDED\"", "\"endReason\" : null");
    assertThat(changed).isNotEqualTo(json);
    CommitteeRecords fast = fast(changed);
    assertThat(fast).isNotNull()
        .isEqualTo(ModelReader.STRICT_WITHOUT_GENERATED_READERS.read(changed, CommitteeRecords.class, "changed"));
  }
}
