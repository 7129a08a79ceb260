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
 * A review (复查) or re-review (复核) of a petition's handling opinion by the next higher organ, for example
 * requested on 2019-06-01 and decided on 2019-06-25. 信访工作条例 Art. 35 (复查) and Art. 36 (复核): requested within
 * 30 days of receiving the written answer, decided within 30 days of the request; for 复核, the time of a hearing
 * (听证) is not counted, so it is recorded in {@link #getHearingDays()}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReview.class)
public abstract class Review implements HasReferences {

  /** @return the date the petitioner requested it, not null */
  public abstract LocalDate getRequestedDate();

  /** @return the organ that reviews */
  public abstract Optional<OrganizationId> getOrganizationId();

  /** @return the date of the review opinion (复查意见, 复核意见) */
  public abstract Optional<LocalDate> getDecidedDate();

  /** @return the date the petitioner received the written opinion (收到书面答复), from which the next request runs */
  public abstract Optional<LocalDate> getDeliveredDate();

  /** @return the days spent on a hearing (听证), not counted in the period; not negative */
  @Value.Default
  public int getHearingDays() {
    return 0;
  }

  /** @return the outcome of the review */
  public abstract Optional<PetitionOutcome> getOutcome();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableReview.Builder builder() {
    return ImmutableReview.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("organizationId", getOrganizationId()).build();
  }

  @Value.Check
  protected void check() {
    String record = "Review";
    Checks.notBefore(record, "decidedDate", getDecidedDate(), "requestedDate", getRequestedDate());
    Checks.notBefore(record, "deliveredDate", getDeliveredDate(), "decidedDate", getDecidedDate());
    Checks.notBefore(record, "deliveredDate", getDeliveredDate(), "requestedDate", getRequestedDate());
    Checks.notNegative(record, "hearingDays", getHearingDays());
  }
}
