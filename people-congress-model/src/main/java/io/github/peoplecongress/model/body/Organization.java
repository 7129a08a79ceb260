package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.validation.NotBlankWhenPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import io.github.peoplecongress.model.code.constraint.ValidUnifiedSocialCreditCode;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation the committee records refer to (单位): an organ it supervises, one of its own organs, a higher-level
 * organ, or a deputy's work unit, for example {@code 区教育局}, a {@link OrganizationKind#GOVERNMENT_DEPARTMENT} whose
 * parent is the district government.
 *
 * <p>Organisations are renamed and merged in institutional reforms (机构改革); a reformed organ is a new record with
 * its own {@link #getEstablishedDate()}, and the old one gets a {@link #getDissolvedDate()}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOrganization.class)
public abstract class Organization implements Identified<OrganizationId> {

  /** @return the id, not null */
  @Override
  public abstract OrganizationId getId();

  /** @return the full name, such as {@code "xx区教育局"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getName();

  /** @return a short name used in reports, such as {@code "区教育局"}, when it differs from the name */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 100) String> getShortName();

  /** @return the kind, not null */
  public abstract OrganizationKind getKind();

  /** @return the parent organisation, such as the government for a bureau or the court for a tribunal */
  public abstract Optional<OrganizationId> getParentId();

  /**
   * Returns the unified social credit code (统一社会信用代码, GB 32100), 18 characters, when recorded. Only the format
   * is checked here, not the check character.
   *
   * @return the code, such as {@code "11610103MB2955123X"}
   */
  public abstract Optional<@ValidUnifiedSocialCreditCode String>
      getCreditCode();

  /** @return the day the organisation was set up, when recorded */
  public abstract Optional<LocalDate> getEstablishedDate();

  /** @return the day the organisation was dissolved or merged into another, when it was */
  public abstract Optional<LocalDate> getDissolvedDate();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }

  /**
   * Returns the state organ of the district (一府一委两院) this organisation's work belongs to, as
   * {@link OrganizationKind#stateOrgan()}.
   *
   * @return the state organ, or empty if the organisation is not one of the district's supervised organs
   */
  public Optional<StateOrgan> stateOrgan() {
    return getKind().stateOrgan();
  }

  /**
   * Returns whether the organisation existed on a day: not before its established date and before its dissolved date,
   * where recorded.
   *
   * @param date  the day, not null
   * @return true if it existed that day
   */
  public boolean existsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getEstablishedDate().map(start -> !date.isBefore(start)).orElse(true)
        && getDissolvedDate().map(date::isBefore).orElse(true);
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("parentId", getParentId()).build();
  }

  @Value.Check
  protected void check() {
    String record = "Organization " + getId();
    Checks.notBefore(record, "dissolvedDate", getDissolvedDate(), "establishedDate", getEstablishedDate());
    Checks.require(!getParentId().equals(Optional.of(getId())), record,
        "parentId " + getParentId().orElse(null) + " must not be the organisation's own id " + getId());
  }
}
