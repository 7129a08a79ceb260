package io.github.peoplecongress.model.outreach;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.ProjectId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A committee leader's assignment to a project (分包项目), for example the deputy director P-003 as 项目指挥长 of
 * project PRJ-07 from 2019-02-15. Reports count "担任了 x 个项目指挥长、x 个企业院所首席服务官": the assignments of each
 * role in force in the year.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLeadershipAssignment.class)
public abstract class LeadershipAssignment implements HasReferences, Dated {

  /** @return the committee leader (主任, 副主任), not null */
  public abstract PersonId getLeaderId();

  /** @return the role, not null */
  public abstract LeadershipRole getRole();

  /** @return the project, not null */
  public abstract ProjectId getProjectId();

  /** @return the date the assignment began, not null */
  public abstract LocalDate getStartDate();

  /** @return the date it ended, if it has */
  public abstract Optional<LocalDate> getEndDate();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableLeadershipAssignment.Builder builder() {
    return ImmutableLeadershipAssignment.builder();
  }

  /**
   * Returns the start date.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getStartDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("leaderId", getLeaderId()).add("projectId", getProjectId()).build();
  }

  @Value.Check
  protected void check() {
    Checks.notBefore("LeadershipAssignment " + getLeaderId() + " " + getProjectId(), "endDate", getEndDate(),
        "startDate", getStartDate());
  }
}
