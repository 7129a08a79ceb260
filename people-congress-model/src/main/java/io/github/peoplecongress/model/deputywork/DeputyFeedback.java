package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deputy's opinion of the answer to a suggestion (代表对办理答复的意见, 征询意见表), for example 满意 on 2019-06-20.
 * Satisfaction rates (满意率) count these; the Qingdao rules Art. 31 use them in the 测评 that may send a
 * suggestion back for re-handling.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDeputyFeedback.class)
public abstract class DeputyFeedback implements HasReferences {

  /** @return the date of the feedback, not null */
  public abstract LocalDate getDate();

  /** @return the grade (满意, 基本满意, 不满意), not null */
  public abstract SatisfactionGrade getGrade();

  /** @return the deputy giving the feedback; empty means the proposer */
  public abstract Optional<DeputyId> getDeputyId();

  /** @return the unit whose answer is graded, where the deputy grades each unit separately */
  public abstract Optional<OrganizationId> getOrganizationId();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableDeputyFeedback.Builder builder() {
    return ImmutableDeputyFeedback.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("deputyId", getDeputyId()).add("organizationId", getOrganizationId()).build();
  }
}
