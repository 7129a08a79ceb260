package io.github.peoplecongress.model.deputy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A constituency (选区) of a direct election of district deputies, for example 第12选区 covering two communities and
 * returning 2 deputies. The election committee divides the district into constituencies and allocates the seats
 * (Election Law 2020 Art. 11(一)); a constituency returns one to three deputies (Art. 25(2)), which the rules module
 * checks. Voters recall a deputy of their constituency (Art. 50) and deputies report back to it (Deputies Law 2025
 * Art. 58(2)).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableConstituency.class)
public abstract class Constituency implements Identified<ConstituencyId> {

  /** @return the id, not null */
  @Override
  public abstract ConstituencyId getId();

  /** @return the term of the congress elected in it (第N届), positive */
  @Positive
  public abstract int getTermNumber();

  /** @return the number (第N选区), when numbered */
  public abstract Optional<@Positive Integer> getNumber();

  /** @return the name, such as {@code "第十二选区"}, 1 to 100 characters */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /** @return the seats to fill (应选代表名额), positive */
  @Positive
  public abstract int getSeats();

  /** @return the area covered, such as the street, up to 200 characters; empty if not recorded */
  @Value.Default
  public @Size(max = 200) String getArea() {
    return "";
  }

  /** @return the communities, villages or units (社区、村、单位) the constituency covers, without repeats */
  public abstract List<@NotBlank @Size(max = 200) String> getUnits();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableConstituency.Builder builder() {
    return ImmutableConstituency.builder();
  }

  @Value.Check
  protected void check() {
    String record = "Constituency " + getId();
    Checks.notNegative(record, "seats", getSeats());
    Checks.distinct(record, "units", getUnits());
  }
}
