package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistrictTest {
  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static District sample() {
    return District.builder().name("碑林区").divisionCode("610103").kind(DistrictKind.CITY_DISTRICT)
        .population(756_840L).build();
  }

  @Test
  void round_trips_through_json() {
    District district = sample();
    assertThat(Json.roundTrip(district, District.class)).isEqualTo(district);
    assertThat(Json.write(district)).contains("\"divisionCode\" : \"610103\"").contains("\"kind\" : \"CITY_DISTRICT\"");
  }

  @Test
  void round_trips_without_population() {
    District district = District.builder().name("xx县").divisionCode("610122").kind(DistrictKind.COUNTY).build();
    assertThat(Json.roundTrip(district, District.class)).isEqualTo(district);
    assertThat(Json.write(district)).doesNotContain("population");
  }

  @Test
  void rejects_negative_population() {
    assertThatThrownBy(() -> District.builder().name("碑林区").divisionCode("610103")
        .kind(DistrictKind.CITY_DISTRICT).population(-1L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("population").hasMessageContaining("-1");
  }

  @Test
  void validation_rejects_a_division_code_that_is_not_six_digits() {
    District district = District.builder().name("碑林区").divisionCode("61010").kind(DistrictKind.CITY_DISTRICT)
        .build();
    Set<ConstraintViolation<District>> violations = VALIDATOR.validate(district);
    assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("divisionCode");
    assertThat(VALIDATOR.validate(sample())).isEmpty();
  }

  @Test
  void only_urban_districts_and_county_level_cities_may_have_street_working_bodies() {
    assertThat(DistrictKind.CITY_DISTRICT.mayHaveStreetWorkingBodies()).isTrue();
    assertThat(DistrictKind.CITY_WITHOUT_DISTRICTS.mayHaveStreetWorkingBodies()).isTrue();
    assertThat(DistrictKind.COUNTY.mayHaveStreetWorkingBodies()).isFalse();
    assertThat(DistrictKind.AUTONOMOUS_COUNTY.mayHaveStreetWorkingBodies()).isFalse();
  }
}
