package io.github.peoplecongress.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.vote.VoteTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A motion to remove an official from office (撤职案). Legal basis: Supervision Law 2024 Arts. 60–62 (2006 Arts.
 * 44–46); Local Organic Law 2022 Art. 50(十七): during the congress recess, for an individual deputy district head
 * or an official the committee appointed; proposed by the government, supervisory commission, court or
 * procuratorate, by the 主任会议, or by at least one fifth of the members in writing; it states the target and the
 * reasons with supporting material; the target may defend; secret ballot; adopted by more than half of
 * <em>all</em> members.
 *
 * <p>{@code adopted} is what the meeting declared; whether it is right is for the rules module, which reads
 * {@code vote} (absent: "cannot tell").
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRemovalMotion.class)
public abstract class RemovalMotion implements Identified<RemovalMotionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract RemovalMotionId getId();

  /** @return the official the motion seeks to remove (撤职的对象), not null */
  public abstract PersonId getTargetId();

  /** @return the target's post, such as {@code "副区长"}; empty when not recorded */
  @Value.Default
  public @Size(max = 200) String getTargetPost() {
    return "";
  }

  /** @return the personnel action that gave the target the post (the committee's appointment), if known */
  public abstract Optional<PersonnelActionId> getAppointmentId();

  /** @return who proposed the motion, not null */
  public abstract ProposerKind getProposer();

  /** @return the proposing organ, for {@link ProposerKind#STATE_ORGAN} */
  public abstract Optional<StateOrgan> getProposingOrgan();

  /** @return the members who signed the motion, for {@link ProposerKind#MEMBERS} */
  public abstract List<PersonId> getSponsorIds();

  /** @return the reasons for removal (撤职的理由), 1 to 20000 characters */
  @NotBlank
  @Size(max = 20000)
  public abstract String getReasons();

  /** @return the date the motion was filed, not null */
  public abstract LocalDate getFiledDate();

  /** @return the meeting at which the motion was voted on, if it was */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return whether the vote was by secret ballot (无记名投票) */
  public abstract boolean isSecretBallot();

  /** @return the tally of the vote, if taken and recorded */
  public abstract Optional<@Valid VoteTally> getVote();

  /** @return whether the meeting declared the motion adopted */
  public abstract boolean isAdopted();

  /** @return the removal (撤职) personnel action that followed adoption */
  public abstract Optional<PersonnelActionId> getRemovalActionId();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableRemovalMotion.Builder builder() {
    return ImmutableRemovalMotion.builder();
  }

  /** The date the motion was filed ({@code filedDate}) places it in a year. */
  @Override
  public LocalDate recordDate() {
    return getFiledDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("targetId", getTargetId())
        .add("appointmentId", getAppointmentId())
        .addAll("sponsorIds", getSponsorIds())
        .add("meetingId", getMeetingId())
        .add("removalActionId", getRemovalActionId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "RemovalMotion " + getId();
    Checks.distinct(record, "sponsorIds", getSponsorIds());
  }
}
