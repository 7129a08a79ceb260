package io.github.peoplecongress.model.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The district election committee (选举委员会) as appointed by the standing committee, for example appointed at the
 * 25th meeting on 2021-08-30 with 11 members. Legal basis: 选举法 Art. 9(2) (it presides over the election and is
 * led by the standing committee), Art. 10 (its members are appointed by the standing committee; a member who
 * becomes a candidate must resign), Art. 11 (its duties).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableElectionCommittee.class)
public abstract class ElectionCommittee implements HasReferences, Dated {

  /** @return the committee as an organisation, not null */
  public abstract OrganizationId getOrganizationId();

  /** @return the date the standing committee appointed it, not null */
  public abstract LocalDate getAppointedDate();

  /** @return the standing-committee meeting that appointed it */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return the chair (主任) */
  public abstract Optional<PersonId> getChairId();

  /** @return the members, including the chair, each once */
  public abstract List<PersonId> getMemberIds();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableElectionCommittee.Builder builder() {
    return ImmutableElectionCommittee.builder();
  }

  /**
   * Returns the appointment date.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getAppointedDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("organizationId", getOrganizationId()).add("meetingId", getMeetingId())
        .add("chairId", getChairId()).addAll("memberIds", getMemberIds()).build();
  }

  @Value.Check
  protected void check() {
    String record = "ElectionCommittee " + getOrganizationId();
    Checks.distinct(record, "memberIds", getMemberIds());
    getChairId().ifPresent(chair -> Checks.require(getMemberIds().isEmpty() || getMemberIds().contains(chair),
        record, "chairId " + chair + " must be among memberIds " + getMemberIds()));
  }
}
