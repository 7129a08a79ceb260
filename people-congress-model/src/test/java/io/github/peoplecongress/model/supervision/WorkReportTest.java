package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class WorkReportTest {

  static WorkReport sample() {
    return WorkReport.builder()
        .id(WorkReportId.of("WR-2019-03"))
        .kind(WorkReportKind.SPECIAL_WORK)
        .organ(StateOrgan.GOVERNMENT)
        .organizationId(OrganizationId.of("ORG-GA"))
        .title("关于社会治安管理工作情况的报告")
        .reporterId(PersonId.of("P-201"))
        .meetingId(MeetingId.of("M-16-03"))
        .date(LocalDate.of(2019, 4, 26))
        .draftSentForCommentDate(LocalDate.of(2019, 4, 3))
        .submittedDate(LocalDate.of(2019, 4, 15))
        .distributedToMembersDate(LocalDate.of(2019, 4, 18))
        .fiscalYear(Year.of(2019))
        .satisfaction(SatisfactionTally.of(15, 5, 1, 1))
        .deputiesNotifiedDate(LocalDate.of(2019, 5, 10))
        .publishedDate(LocalDate.of(2019, 5, 10))
        .build();
  }

  static WorkReport audit() {
    return WorkReport.builder().id(WorkReportId.of("WR-2019-06")).kind(WorkReportKind.AUDIT)
        .organ(StateOrgan.GOVERNMENT).title("关于2018年度区级预算执行和其他财政收支的审计工作报告")
        .meetingId(MeetingId.of("M-16-05")).date(LocalDate.of(2019, 8, 28)).fiscalYear(Year.of(2018)).build();
  }

  @Test
  void round_trips_through_json() {
    WorkReport report = sample();
    assertThat(Json.roundTrip(report, WorkReport.class)).isEqualTo(report);
  }

  @Test
  void round_trips_the_fiscal_year() {
    assertThat(Json.roundTrip(audit(), WorkReport.class).getFiscalYear()).contains(Year.of(2018));
  }

  @Test
  void round_trips_a_rectification_report_that_follows_an_audit_report() {
    WorkReport rectification = WorkReport.builder().id(WorkReportId.of("WR-2019-11"))
        .kind(WorkReportKind.AUDIT_RECTIFICATION).organ(StateOrgan.GOVERNMENT).title("关于审计查出问题整改情况的报告")
        .meetingId(MeetingId.of("M-16-08")).date(LocalDate.of(2019, 12, 20))
        .auditReportId(WorkReportId.of("WR-2019-06")).build();
    assertThat(Json.roundTrip(rectification, WorkReport.class)).isEqualTo(rectification);
    assertThat(rectification.references()).containsExactly(
        Reference.of("meetingId", MeetingId.of("M-16-08")),
        Reference.of("auditReportId", WorkReportId.of("WR-2019-06")));
  }

  @Test
  void round_trips_a_final_accounts_report_with_its_preliminary_review_date() {
    WorkReport accounts = WorkReport.builder().id(WorkReportId.of("WR-2019-07")).kind(WorkReportKind.FINAL_ACCOUNTS)
        .organ(StateOrgan.GOVERNMENT).title("关于2018年区级财政决算的报告").meetingId(MeetingId.of("M-16-05"))
        .date(LocalDate.of(2019, 8, 28)).preliminaryReviewDate(LocalDate.of(2019, 7, 26))
        .fiscalYear(Year.of(2018)).build();
    assertThat(Json.roundTrip(accounts, WorkReport.class)).isEqualTo(accounts);
  }

  @Test
  void keeps_dates_that_break_the_statutory_deadlines() {
    WorkReport late = ImmutableWorkReport.copyOf(sample()).withDistributedToMembersDate(LocalDate.of(2019, 4, 27));
    assertThat(late.getDistributedToMembersDate()).contains(LocalDate.of(2019, 4, 27));
  }

  @Test
  void lists_every_reference() {
    WorkReport report = ImmutableWorkReport.copyOf(sample()).withResolutionId(DecisionId.of("DEC-1"))
        .withOpinionId(OpinionId.of("OP-1"));
    assertThat(report.references()).containsExactly(
        Reference.of("organizationId", OrganizationId.of("ORG-GA")),
        Reference.of("reporterId", PersonId.of("P-201")),
        Reference.of("meetingId", MeetingId.of("M-16-03")),
        Reference.of("resolutionId", DecisionId.of("DEC-1")),
        Reference.of("opinionId", OpinionId.of("OP-1")));
    assertThat(report.recordDate()).isEqualTo(LocalDate.of(2019, 4, 26));
  }

  @Test
  void rejects_a_report_that_follows_itself() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableWorkReport.copyOf(audit()).withAuditReportId(WorkReportId.of("WR-2019-06")))
        .withMessage("WorkReport WR-2019-06: auditReportId WR-2019-06 must not be the report's own id WR-2019-06");
  }
}
