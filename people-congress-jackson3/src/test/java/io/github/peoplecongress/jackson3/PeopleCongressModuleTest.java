package io.github.peoplecongress.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** {@link PeopleCongressModule} on a host's plain Jackson 3 mapper, with none of the project's settings. */
class PeopleCongressModuleTest {
  private static final ObjectMapper JACKSON_2 = CongressJson.objectMapper();
  private static final JsonMapper HOST = JsonMapper.builder().addModule(new PeopleCongressModule()).build();

  private static final String FISCAL = "{\"year\":\"2019\",\"totalExpenditure\":%s,\"livelihoodExpenditure\":1}";

  @ParameterizedTest
  @FieldSource("io.github.peoplecongress.jackson3.ExampleData#YEARS")
  void a_plain_mapper_with_the_module_reads_the_example_year(String file) throws Exception {
    byte[] json = ExampleData.bytes(file);

    CommitteeRecords byHost = HOST.readValue(json, CommitteeRecords.class);

    assertThat(byHost.equals(JACKSON_2.readValue(json, CommitteeRecords.class)))
        .as("%s: the host's value equals Jackson 2's", file).isTrue();
  }

  @ParameterizedTest
  @FieldSource("io.github.peoplecongress.jackson3.ExampleData#YEARS")
  void a_plain_mapper_with_the_module_reads_back_what_it_wrote(String file) {
    CommitteeRecords value = HOST.readValue(ExampleData.bytes(file), CommitteeRecords.class);

    assertThat(HOST.readValue(HOST.writeValueAsString(value), CommitteeRecords.class).equals(value))
        .as("%s: read back in the host's own format", file).isTrue();
  }

  @Test
  void without_the_module_jackson_3_cannot_build_the_model_types() {
    Throwable failure = catchThrowable(() -> new JsonMapper().readValue(ExampleData.bytes(ExampleData.YEARS.get(0)),
        CommitteeRecords.class));

    assertThat(failure).isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("CommitteeRecords");
  }

  @Test
  void every_abstract_model_type_with_an_implementation_gets_a_deserializer() {
    List<String> unreadable = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : ModelClasses.all()) {
      JsonDeserialize annotation = type.getAnnotation(JsonDeserialize.class);
      if (!Modifier.isAbstract(type.getModifiers()) || annotation == null || annotation.as() == Void.class) {
        continue;
      }
      checked++;
      // an empty object is no valid record, but it must fail for its content, never for want of a creator
      Throwable failure = catchThrowable(() -> HOST.readValue("{}", type));
      if (failure instanceof InvalidDefinitionException) {
        unreadable.add(type.getName() + ": " + failure.getMessage());
      }
    }

    assertThat(unreadable).isEmpty();
    assertThat(checked).isGreaterThan(50);
  }

  /** A host's own abstract type with a Jackson 2 annotation: not the module's business. */
  @JsonDeserialize(as = HostImplementation.class)
  abstract static class HostType {
    public String name;
  }

  static final class HostImplementation extends HostType {}

  @Test
  void a_hosts_own_jackson_2_annotations_are_not_followed() {
    Throwable failure = catchThrowable(() -> HOST.readValue("{\"name\":\"x\"}", HostType.class));

    assertThat(failure).isInstanceOf(InvalidDefinitionException.class);
  }

  @Test
  void decimals_are_bounded_on_a_plain_mapper_too() {
    assertThat(HOST.readValue(FISCAL.formatted("9".repeat(30) + "." + "9".repeat(12)), FiscalSummary.class)
        .getTotalExpenditure()).isEqualTo(new BigDecimal("9".repeat(30) + "." + "9".repeat(12)));
    for (String number : List.of("9".repeat(31), "0." + "1".repeat(13), "1e999999999", "1e-999999999", "1E+31")) {
      Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> catchThrowable(() -> HOST.readValue(FISCAL.formatted(number), FiscalSummary.class)));

      assertThat(failure).as(number).isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("at most 30 digits before the point and 12 after it")
          .hasMessageNotContaining("999999999")
          .hasMessageNotContaining(number);
    }
  }

  @Test
  void decimals_are_bounded_inside_optionals_and_containers() {
    TypeReference<Optional<BigDecimal>> optional = new TypeReference<>() {};
    TypeReference<List<BigDecimal>> list = new TypeReference<>() {};

    assertThat(HOST.readValue("12.50", optional)).contains(new BigDecimal("12.50"));
    assertThat(catchThrowable(() -> HOST.readValue("1e999999999", optional)))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(catchThrowable(() -> HOST.readValue("[1, 1e-999999999]", list)))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void the_bounds_are_30_digits_before_the_point_and_12_after_it() {
    assertThat(PeopleCongressModule.MAX_INTEGER_DIGITS).isEqualTo(30);
    assertThat(PeopleCongressModule.MAX_FRACTION_DIGITS).isEqualTo(12);
    assertThat(PeopleCongressModule.withinBounds(new BigDecimal("1E+29"))).isTrue();
    assertThat(PeopleCongressModule.withinBounds(new BigDecimal("1E+30"))).isFalse();
    assertThat(PeopleCongressModule.withinBounds(new BigDecimal("1E-12"))).isTrue();
    assertThat(PeopleCongressModule.withinBounds(new BigDecimal("1E-13"))).isFalse();
  }

  @Test
  void the_module_names_its_artifact_and_version() {
    PeopleCongressModule module = new PeopleCongressModule();

    assertThat(module.version().getGroupId()).isEqualTo("io.github.peoplecongress");
    assertThat(module.version().getArtifactId()).isEqualTo("people-congress-jackson3");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.getModuleName()).isEqualTo("people-congress");
  }

  @Test
  void adding_the_module_twice_changes_nothing() {
    JsonMapper twice = JsonMapper.builder().addModule(new PeopleCongressModule()).addModule(new PeopleCongressModule())
        .build();
    byte[] json = ExampleData.bytes(ExampleData.YEARS.get(1));

    assertThat(twice.readValue(json, CommitteeRecords.class).equals(HOST.readValue(json, CommitteeRecords.class)))
        .isTrue();
  }
}
