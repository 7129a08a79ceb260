package io.github.peoplecongress.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report of a state organ heard and deliberated at a standing-committee meeting (听取和审议) — for example the
 * district government's special work report on public security, delivered by the head of the 公安分局:
 * <pre>
 * WorkReport.builder().id(WorkReportId.of("WR-2019-03")).kind(WorkReportKind.SPECIAL_WORK)
 *     .organ(StateOrgan.GOVERNMENT).organizationId(OrganizationId.of("ORG-GA"))
 *     .title("关于社会治安管理工作情况的报告").reporterId(PersonId.of("P-201"))
 *     .meetingId(MeetingId.of("M-16-03")).date(LocalDate.of(2019, 4, 26))
 *     .draftSentForCommentDate(LocalDate.of(2019, 4, 3))
 *     .submittedDate(LocalDate.of(2019, 4, 15))
 *     .distributedToMembersDate(LocalDate.of(2019, 4, 18))
 *     .build();
 * </pre>
 *
 * <p>The dates the deadline rules read are all optional, and a missing one means "cannot tell":
 * {@code draftSentForCommentDate} (专项工作报告送交专门委员会或工作机构征求意见, 20 days before the meeting),
 * {@code submittedDate} (送交常委会, 10 days before), {@code distributedToMembersDate} (发给常委会组成人员, 7 days
 * before) — Supervision Law 2024 Art. 15 (2006 Art. 12); {@code preliminaryReviewDate} (决算草案 or 预算调整初步方案
 * 送交有关工作机构征求意见, 30 days before — Budget Law Arts. 69, 78); {@code auditReportId} for an
 * {@link WorkReportKind#AUDIT_RECTIFICATION} report (heard within 6 months of the audit report — 2024 Art. 27(2)).
 * Whether a date met its deadline is for the rules module; nothing here checks it.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableWorkReport.class)
public abstract class WorkReport implements Identified<WorkReportId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract WorkReportId getId();

  /** @return the kind of report, not null */
  public abstract WorkReportKind getKind();

  /** @return the state organ that reports (一府一委两院), not null */
  public abstract StateOrgan getOrgan();

  /**
   * Returns the department that reports for the organ, when the government delegates the report to one of its
   * departments (such as the 公安分局) — Supervision Law 2024 Art. 16 (2006 Art. 13).
   *
   * @return the department, if any
   */
  public abstract Optional<OrganizationId> getOrganizationId();

  /** @return the title of the report, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** @return who delivered the report (the organ's head, or a department head by delegation) */
  public abstract Optional<PersonId> getReporterId();

  /** @return the meeting at which the report was heard, not null */
  public abstract MeetingId getMeetingId();

  /** @return the date the report was heard (a day of that meeting), not null */
  public abstract LocalDate getDate();

  /** @return the date the draft was sent to the special committee or working body for comment (20日前) */
  public abstract Optional<LocalDate> getDraftSentForCommentDate();

  /** @return the date the revised report was sent to the standing committee (10日前) */
  public abstract Optional<LocalDate> getSubmittedDate();

  /** @return the date the committee's office distributed the report to the members (7日前) */
  public abstract Optional<LocalDate> getDistributedToMembersDate();

  /**
   * Returns, for final accounts or a budget adjustment, the date the draft final accounts or the preliminary
   * adjustment plan was sent to the committee's working body for comment (30 days before the meeting — Budget
   * Law Arts. 69, 78).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> getPreliminaryReviewDate();

  /** @return the fiscal or calendar year the report concerns (such as 2018 for the 2018 final accounts) */
  public abstract Optional<Year> getFiscalYear();

  /** @return for an audit-rectification report, the audit report (审计工作报告) whose findings it follows up */
  public abstract Optional<WorkReportId> getAuditReportId();

  /** @return for a resolution-execution report, the resolution whose execution it reports */
  public abstract Optional<DecisionId> getResolutionId();

  /** @return for an opinion-handling report, the deliberation opinion whose handling it reports */
  public abstract Optional<OpinionId> getOpinionId();

  /** @return the satisfaction vote (满意度测评) taken on the report, under local rules */
  public abstract Optional<@Valid SatisfactionTally> getSatisfaction();

  /** @return the date the report was notified to deputies (向代表通报 — 2024 Arts. 17(3), 29(3)) */
  public abstract Optional<LocalDate> getDeputiesNotifiedDate();

  /** @return the date the report was published (向社会公布) */
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
  public static ImmutableWorkReport.Builder builder() {
    return ImmutableWorkReport.builder();
  }

  /** The date the report was heard ({@code date}) places it in a year. */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("organizationId", getOrganizationId())
        .add("reporterId", getReporterId())
        .add("meetingId", getMeetingId())
        .add("auditReportId", getAuditReportId())
        .add("resolutionId", getResolutionId())
        .add("opinionId", getOpinionId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "WorkReport " + getId();
    Checks.require(!getAuditReportId().equals(Optional.of(getId())), record,
        "auditReportId " + getAuditReportId().orElse(null) + " must not be the report's own id " + getId());
  }
}
