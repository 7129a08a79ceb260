package io.github.peoplecongress.model.appraisal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A work appraisal (工作评议) of one organ, such as the district 建设局, or a performance appraisal (述职评议) of one
 * officer the committee appointed; the 2019 work report counts 「工作评议……9个委(局)」, one record per organ.
 *
 * <p>Local rules only (statutory reference §10.3): 昭通市 Arts. 4–6 (phases 准备、调查、评议、整改; each appraisee at
 * least once a term), 定西市 Art. 2(3) (appraisees chosen by secret vote), the Inner Mongolian deputies' appraisal
 * rule Arts. 16–17 (further rectification, then interpellation, investigation or resolution). The steps are those of
 * the 2019 work report, in {@link AppraisalStepKind} order; the satisfaction vote is kept as {@link AppraisalVote}.
 * Whether every step was taken, in order and with dates that do not go backwards, and what a 基本满意 or 不满意
 * result requires, is the rules module's.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableWorkAppraisal.class)
public abstract class WorkAppraisal implements Identified<AppraisalId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract AppraisalId getId();

  /** @return the appraised organ (被评议单位), such as a 委 or 局 of the district government, not null */
  public abstract OrganizationId getOrganizationId();

  /** @return the appraised officer, for a performance appraisal (述职评议); empty for a work appraisal of the organ */
  public abstract Optional<PersonId> getAppraisedPersonId();

  /** @return the date the appraisal was launched (the appraisee determined), which places it in a year; not null */
  public abstract LocalDate getStartDate();

  /** @return what was appraised, such as {@code "全面工作"} or one area of work, up to 200 characters */
  public abstract Optional<@Size(max = 200) String> getScope();

  /** @return how the appraisee was chosen, when recorded */
  public abstract Optional<SelectionMethod> getSelectionMethod();

  /** @return the meeting that chose the appraisee, when chosen at one */
  public abstract Optional<MeetingId> getSelectionMeetingId();

  /** @return the steps taken, each kind at most once, as recorded (see {@link #stepsInOrder()}) */
  public abstract List<@Valid AppraisalStep> getSteps();

  /** @return the satisfaction vote on the appraised organ's work, when held */
  public abstract Optional<@Valid AppraisalVote> getVote();

  /** @return the date the organ submitted its rectification report (整改情况报告), when it did */
  public abstract Optional<LocalDate> getRectificationReportDate();

  /** @return the meeting that heard the rectification report or the repeated report (重作报告), when heard at one */
  public abstract Optional<MeetingId> getReReportMeetingId();

  /** @return the date the rectification report or repeated report was heard, when it was */
  public abstract Optional<LocalDate> getReReportDate();

  /** @return a satisfaction vote on the rectification (对整改情况的测评), when held */
  public abstract Optional<@Valid AppraisalVote> getRectificationVote();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableWorkAppraisal.Builder builder() {
    return ImmutableWorkAppraisal.builder();
  }

  /**
   * Returns the start date: an appraisal counts in the year it was launched.
   *
   * @return the start date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getStartDate();
  }

  /**
   * Returns the year the appraisal counts in.
   *
   * @return the year of {@link #getStartDate()}, not null
   */
  public Year year() {
    return Year.from(getStartDate());
  }

  /**
   * Returns the steps in the expected order ({@link AppraisalStepKind} declaration order), whatever order they were
   * recorded in.
   *
   * @return the steps, sorted by kind, not null
   */
  public List<AppraisalStep> stepsInOrder() {
    return getSteps().stream().sorted(Comparator.comparing(AppraisalStep::getKind)).toList();
  }

  /**
   * Returns the step of one kind.
   *
   * @param kind  the step, not null
   * @return the step, or empty if it was not taken
   */
  public Optional<AppraisalStep> step(AppraisalStepKind kind) {
    return getSteps().stream().filter(step -> step.getKind() == kind).findFirst();
  }

  /**
   * Returns the kinds of step not recorded.
   *
   * @return the missing kinds, in expected order, not null
   */
  public Set<AppraisalStepKind> missingSteps() {
    Set<AppraisalStepKind> missing = EnumSet.allOf(AppraisalStepKind.class);
    getSteps().forEach(step -> missing.remove(step.getKind()));
    return missing;
  }

  /**
   * Returns the declared result of the satisfaction vote.
   *
   * @return the result, or empty if there was no vote or no declared result
   */
  public Optional<SatisfactionGrade> result() {
    return getVote().flatMap(AppraisalVote::getDeclaredResult);
  }

  @Override
  public List<Reference> references() {
    List<Reference> references = new ArrayList<>(References.builder()
        .add("organizationId", getOrganizationId())
        .add("appraisedPersonId", getAppraisedPersonId())
        .add("selectionMeetingId", getSelectionMeetingId())
        .addNested("steps", getSteps())
        .build());
    addNested(references, "vote", getVote());
    getReReportMeetingId().ifPresent(id -> references.add(Reference.of("reReportMeetingId", id)));
    addNested(references, "rectificationVote", getRectificationVote());
    return List.copyOf(references);
  }

  private static void addNested(List<Reference> references, String field, Optional<? extends HasReferences> value) {
    value.ifPresent(present -> present.references()
        .forEach(reference -> references.add(reference.under(field))));
  }

  @Value.Check
  protected void check() {
    String record = "WorkAppraisal " + getId();
    Checks.distinct(record, "steps kinds", getSteps().stream().map(AppraisalStep::getKind).toList());
    Checks.notBefore(record, "rectificationVote date", getRectificationVote().map(AppraisalVote::getDate),
        "vote date", getVote().map(AppraisalVote::getDate));
  }
}
