package io.github.peoplecongress.model.decision;

import io.github.peoplecongress.model.validation.NotBlankWhenPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.InvestigationId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.WorkReportId;
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
 * A resolution or decision of the standing committee (决议, 决定), or a major matter it referred to an organ
 * instead ({@link DecisionKind#REFERRAL}) — for example the resolution approving the 2018 final accounts:
 * <pre>
 * Decision.builder().id(DecisionId.of("DEC-2019-04")).kind(DecisionKind.RESOLUTION)
 *     .title("关于批准2018年区级财政决算的决议").subject(DecisionSubject.FINAL_ACCOUNTS)
 *     .meetingId(MeetingId.of("M-16-05")).date(LocalDate.of(2019, 8, 28))
 *     .vote(VoteTally.of(21, 0, 1, 0)).adopted(true)
 *     .workReportId(WorkReportId.of("WR-2019-07"))
 *     .build();
 * </pre>
 * Legal basis: Local Organic Law 2022 Art. 50(四) and final paragraph, Art. 51(4); Supervision Law 2024
 * Arts. 17, 29, 37, 59.
 *
 * <p>{@code adopted} is what the meeting declared. Whether the declared result is right (more than half of
 * <em>all</em> members voted for it) is for the rules module, which reads {@code vote}; a missing vote means "cannot
 * tell".
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision implements Identified<DecisionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract DecisionId getId();

  /** @return 决议, 决定, or referral of a major matter, not null */
  public abstract DecisionKind getKind();

  /** @return the title, such as {@code "关于批准2018年区级财政决算的决议"}, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** @return what the act is about, not null */
  public abstract DecisionSubject getSubject();

  /** @return the meeting that adopted (or voted on) the act, not null */
  public abstract MeetingId getMeetingId();

  /** @return the date of adoption (or of the vote, if not adopted), not null */
  public abstract LocalDate getDate();

  /** @return the document number (文号), such as {@code "X人常〔2019〕12号"} */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 100) String> getDocumentNumber();

  /** @return the tally of the vote; absent when not recorded (the rules then cannot tell whether it carried) */
  public abstract Optional<@Valid VoteTally> getVote();

  /** @return whether the meeting declared the act adopted (通过) */
  public abstract boolean isAdopted();

  /** @return the work report the act concerns (a report's resolution, the final accounts, a budget adjustment) */
  public abstract Optional<WorkReportId> getWorkReportId();

  /** @return the law-enforcement inspection the act concerns (Supervision Law 2024 Art. 37) */
  public abstract Optional<InspectionId> getInspectionId();

  /** @return the special-question investigation the act follows (Supervision Law 2024 Art. 59) */
  public abstract Optional<InvestigationId> getInvestigationId();

  /** @return the state organs that must execute the act or handle the referred matter */
  public abstract List<StateOrgan> getAddressedOrgans();

  /** @return other bodies that must execute or handle it (departments, units: 有关单位) */
  public abstract List<OrganizationId> getAddressedOrganizationIds();

  /**
   * Returns the deadline the act sets for the organ's report on its execution (决议规定的期限, Supervision Law 2024
   * Arts. 17(1), 29, 37).
   *
   * @return the last day for the report, if the act sets one
   */
  public abstract Optional<LocalDate> getReportDeadline();

  /**
   * Returns the date the organ reported on execution (执行决议情况) or, for a referral, on handling (办理情况).
   *
   * @return the date, if reported
   */
  public abstract Optional<LocalDate> getReportDate();

  /** @return the date the act was published (向社会公布) */
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
  public static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }

  /** The date of adoption ({@code date}) places a decision in a year. */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("meetingId", getMeetingId())
        .add("workReportId", getWorkReportId())
        .add("inspectionId", getInspectionId())
        .add("investigationId", getInvestigationId())
        .addAll("addressedOrganizationIds", getAddressedOrganizationIds())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "Decision " + getId();
    Checks.notBefore(record, "reportDeadline", getReportDeadline(), "date", getDate());
    Checks.notBefore(record, "reportDate", getReportDate(), "date", getDate());
    Checks.notBefore(record, "publishedDate", getPublishedDate(), "date", getDate());
    Checks.distinct(record, "addressedOrgans", getAddressedOrgans());
    Checks.distinct(record, "addressedOrganizationIds", getAddressedOrganizationIds());
  }
}
