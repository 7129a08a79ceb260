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
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A law-enforcement inspection (执法检查) of the implementation of one or more laws or regulations — for example
 * the committee's own inspection of the Work Safety Law:
 * <pre>
 * LawEnforcementInspection.builder().id(InspectionId.of("INS-2019-01"))
 *     .title("《安全生产法》执法检查")
 *     .addLaws(InspectedLaw.of("《中华人民共和国安全生产法》", LawLevel.LAW))
 *     .mode(InspectionMode.OWN).startDate(LocalDate.of(2019, 5, 6))
 *     .addInspectedOrgans(StateOrgan.GOVERNMENT)
 *     .build();
 * </pre>
 * Legal basis: Supervision Law 2024 Arts. 31–37 (2006 Arts. 22–27): an annual plan; organised by a special
 * committee or working body (Art. 32); the group drawn from committee members, committee staff and invited deputies
 * (Art. 33); 联动 with the higher level and regional 协同 (Art. 34); forms (Art. 35); the report deliberated at a
 * meeting (Art. 36) and handled by the organs (Art. 37).
 *
 * <p>An inspection lists at least one law. Counting "对 x 部法律法规开展执法检查" counts the distinct laws of the
 * inspections in {@link InspectionMode#OWN} mode; those in {@link InspectionMode#JOINT_WITH_HIGHER} mode are the
 * "配合省、市 x 部".
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLawEnforcementInspection.class)
public abstract class LawEnforcementInspection implements Identified<InspectionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract InspectionId getId();

  /** @return the name of the inspection, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** @return the laws and regulations inspected, at least one, each once */
  public abstract List<@Valid InspectedLaw> getLaws();

  /** @return whether the committee inspected alone, with the higher level, or with other regions, not null */
  public abstract InspectionMode getMode();

  /**
   * Returns the other standing committees the inspection was held with, as named, for joint and regional
   * inspections — such as {@code "省人大常委会"}, {@code "市人大常委会"}.
   *
   * @return the names, not null
   */
  public abstract List<@NotBlank @Size(max = 200) String> getPartners();

  /** @return the special committee or working body that organised the inspection (2024 Art. 32) */
  public abstract Optional<OrganizationId> getOrganizerId();

  /** @return the first day of the inspection, not null */
  public abstract LocalDate getStartDate();

  /** @return the last day of the inspection */
  public abstract Optional<LocalDate> getEndDate();

  /** @return the forms the inspection used (2024 Art. 35) */
  public abstract Set<InspectionForm> getForms();

  /** @return committee members (and special-committee members) in the inspection group */
  public abstract List<PersonId> getMemberIds();

  /** @return staff of the committee's working bodies in the group (2024 Art. 33) */
  public abstract List<PersonId> getStaffIds();

  /** @return deputies invited to take part (2024 Art. 33) */
  public abstract List<DeputyId> getDeputyIds();

  /** @return the state organs whose enforcement was inspected */
  public abstract List<StateOrgan> getInspectedOrgans();

  /** @return the departments and units inspected */
  public abstract List<OrganizationId> getInspectedOrganizationIds();

  /** @return the date of the inspection report (执法检查报告) */
  public abstract Optional<LocalDate> getReportDate();

  /** @return the inspection report as a document */
  public abstract Optional<DocumentId> getReportDocumentId();

  /** @return the meeting at which the report was deliberated (2024 Art. 36) */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return the date the report was published (向社会公布 — 2024 Art. 37(3)) */
  public abstract Optional<LocalDate> getPublishedDate();

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
  public static ImmutableLawEnforcementInspection.Builder builder() {
    return ImmutableLawEnforcementInspection.builder();
  }

  /** The first day of the inspection ({@code startDate}) places it in a year. */
  @Override
  public LocalDate recordDate() {
    return getStartDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("organizerId", getOrganizerId())
        .addAll("memberIds", getMemberIds())
        .addAll("staffIds", getStaffIds())
        .addAll("deputyIds", getDeputyIds())
        .addAll("inspectedOrganizationIds", getInspectedOrganizationIds())
        .add("reportDocumentId", getReportDocumentId())
        .add("meetingId", getMeetingId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "LawEnforcementInspection " + getId();
    Checks.require(!getLaws().isEmpty(), record, "laws must list at least one law, but was empty");
    Checks.distinct(record, "laws titles", getLaws().stream().map(InspectedLaw::getTitle).toList());
    Checks.notBefore(record, "endDate", getEndDate(), "startDate", getStartDate());
    Checks.notBefore(record, "reportDate", getReportDate(), "startDate", getStartDate());
    Checks.distinct(record, "memberIds", getMemberIds());
    Checks.distinct(record, "staffIds", getStaffIds());
    Checks.distinct(record, "deputyIds", getDeputyIds());
    Checks.distinct(record, "partners", getPartners());
    Checks.distinct(record, "inspectedOrgans", getInspectedOrgans());
    Checks.distinct(record, "inspectedOrganizationIds", getInspectedOrganizationIds());
  }
}
