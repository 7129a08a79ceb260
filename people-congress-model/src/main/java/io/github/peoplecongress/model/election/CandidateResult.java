package io.github.peoplecongress.model.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The votes one person received in one round, for example formal candidate P-101 with 1,532 votes, elected.
 * Voters may also vote for a voter not on the formal list (另选其他选民); such a person is recorded with
 * {@link #isFormalCandidate()} false.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCandidateResult.class)
public abstract class CandidateResult implements HasReferences {

  /** @return the person, not null */
  public abstract PersonId getCandidateId();

  /** @return whether the person is on the formal candidate list (正式代表候选人), true by default */
  @Value.Default
  public boolean isFormalCandidate() {
    return true;
  }

  /** @return the votes received (得票数), not negative */
  public abstract int getVotes();

  /** @return the result, once determined */
  public abstract Optional<ElectionResult> getResult();

  /**
   * Obtains a formal candidate's result.
   *
   * @param candidateId  the candidate, not null
   * @param votes  the votes received, not negative
   * @param result  the result, not null
   * @return the result, not null
   */
  public static CandidateResult of(PersonId candidateId, int votes, ElectionResult result) {
    return builder().candidateId(candidateId).votes(votes).result(result).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableCandidateResult.Builder builder() {
    return ImmutableCandidateResult.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("candidateId", getCandidateId()).build();
  }

  @Value.Check
  protected void check() {
    Checks.notNegative("CandidateResult " + getCandidateId(), "votes", getVotes());
  }
}
