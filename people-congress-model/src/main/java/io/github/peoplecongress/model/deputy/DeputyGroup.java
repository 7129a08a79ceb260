package io.github.peoplecongress.model.deputy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deputy group (代表组, 代表小组), for example the 和平街道代表组 of eleven deputies led by D-017 and paired with two
 * standing-committee members. Deputies' recess activities take the group as their basic form (Deputies Law 2025
 * Art. 26); groups are formed by area or field (Art. 27; 2015 Art. 21), and committee members are paired with groups
 * to keep in touch (常委会组成人员与代表组结对联系, the seed report's 双联 system).
 *
 * <p>Paired members are recorded by person id, so that a pairing survives a member's change of post within the term.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDeputyGroup.class)
public abstract class DeputyGroup implements Identified<DeputyGroupId> {

  /** @return the id, not null */
  @Override
  public abstract DeputyGroupId getId();

  /** @return the term of the congress the group belongs to (第N届), positive */
  @Positive
  public abstract int getTermNumber();

  /** @return the name, such as {@code "和平街道代表组"}, 1 to 100 characters */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /** @return the street (街道) or area the group covers, up to 200 characters; empty if not recorded */
  @Value.Default
  public @Size(max = 200) String getArea() {
    return "";
  }

  /** @return the street working body (街道人大工委, Local Organic Law 2022 Art. 59(3)) that supports the group */
  public abstract Optional<OrganizationId> getStreetWorkingBodyId();

  /** @return the group leader (组长), one of the members, when appointed */
  public abstract Optional<DeputyId> getLeaderId();

  /** @return the deputies in the group, without repeats */
  public abstract List<DeputyId> getMemberIds();

  /** @return the standing-committee members paired with the group (结对联系), by person id, without repeats */
  public abstract List<PersonId> getPairedMemberIds();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableDeputyGroup.Builder builder() {
    return ImmutableDeputyGroup.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("streetWorkingBodyId", getStreetWorkingBodyId())
        .add("leaderId", getLeaderId())
        .addAll("memberIds", getMemberIds())
        .addAll("pairedMemberIds", getPairedMemberIds())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "DeputyGroup " + getId();
    Checks.distinct(record, "memberIds", getMemberIds());
    Checks.distinct(record, "pairedMemberIds", getPairedMemberIds());
    getLeaderId().ifPresent(leader -> Checks.require(getMemberIds().contains(leader), record,
        "leaderId " + leader + " must be one of memberIds " + getMemberIds()));
  }
}
