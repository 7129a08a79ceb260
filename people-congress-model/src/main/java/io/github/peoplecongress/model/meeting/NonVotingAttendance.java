package io.github.peoplecongress.model.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person who attended a meeting without a vote (列席), identified either as a deputy ({@code deputyId}) or as
 * a person ({@code personId}), for example a deputy invited to a committee meeting:
 * {@code NonVotingAttendance.deputy(DeputyId.of("D-017"))}. Legal basis: Local Organic Law 2022 Art. 51(2).
 *
 * <p>Exactly one of {@code deputyId} and {@code personId} is set; a {@link NonVotingCapacity#DEPUTY} attendee is
 * identified by {@code deputyId}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNonVotingAttendance.class)
public abstract class NonVotingAttendance implements HasReferences {

  /** @return the deputy who attended, when the attendee is identified as a deputy */
  public abstract Optional<DeputyId> getDeputyId();

  /** @return the person who attended, when the attendee is identified as a person */
  public abstract Optional<PersonId> getPersonId();

  /** @return in what capacity the attendee was there, not null */
  public abstract NonVotingCapacity getCapacity();

  /** @return the organ an {@link NonVotingCapacity#ORGAN_HEAD} attendee heads or represents */
  public abstract Optional<StateOrgan> getOrgan();

  /**
   * Obtains the attendance of a deputy (代表列席).
   *
   * @param deputyId  the deputy, not null
   * @return the entry, not null
   */
  public static NonVotingAttendance deputy(DeputyId deputyId) {
    return builder().deputyId(deputyId).capacity(NonVotingCapacity.DEPUTY).build();
  }

  /**
   * Obtains the attendance of the head of a state organ (一府一委两院负责人列席).
   *
   * @param personId  the person, not null
   * @param organ  the organ, not null
   * @return the entry, not null
   */
  public static NonVotingAttendance organHead(PersonId personId, StateOrgan organ) {
    return builder().personId(personId).capacity(NonVotingCapacity.ORGAN_HEAD).organ(organ).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableNonVotingAttendance.Builder builder() {
    return ImmutableNonVotingAttendance.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("deputyId", getDeputyId()).add("personId", getPersonId()).build();
  }

  @Value.Check
  protected void check() {
    String record = "NonVotingAttendance";
    Checks.require(getDeputyId().isPresent() != getPersonId().isPresent(), record,
        "exactly one of deputyId and personId must be set, but deputyId was " + getDeputyId().orElse(null)
            + " and personId was " + getPersonId().orElse(null));
    Checks.require(getCapacity() != NonVotingCapacity.DEPUTY || getDeputyId().isPresent(), record,
        "capacity " + getCapacity() + " requires deputyId, but personId was " + getPersonId().orElse(null));
  }
}
