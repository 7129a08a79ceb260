package io.github.peoplecongress.model.outreach;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.ProjectId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project the committee takes part in or monitors, in one year: a key project (重点项目) or an enterprise or
 * institute (联系企业院所) that a committee leader is assigned to ({@link LeadershipAssignment}), or a livelihood
 * project (惠民项目), for example "新建、改扩建小学" with 3 schools and an investment of 120,000,000 yuan in 2019.
 *
 * <p>Which date places it in a year: the first day of {@link #getYear()}, the year the report counts it in.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project implements Identified<ProjectId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract ProjectId getId();

  /** @return the kind, not null */
  public abstract ProjectKind getKind();

  /** @return the name, such as {@code "XX路小学改扩建工程"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getName();

  /** @return the category, for {@link ProjectKind#LIVELIHOOD} only */
  public abstract Optional<LivelihoodCategory> getLivelihoodCategory();

  /** @return the facilities the entry covers (such as 3 schools or 12 day-care centres), positive, 1 by default */
  @Value.Default
  public int getUnits() {
    return 1;
  }

  /** @return the investment in yuan (元), with at most two decimals, not negative */
  public abstract Optional<@PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal> getInvestment();

  /** @return the year the report counts the project in, not null */
  public abstract Year getYear();

  /** @return the enterprise or institute served, or the unit that carries out the project */
  public abstract Optional<OrganizationId> getOrganizationId();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableProject.Builder builder() {
    return ImmutableProject.builder();
  }

  /**
   * Returns the first day of {@link #getYear()}.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getYear().atDay(1);
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("organizationId", getOrganizationId()).build();
  }

  @Value.Check
  protected void check() {
    String record = "Project " + getId();
    Checks.require(getKind() == ProjectKind.LIVELIHOOD || getLivelihoodCategory().isEmpty(), record,
        "livelihoodCategory " + getLivelihoodCategory().map(Object::toString).orElse("")
            + " is only for kind LIVELIHOOD, but kind was " + getKind());
    Checks.require(getUnits() > 0, record, "units must be positive, but was " + getUnits());
    getInvestment().ifPresent(investment -> Checks.notNegative(record, "investment", investment));
  }
}
