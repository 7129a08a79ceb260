package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deputy's suggestion, criticism or opinion (代表建议、批评和意见), from submission to closure: for example
 * suggestion 第15号 by deputy D-017 with two co-sponsors, submitted at the session on 2019-01-08, assigned (交办) to
 * the education bureau as lead unit on 2019-02-20, answered on 2019-05-10 (class A), graded 满意 by the deputy and
 * closed (办结).
 *
 * <p>Which date places it in a year: the assignment date (交办日期) when present, because reports count "交办代表建议
 * x 件" by the year of assignment and the answer deadline runs from it; otherwise, for a suggestion not (yet)
 * assigned, such as one merged into another (并案), the submission date. See {@link #recordDate()}.
 *
 * <p>The facts the rules read: {@link #getAssignedDate()} and the {@link #getAnswers()} dates (answer within three
 * months, or six for broad or difficult suggestions, {@link #getComplex()}: 代表法 2025 Art. 51(2), 2015 Art. 42);
 * {@link #getSubmittedDate()} and {@link #getPeriod()} (Qingdao rules Art. 14: recess suggestions assigned within
 * five working days); {@link #getExtensionApprovedDate()} (Qingdao Art. 25: extension approved, at most six months);
 * {@link #getKeySupervision()} (2025 Art. 52(2)); {@link #getFeedback()} and {@link #getReHandlings()} (Qingdao
 * Art. 31).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSuggestion.class)
public abstract class Suggestion implements Identified<SuggestionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract SuggestionId getId();

  /** @return the suggestion number (建议编号), such as {@code "15"} or {@code "B2019-015"}, 1 to 64 characters */
  @NotBlank
  @Size(max = 64)
  public abstract String getNumber();

  /** @return the title, such as {@code "关于加快老旧小区改造的建议"}, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** @return the deputy who proposed it (领衔代表), not null */
  public abstract DeputyId getProposerId();

  /** @return the co-sponsoring deputies (联名代表), each once, not including the proposer */
  public abstract List<DeputyId> getCoSponsorIds();

  /** @return the date it was submitted (提出日期), not null */
  public abstract LocalDate getSubmittedDate();

  /** @return whether it was submitted during a session or during the recess, not null */
  public abstract SubmissionPeriod getPeriod();

  /** @return the congress session (人民代表大会会议) it was submitted at, for {@link SubmissionPeriod#SESSION} */
  public abstract Optional<MeetingId> getSessionId();

  /** @return the subject category as the local office classifies it, such as {@code "城建环资"}; empty if none */
  @Value.Default
  public @Size(max = 64) String getCategory() {
    return "";
  }

  /** @return the suggestion this one was merged into (并案办理); a merged suggestion is handled there */
  public abstract Optional<SuggestionId> getMergedIntoId();

  /** @return the date it was assigned to the handling units (交办日期); the answer period runs from here */
  public abstract Optional<LocalDate> getAssignedDate();

  /** @return the body that assigned it, such as the committee's deputies' working body (代表法 2025 Art. 51(1)) */
  public abstract Optional<OrganizationId> getAssignedById();

  /** @return the handling units and their roles, each unit once */
  public abstract List<@Valid HandlingAssignment> getHandlingAssignments();

  /**
   * Returns whether the suggestion is broad or difficult to handle (涉及面广、处理难度大), which extends the answer
   * period from three to six months (代表法 2025 Art. 51(2), 2015 Art. 42).
   *
   * @return the flag, or empty if not recorded (the rules then apply three months)
   */
  public abstract Optional<Boolean> getComplex();

  /** @return the date an extension of the answer period was approved (Qingdao rules Art. 25) */
  public abstract Optional<LocalDate> getExtensionApprovedDate();

  /** @return the selection for priority supervision (重点督办), if it was selected */
  public abstract Optional<@Valid KeySupervision> getKeySupervision();

  /** @return the written answers, in the order given, including answers after re-handling */
  public abstract List<@Valid SuggestionAnswer> getAnswers();

  /** @return the deputies' opinions of the answers (满意, 基本满意, 不满意), in the order given */
  public abstract List<@Valid DeputyFeedback> getFeedback();

  /** @return the decisions to re-handle (重新办理), in the order given */
  public abstract List<@Valid ReHandling> getReHandlings();

  /** @return the date it was closed (办结日期) */
  public abstract Optional<LocalDate> getClosedDate();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableSuggestion.Builder builder() {
    return ImmutableSuggestion.builder();
  }

  /**
   * Returns the assignment date (交办日期) when present, else the submission date. Reports count "交办代表建议 x 件"
   * in the year of assignment.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getAssignedDate().orElse(getSubmittedDate());
  }

  /**
   * Returns the proposer followed by the co-sponsors.
   *
   * @return the deputies, not null
   */
  public List<DeputyId> sponsorIds() {
    List<DeputyId> ids = new ArrayList<>();
    ids.add(getProposerId());
    ids.addAll(getCoSponsorIds());
    return List.copyOf(ids);
  }

  /**
   * Returns whether the suggestion was selected for priority supervision (重点督办).
   *
   * @return true if {@link #getKeySupervision()} is present
   */
  public boolean keySupervised() {
    return getKeySupervision().isPresent();
  }

  /**
   * Returns the earliest answer by date, the one the answer deadline is checked against.
   *
   * @return the first answer, or empty if none
   */
  public Optional<SuggestionAnswer> firstAnswer() {
    return getAnswers().stream().min(Comparator.comparing(SuggestionAnswer::getDate));
  }

  /**
   * Returns the latest feedback by date (the last one given when several share that date).
   *
   * @return the latest feedback, or empty if none
   */
  public Optional<DeputyFeedback> latestFeedback() {
    DeputyFeedback latest = null;
    for (DeputyFeedback feedback : getFeedback()) {
      if (latest == null || !feedback.getDate().isBefore(latest.getDate())) {
        latest = feedback;
      }
    }
    return Optional.ofNullable(latest);
  }

  @Override
  public List<Reference> references() {
    References references = References.builder()
        .add("proposerId", getProposerId())
        .addAll("coSponsorIds", getCoSponsorIds())
        .add("sessionId", getSessionId())
        .add("mergedIntoId", getMergedIntoId())
        .add("assignedById", getAssignedById())
        .addNested("handlingAssignments", getHandlingAssignments());
    getKeySupervision().ifPresent(supervision -> supervision.references()
        .forEach(reference -> references.add(reference.under("keySupervision"))));
    return references
        .addNested("answers", getAnswers())
        .addNested("feedback", getFeedback())
        .addNested("reHandlings", getReHandlings())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "Suggestion " + getId();
    Checks.distinct(record, "coSponsorIds", getCoSponsorIds());
    Checks.require(!getCoSponsorIds().contains(getProposerId()), record,
        "coSponsorIds must not include proposerId " + getProposerId());
    getMergedIntoId().ifPresent(merged -> Checks.require(!merged.equals(getId()), record,
        "mergedIntoId " + merged + " must not be the suggestion itself"));
    LocalDate submitted = getSubmittedDate();
    LocalDate assigned = getAssignedDate().orElse(null);
    Checks.notBefore(record, "assignedDate", getAssignedDate(), "submittedDate", submitted);
    Checks.notBefore(record, "extensionApprovedDate", getExtensionApprovedDate(), "submittedDate", submitted);
    Checks.notBefore(record, "extensionApprovedDate", getExtensionApprovedDate().orElse(null), "assignedDate",
        assigned);
    Checks.distinct(record, "handlingAssignments organizationIds",
        getHandlingAssignments().stream().map(HandlingAssignment::getOrganizationId).toList());
    for (int i = 0; i < getHandlingAssignments().size(); i++) {
      LocalDate disputed = getHandlingAssignments().get(i).getDisputedDate().orElse(null);
      Checks.notBefore(record, "handlingAssignments[" + i + "].disputedDate", disputed, "submittedDate", submitted);
      Checks.notBefore(record, "handlingAssignments[" + i + "].disputedDate", disputed, "assignedDate", assigned);
    }
    getKeySupervision().ifPresent(supervision -> Checks.notBefore(record, "keySupervision.decisionDate",
        supervision.getDecisionDate(), "submittedDate", submitted));
    for (int i = 0; i < getAnswers().size(); i++) {
      LocalDate answered = getAnswers().get(i).getDate();
      Checks.notBefore(record, "answers[" + i + "].date", answered, "submittedDate", submitted);
      Checks.notBefore(record, "answers[" + i + "].date", answered, "assignedDate", assigned);
    }
    for (int i = 0; i < getFeedback().size(); i++) {
      Checks.notBefore(record, "feedback[" + i + "].date", getFeedback().get(i).getDate(), "submittedDate",
          submitted);
    }
    for (int i = 0; i < getReHandlings().size(); i++) {
      Checks.notBefore(record, "reHandlings[" + i + "].date", getReHandlings().get(i).getDate(), "submittedDate",
          submitted);
    }
    Checks.notBefore(record, "closedDate", getClosedDate(), "submittedDate", submitted);
    Checks.notBefore(record, "closedDate", getClosedDate().orElse(null), "assignedDate", assigned);
  }
}
