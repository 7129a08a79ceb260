package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit a suggestion is assigned to (承办单位) and its role, for example
 * {@code HandlingAssignment.of(OrganizationId.of("O-JSJ"), HandlingRole.LEAD)}.
 *
 * <p>{@link #getDisputedDate()} records when the unit told the assigning body that the suggestion is outside its
 * remit (Qingdao rules Art. 19: within five working days of receipt).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableHandlingAssignment.class)
public abstract class HandlingAssignment implements HasReferences {

  /** @return the handling unit (承办单位), not null */
  public abstract OrganizationId getOrganizationId();

  /** @return the role of the unit, not null */
  public abstract HandlingRole getRole();

  /** @return the date the unit asked for the assignment to be changed as outside its remit (申请调整) */
  public abstract Optional<LocalDate> getDisputedDate();

  /**
   * Obtains an assignment without a dispute.
   *
   * @param organizationId  the handling unit, not null
   * @param role  its role, not null
   * @return the assignment, not null
   */
  public static HandlingAssignment of(OrganizationId organizationId, HandlingRole role) {
    return builder().organizationId(organizationId).role(role).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableHandlingAssignment.Builder builder() {
    return ImmutableHandlingAssignment.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("organizationId", getOrganizationId()).build();
  }
}
