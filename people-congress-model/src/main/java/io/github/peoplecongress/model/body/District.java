package io.github.peoplecongress.model.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import io.github.peoplecongress.model.code.constraint.ValidDivisionCode;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The district (行政区) whose congress and standing committee the data belong to, for example
 * {@code 碑林区, 610103, 市辖区}.
 *
 * <p>The population feeds the size rules: the committee may have up to 45 members instead of 35 when the population
 * exceeds one million (Local Organic Law 2022 Art. 47(4)(三)), and the congress has 140 deputies plus one per 5,000
 * inhabitants (Election Law 2020 Art. 12(1)(三)).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDistrict.class)
public abstract class District {

  /** @return the name, such as {@code "碑林区"}, 1 to 100 characters */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /**
   * Returns the administrative division code (行政区划代码) of GB/T 2260, six digits.
   *
   * @return the code, such as {@code "610103"}, not null
   */
  @ValidDivisionCode
  public abstract String getDivisionCode();

  /** @return the kind of division, not null */
  public abstract DistrictKind getKind();

  /**
   * Returns the population (人口) that the size rules read, when known.
   *
   * @return the number of inhabitants, not negative
   */
  public abstract Optional<@PositiveOrZero Long> getPopulation();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableDistrict.Builder builder() {
    return ImmutableDistrict.builder();
  }

  @Value.Check
  protected void check() {
    getPopulation().ifPresent(population ->
        Checks.notNegative("District " + getName(), "population", population));
  }
}
