package io.github.peoplecongress.model.appraisal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a work appraisal as taken, for example the on-site inspection of records from 2019-05-06 to
 * 2019-05-10, or the hearing of the work report at the 4th committee meeting on 2019-06-27.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAppraisalStep.class)
public abstract class AppraisalStep implements HasReferences {

  /** @return the step, not null */
  public abstract AppraisalStepKind getKind();

  /** @return the date the step was taken, or began, not null */
  public abstract LocalDate getDate();

  /** @return the date the step ended, when it ran over several days */
  public abstract Optional<LocalDate> getEndDate();

  /** @return the meeting at which the step was taken (such as hearing the report), when at one */
  public abstract Optional<MeetingId> getMeetingId();

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
  public static ImmutableAppraisalStep.Builder builder() {
    return ImmutableAppraisalStep.builder();
  }

  /**
   * Obtains a one-day step not taken at a meeting.
   *
   * @param kind  the step, not null
   * @param date  the date, not null
   * @return the step, not null
   */
  public static AppraisalStep of(AppraisalStepKind kind, LocalDate date) {
    return builder().kind(kind).date(date).build();
  }

  /**
   * Returns the last day of the step: the end date, or the date for a one-day step.
   *
   * @return the date, not null
   */
  public LocalDate lastDate() {
    return getEndDate().orElse(getDate());
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("meetingId", getMeetingId()).build();
  }

  @Value.Check
  protected void check() {
    Checks.notBefore("AppraisalStep " + getKind(), "endDate", getEndDate(), "date", getDate());
  }
}
