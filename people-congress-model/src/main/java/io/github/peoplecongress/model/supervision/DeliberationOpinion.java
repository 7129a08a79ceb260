package io.github.peoplecongress.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The members' deliberation opinions (审议意见) on a report, an inspection report or a special inquiry, sent to the
 * organ for study and handling (交由……研究处理), and the organ's written handling report (研究处理情况报告) — for
 * example:
 * <pre>
 * DeliberationOpinion.builder().id(OpinionId.of("OP-2019-03"))
 *     .workReportId(WorkReportId.of("WR-2019-03")).meetingId(MeetingId.of("M-16-03"))
 *     .sentDate(LocalDate.of(2019, 5, 5)).organ(StateOrgan.GOVERNMENT)
 *     .handlingReportDate(LocalDate.of(2019, 7, 30))
 *     .build();
 * </pre>
 * Legal basis: Supervision Law 2024 Arts. 17 (special work reports), 29 (fiscal reports), 37 (inspections), 50
 * (special inquiries) — 2006 Arts. 14, 20, 27. National law sets no period for the handling report except the one
 * a resolution sets ({@code deadline}); provincial rules add periods (Henan: sent within 10 days of the meeting,
 * handled within 2 or 3 months), which the rules module reads from {@code sentDate} and {@code handlingReportDate}.
 *
 * <p>Exactly one of {@code workReportId}, {@code inspectionId} and {@code inquiryId} is set.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDeliberationOpinion.class)
public abstract class DeliberationOpinion implements Identified<OpinionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract OpinionId getId();

  /** @return the report the opinions are on, when they are on a work report */
  public abstract Optional<WorkReportId> getWorkReportId();

  /** @return the inspection the opinions are on, when they are on an inspection report */
  public abstract Optional<InspectionId> getInspectionId();

  /** @return the special inquiry (专题询问) the opinions come from (2024 Art. 50) */
  public abstract Optional<OversightActivityId> getInquiryId();

  /** @return the meeting at which the opinions were expressed, not null */
  public abstract MeetingId getMeetingId();

  /** @return the date the opinions were sent to the organ (交办/送交日期), not null */
  public abstract LocalDate getSentDate();

  /** @return the organ that must study and handle the opinions, not null */
  public abstract StateOrgan getOrgan();

  /** @return the department that handles them for the organ */
  public abstract Optional<OrganizationId> getOrganizationId();

  /** @return the opinions, as sent; empty by default, up to 20000 characters */
  @Value.Default
  public @Size(max = 20000) String getContent() {
    return "";
  }

  /** @return the resolution that set a deadline for reporting, if any */
  public abstract Optional<DecisionId> getResolutionId();

  /** @return the deadline set by a resolution (决议规定的期限) for the organ's report */
  public abstract Optional<LocalDate> getDeadline();

  /** @return the date of the organ's written handling report (研究处理情况报告) */
  public abstract Optional<LocalDate> getHandlingReportDate();

  /** @return the meeting at which the handling report was heard, if it was heard */
  public abstract Optional<MeetingId> getHandlingReportMeetingId();

  /** @return the date the opinions and handling report were published (向社会公布) */
  public abstract Optional<LocalDate> getPublishedDate();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableDeliberationOpinion.Builder builder() {
    return ImmutableDeliberationOpinion.builder();
  }

  /** The date the opinions were sent ({@code sentDate}) places them in a year. */
  @Override
  public LocalDate recordDate() {
    return getSentDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("workReportId", getWorkReportId())
        .add("inspectionId", getInspectionId())
        .add("inquiryId", getInquiryId())
        .add("meetingId", getMeetingId())
        .add("organizationId", getOrganizationId())
        .add("resolutionId", getResolutionId())
        .add("handlingReportMeetingId", getHandlingReportMeetingId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "DeliberationOpinion " + getId();
    long subjects = Stream.of(getWorkReportId(), getInspectionId(), getInquiryId())
        .filter(Optional::isPresent).count();
    Checks.require(subjects == 1, record, "exactly one of workReportId, inspectionId and inquiryId must be set,"
        + " but workReportId was " + getWorkReportId().orElse(null) + ", inspectionId was "
        + getInspectionId().orElse(null) + " and inquiryId was " + getInquiryId().orElse(null));
    Checks.notBefore(record, "handlingReportDate", getHandlingReportDate(), "sentDate", getSentDate());
  }
}
