package io.github.peoplecongress.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supervision activity: a visit (视察), survey (专题调研), study tour (考察学习), inquiry (询问), special inquiry
 * (专题询问) or follow-up (跟踪监督) — for example a visit to the court's civil enforcement work:
 * <pre>
 * OversightActivity.builder().id(OversightActivityId.of("OA-2019-02")).kind(OversightKind.VISIT)
 *     .topic("区法院民事执行工作").mode(InspectionMode.OWN).startDate(LocalDate.of(2019, 6, 12))
 *     .addPlaces("区人民法院").addOrgans(StateOrgan.COURT)
 *     .addMemberIds(PersonId.of("P-003")).addDeputyIds(DeputyId.of("D-017"))
 *     .build();
 * </pre>
 * Legal basis: Supervision Law 2024 Art. 13 (research before a report), Arts. 46–50 (inquiry and special inquiry),
 * Arts. 17(2), 37 (follow-up); Deputies Law 2025 Arts. 25–26 (deputies' recess activities).
 *
 * <p>Deputies' participation ("参加执法检查、视察、调研活动 x 人次") counts {@code deputyIds}; the research reports
 * ("调研报告 x 篇") are the {@code researchReportId} documents.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOversightActivity.class)
public abstract class OversightActivity implements Identified<OversightActivityId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract OversightActivityId getId();

  /** @return the kind of activity, not null */
  public abstract OversightKind getKind();

  /** @return the topic, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTopic();

  /**
   * Returns whether the committee acted alone or with (配合) the provincial or city committee, or regionally.
   * Defaults to {@link InspectionMode#OWN}.
   *
   * @return the mode, not null
   */
  @Value.Default
  public InspectionMode getMode() {
    return InspectionMode.OWN;
  }

  /** @return the special committee or working body that organised the activity */
  public abstract Optional<OrganizationId> getOrganizerId();

  /** @return the first day, not null */
  public abstract LocalDate getStartDate();

  /** @return the last day, for an activity over several days */
  public abstract Optional<LocalDate> getEndDate();

  /** @return the places visited, as named (such as {@code "深圳"}, {@code "区人民法院"}) */
  public abstract List<@NotBlank @Size(max = 200) String> getPlaces();

  /** @return the committee members who took part */
  public abstract List<PersonId> getMemberIds();

  /** @return the deputies who took part */
  public abstract List<DeputyId> getDeputyIds();

  /** @return the state organs visited, surveyed or questioned */
  public abstract List<StateOrgan> getOrgans();

  /** @return the departments and units visited, surveyed or questioned */
  public abstract List<OrganizationId> getOrganizationIds();

  /** @return the meeting at which an inquiry or special inquiry was held */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return the report the activity prepared or accompanied (2024 Arts. 13, 48(2)) */
  public abstract Optional<WorkReportId> getWorkReportId();

  /** @return the inspection the activity prepared, accompanied or followed up */
  public abstract Optional<InspectionId> getInspectionId();

  /** @return the research report (调研报告) the activity produced */
  public abstract Optional<DocumentId> getResearchReportId();

  /** @return a note, up to 2000 characters; empty by default */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableOversightActivity.Builder builder() {
    return ImmutableOversightActivity.builder();
  }

  /** The first day ({@code startDate}) places an activity in a year. */
  @Override
  public LocalDate recordDate() {
    return getStartDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("organizerId", getOrganizerId())
        .addAll("memberIds", getMemberIds())
        .addAll("deputyIds", getDeputyIds())
        .addAll("organizationIds", getOrganizationIds())
        .add("meetingId", getMeetingId())
        .add("workReportId", getWorkReportId())
        .add("inspectionId", getInspectionId())
        .add("researchReportId", getResearchReportId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "OversightActivity " + getId();
    Checks.notBefore(record, "endDate", getEndDate(), "startDate", getStartDate());
    Checks.distinct(record, "memberIds", getMemberIds());
    Checks.distinct(record, "deputyIds", getDeputyIds());
    Checks.distinct(record, "organs", getOrgans());
    Checks.distinct(record, "organizationIds", getOrganizationIds());
  }
}
