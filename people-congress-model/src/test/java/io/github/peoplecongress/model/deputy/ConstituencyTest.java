package io.github.peoplecongress.model.deputy;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.id.ConstituencyId;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class ConstituencyTest {
  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static ImmutableConstituency.Builder base() {
    return Constituency.builder().id(ConstituencyId.of("C-12")).termNumber(17).name("第十二选区");
  }

  @Test
  void round_trips_through_json() {
    Constituency c = base().number(12).seats(2).area("和平街道").addUnits("和平社区", "建国社区").build();
    assertThat(Json.roundTrip(c, Constituency.class)).isEqualTo(c);
    assertThat(c.references()).isEmpty();
    assertThat(VALIDATOR.validate(c)).isEmpty();
  }

  @Test
  void rejects_negative_seats() {
    assertThatThrownBy(() -> base().seats(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Constituency C-12").hasMessageContaining("seats").hasMessageContaining("-1");
  }

  @Test
  void rejects_repeated_units() {
    assertThatThrownBy(() -> base().seats(1).addUnits("和平社区", "和平社区").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("units").hasMessageContaining("和平社区");
  }

  @Test
  void validation_flags_zero_seats_and_blank_units() {
    Constituency c = base().seats(0).addUnits(" ").build();
    assertThat(VALIDATOR.validate(c)).extracting(v -> v.getPropertyPath().toString())
        .contains("seats").anyMatch(path -> path.startsWith("units"));
  }
}
