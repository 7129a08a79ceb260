package io.github.peoplecongress.model.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.FilingReviewId;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.InterpellationId;
import io.github.peoplecongress.model.id.InvestigationId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.vote.VoteTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item on a meeting's agenda (议程), for example item 2 of a committee meeting, "听取和审议区人民法院关于民事执行
 * 工作情况的报告", of kind {@link AgendaItemKind#SPECIAL_WORK_REPORT}, handling work report {@code WR-2019-03}.
 *
 * <p>The item refers to the record it handles, when there is one; an item that handles several personnel actions
 * lists them all. Its {@code vote} is the tally of the vote taken on the item, if any (the tally of a 决议/决定 is
 * also on the {@code Decision}).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAgendaItem.class)
public abstract class AgendaItem implements HasReferences {

  /** @return the item's number on the agenda (议程第N项), positive */
  @Positive
  public abstract int getSequence();

  /** @return the item's title as on the agenda, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** @return the legal type of the item, not null */
  public abstract AgendaItemKind getKind();

  /** @return the work report heard, for report items */
  public abstract Optional<WorkReportId> getWorkReportId();

  /** @return the law-enforcement inspection whose report is deliberated */
  public abstract Optional<InspectionId> getInspectionId();

  /** @return the 决议/决定 adopted (or put to the vote) under this item */
  public abstract Optional<DecisionId> getDecisionId();

  /** @return the deliberation opinion whose handling report is heard */
  public abstract Optional<OpinionId> getOpinionId();

  /** @return the 专题询问 or other oversight activity held under this item */
  public abstract Optional<OversightActivityId> getOversightActivityId();

  /** @return the interpellation (质询案) handled */
  public abstract Optional<InterpellationId> getInterpellationId();

  /** @return the special-question investigation (特定问题调查) proposed or reported */
  public abstract Optional<InvestigationId> getInvestigationId();

  /** @return the removal motion (撤职案) handled */
  public abstract Optional<RemovalMotionId> getRemovalMotionId();

  /** @return the filing review (备案审查) handled */
  public abstract Optional<FilingReviewId> getFilingReviewId();

  /** @return the personnel actions (任免) decided under this item, in agenda order */
  public abstract List<PersonnelActionId> getPersonnelActionIds();

  /** @return the oath ceremony (宪法宣誓) held under this item */
  public abstract Optional<OathCeremonyId> getOathCeremonyId();

  /** @return the work appraisal (工作评议) or satisfaction vote held under this item */
  public abstract Optional<AppraisalId> getAppraisalId();

  /** @return the tally of the vote taken on the item, if one was taken and recorded */
  public abstract Optional<@Valid VoteTally> getVote();

  /**
   * Obtains an item that refers to no record.
   *
   * @param sequence  the item number, positive
   * @param title  the title, not blank
   * @param kind  the legal type, not null
   * @return the item, not null
   */
  public static AgendaItem of(int sequence, String title, AgendaItemKind kind) {
    return builder().sequence(sequence).title(title).kind(kind).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAgendaItem.Builder builder() {
    return ImmutableAgendaItem.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("workReportId", getWorkReportId())
        .add("inspectionId", getInspectionId())
        .add("decisionId", getDecisionId())
        .add("opinionId", getOpinionId())
        .add("oversightActivityId", getOversightActivityId())
        .add("interpellationId", getInterpellationId())
        .add("investigationId", getInvestigationId())
        .add("removalMotionId", getRemovalMotionId())
        .add("filingReviewId", getFilingReviewId())
        .addAll("personnelActionIds", getPersonnelActionIds())
        .add("oathCeremonyId", getOathCeremonyId())
        .add("appraisalId", getAppraisalId())
        .build();
  }

  @Value.Check
  protected void check() {
    Checks.distinct("AgendaItem " + getSequence(), "personnelActionIds", getPersonnelActionIds());
  }
}
