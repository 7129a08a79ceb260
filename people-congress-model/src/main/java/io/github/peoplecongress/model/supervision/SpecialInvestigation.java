package io.github.peoplecongress.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.InvestigationId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
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
 * A special-question investigation (特定问题调查) and its committee (调查委员会). Legal basis: Local Organic Law
 * 2022 Art. 58; Supervision Law 2024 Arts. 55–59 (2006 Arts. 39–43): held when the committee must adopt a 决议 or
 * 决定 but major facts are unclear; proposed by the 主任会议 or by at least one fifth of the members in writing;
 * decided by the plenary; the committee's chair, vice-chairs and members nominated by the 主任会议 from members and
 * deputies, persons with an interest excluded; the committee reports and the committee may then adopt a 决议 or 决定.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSpecialInvestigation.class)
public abstract class SpecialInvestigation implements Identified<InvestigationId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract InvestigationId getId();

  /** @return the question investigated, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getSubject();

  /** @return who proposed the investigation, not null */
  public abstract ProposerKind getProposer();

  /** @return the members who signed the proposal, for {@link ProposerKind#MEMBERS} */
  public abstract List<PersonId> getProposerIds();

  /** @return the date of the proposal */
  public abstract Optional<LocalDate> getProposedDate();

  /** @return the meeting that decided on the investigation, not null */
  public abstract MeetingId getMeetingId();

  /** @return the date the plenary decided, not null */
  public abstract LocalDate getDecidedDate();

  /** @return the tally of the plenary's vote, if recorded */
  public abstract Optional<@Valid VoteTally> getVote();

  /** @return whether the plenary decided to set up the committee */
  public abstract boolean isEstablished();

  /** @return the chair of the investigation committee (主任委员) */
  public abstract Optional<PersonId> getChairId();

  /** @return the persons on the investigation committee (committee members and others), the chair included */
  public abstract List<PersonId> getCommitteeMemberIds();

  /** @return the deputies on the investigation committee */
  public abstract List<DeputyId> getCommitteeDeputyIds();

  /** @return the date of the investigation committee's report */
  public abstract Optional<LocalDate> getReportDate();

  /** @return the meeting at which the report was heard */
  public abstract Optional<MeetingId> getReportMeetingId();

  /** @return the 决议 or 决定 adopted on the report (2024 Art. 59) */
  public abstract Optional<DecisionId> getDecisionId();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableSpecialInvestigation.Builder builder() {
    return ImmutableSpecialInvestigation.builder();
  }

  /** The date the plenary decided ({@code decidedDate}) places an investigation in a year. */
  @Override
  public LocalDate recordDate() {
    return getDecidedDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .addAll("proposerIds", getProposerIds())
        .add("meetingId", getMeetingId())
        .add("chairId", getChairId())
        .addAll("committeeMemberIds", getCommitteeMemberIds())
        .addAll("committeeDeputyIds", getCommitteeDeputyIds())
        .add("reportMeetingId", getReportMeetingId())
        .add("decisionId", getDecisionId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "SpecialInvestigation " + getId();
    Checks.distinct(record, "proposerIds", getProposerIds());
    Checks.distinct(record, "committeeMemberIds", getCommitteeMemberIds());
    Checks.distinct(record, "committeeDeputyIds", getCommitteeDeputyIds());
    Checks.notBefore(record, "decidedDate", getDecidedDate(), "proposedDate", getProposedDate().orElse(null));
    Checks.notBefore(record, "reportDate", getReportDate(), "decidedDate", getDecidedDate());
  }
}
