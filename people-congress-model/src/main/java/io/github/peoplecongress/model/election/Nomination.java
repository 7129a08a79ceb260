package io.github.peoplecongress.model.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
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
 * One nomination of a candidate (推荐代表候选人), for example nominated jointly by 12 voters on 2021-10-20
 * (选举法 Art. 30: parties and mass organisations, or at least ten voters jointly).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNomination.class)
public abstract class Nomination implements HasReferences {

  /** @return the person nominated, not null */
  public abstract PersonId getCandidateId();

  /** @return who nominated, not null */
  public abstract NominatorType getNominatedBy();

  /** @return the party or organisation that nominated, for {@link NominatorType#PARTY_OR_ORGANIZATION} */
  public abstract Optional<OrganizationId> getOrganizationId();

  /** @return the number of voters who signed, for {@link NominatorType#VOTERS}; not negative */
  public abstract Optional<Integer> getNominatorCount();

  /** @return the date of the nomination */
  public abstract Optional<LocalDate> getDate();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableNomination.Builder builder() {
    return ImmutableNomination.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("candidateId", getCandidateId()).add("organizationId", getOrganizationId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "Nomination of " + getCandidateId();
    Checks.require(getNominatedBy() == NominatorType.PARTY_OR_ORGANIZATION || getOrganizationId().isEmpty(), record,
        "organizationId " + getOrganizationId().map(Object::toString).orElse("") + " is only for nominatedBy "
            + "PARTY_OR_ORGANIZATION, but nominatedBy was " + getNominatedBy());
    Checks.require(getNominatedBy() == NominatorType.VOTERS || getNominatorCount().isEmpty(), record,
        "nominatorCount " + getNominatorCount().map(Object::toString).orElse("") + " is only for nominatedBy "
            + "VOTERS, but nominatedBy was " + getNominatedBy());
    getNominatorCount().ifPresent(count -> Checks.notNegative(record, "nominatorCount", count));
  }
}
