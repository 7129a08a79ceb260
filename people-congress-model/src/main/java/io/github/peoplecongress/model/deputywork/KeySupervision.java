package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The selection of a suggestion for priority supervision (重点督办), for example by the 主任会议 of 2019-03-20 with
 * a deputy director as the supervising leader. Legal basis: 代表法 2025 Art. 52(2) (「委员长会议或者主任会议可以……
 * 确定重点督促办理的代表建议、批评和意见」); before 2025, local practice.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableKeySupervision.class)
public abstract class KeySupervision implements HasReferences {

  /** @return who selected the suggestion, not null */
  public abstract KeySupervisionBody getDecidedBy();

  /** @return the date of the decision */
  public abstract Optional<LocalDate> getDecisionDate();

  /** @return the meeting (such as the 主任会议) that decided */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return the leaders who supervise the handling (督办领导), each once */
  public abstract List<PersonId> getLeaderIds();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableKeySupervision.Builder builder() {
    return ImmutableKeySupervision.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("meetingId", getMeetingId()).addAll("leaderIds", getLeaderIds()).build();
  }

  @Value.Check
  protected void check() {
    Checks.distinct("KeySupervision", "leaderIds", getLeaderIds());
  }
}
