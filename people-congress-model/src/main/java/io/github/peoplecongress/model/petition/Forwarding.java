package io.github.peoplecongress.model.petition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The passing of a petition to the organ with authority to handle it, for example transferred to the district
 * housing bureau on 2019-03-12 (信访工作条例 Art. 22: registered and forwarded within 15 days).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableForwarding.class)
public abstract class Forwarding implements HasReferences {

  /** @return the organ it was passed to, not null */
  public abstract OrganizationId getOrganizationId();

  /** @return the date it was passed on, not null */
  public abstract LocalDate getDate();

  /** @return transferred (转送) or assigned with a report back (交办), not null */
  public abstract ForwardingMode getMode();

  /** @return the date the organ reported the result back (办理结果反馈), for {@link ForwardingMode#ASSIGN} */
  public abstract Optional<LocalDate> getReportedBackDate();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableForwarding.Builder builder() {
    return ImmutableForwarding.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("organizationId", getOrganizationId()).build();
  }

  @Value.Check
  protected void check() {
    Checks.notBefore("Forwarding to " + getOrganizationId(), "reportedBackDate", getReportedBackDate(), "date",
        getDate());
  }
}
