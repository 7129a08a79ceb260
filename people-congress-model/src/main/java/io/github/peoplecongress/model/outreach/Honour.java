package io.github.peoplecongress.model.outreach;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An honour (表彰, 荣誉称号) conferred on the committee's office, its members or deputies, for example "市级文明单位"
 * conferred on the committee's office by the municipal civilisation committee, or the deputies commended as
 * advanced at the annual deputies' work conference (表彰先进).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableHonour.class)
public abstract class Honour implements HasReferences, Dated {

  /** @return the title of the honour, such as {@code "市级文明单位"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getTitle();

  /** @return the body that conferred it, as named, such as {@code "XX市精神文明建设委员会"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getConferredBy();

  /** @return the conferring body as a record, where it is one */
  public abstract Optional<OrganizationId> getConferredById();

  /** @return the level of the honour */
  public abstract Optional<AdministrativeLevel> getLevel();

  /** @return the date it was conferred, not null */
  public abstract LocalDate getDate();

  /** @return the organisation honoured, such as the committee's office */
  public abstract Optional<OrganizationId> getRecipientOrganizationId();

  /** @return the persons honoured (other than as deputies), each once */
  public abstract List<PersonId> getRecipientPersonIds();

  /** @return the deputies honoured, each once */
  public abstract List<DeputyId> getRecipientDeputyIds();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableHonour.Builder builder() {
    return ImmutableHonour.builder();
  }

  /**
   * Returns the date it was conferred.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("conferredById", getConferredById())
        .add("recipientOrganizationId", getRecipientOrganizationId())
        .addAll("recipientPersonIds", getRecipientPersonIds())
        .addAll("recipientDeputyIds", getRecipientDeputyIds()).build();
  }

  @Value.Check
  protected void check() {
    String record = "Honour " + getTitle() + " " + getDate();
    Checks.require(getRecipientOrganizationId().isPresent() || !getRecipientPersonIds().isEmpty()
        || !getRecipientDeputyIds().isEmpty(), record,
        "needs a recipient: recipientOrganizationId, recipientPersonIds or recipientDeputyIds, but all were empty");
    Checks.distinct(record, "recipientPersonIds", getRecipientPersonIds());
    Checks.distinct(record, "recipientDeputyIds", getRecipientDeputyIds());
  }
}
