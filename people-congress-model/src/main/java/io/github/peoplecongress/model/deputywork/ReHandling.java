package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision to send a suggestion back to a handling unit for re-handling (重新办理), for example after the deputy
 * was dissatisfied with the first answer (Qingdao rules Art. 31). The new answer is a further
 * {@link SuggestionAnswer} dated after {@link #getDate()}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReHandling.class)
public abstract class ReHandling implements HasReferences {

  /** @return the date the suggestion was sent back (交重新办理), not null */
  public abstract LocalDate getDate();

  /** @return the unit that must re-handle it; empty means all handling units */
  public abstract Optional<OrganizationId> getOrganizationId();

  /** @return the reason, such as {@code "代表不满意"}, up to 500 characters */
  @Value.Default
  public @Size(max = 500) String getReason() {
    return "";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableReHandling.Builder builder() {
    return ImmutableReHandling.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("organizationId", getOrganizationId()).build();
  }
}
