package io.github.peoplecongress.rules.supervision;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.meeting.AgendaItem;
import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shared cases of the four yearly-report rules; each subclass names its rule and kinds. */
abstract class AnnualReportRuleTestBase {
  abstract Rule rule();

  abstract WorkReportKind reportKind();

  abstract AgendaItemKind itemKind();

  abstract String goldenZh();

  abstract String goldenEn();

  @Test
  void a_report_or_agenda_item_in_the_year_satisfies_it() {
    assertThat(run(rule(), yearOf(2025).withWorkReports(
        report("WR-1", reportKind(), StateOrgan.GOVERNMENT, LocalDate.of(2025, 6, 25)).build()))).isEmpty();
    assertThat(run(rule(), yearOf(2025).withMeetings(meeting("M-1", LocalDate.of(2025, 6, 25))
        .agenda(AgendaItem.of(1, "听取报告", itemKind())).build()))).isEmpty();
  }

  @Test
  void a_complete_year_without_it_is_a_warning() {
    assertThat(run(rule(), yearOf(2025))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void boundary_the_year_is_pending_due_31_december_until_complete_then_a_warning() {
    // No fact can be missing: the rule looks for the presence of a report, so there is no cannot-tell case.
    assertThat(run(rule(), yearOf(2025), LocalDate.of(2025, 12, 30))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2025, 12, 31));
      assertThat(f.getRecord()).isEqualTo("CommitteeRecords 2025");
      assertThat(f.getFoundZh()).isEqualTo("至2025-12-30尚未听取");
      assertThat(f.getFoundEn()).isEqualTo("not yet heard as of 2025-12-30");
    });
    assertThat(run(rule(), yearOf(2025), LocalDate.of(2025, 12, 31))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getDueDate()).isEmpty();
      assertThat(f.getFoundEn()).startsWith("no ").endsWith(" recorded in 2025");
    });
  }

  @Test
  void only_years_under_the_2024_revision() {
    assertThat(run(rule(), yearOf(2023))).isEmpty();
    assertThat(run(rule(), yearOf(2024))).hasSize(1);
    JurisdictionProfile later = JurisdictionProfile.builder("t", "测试", "test")
        .effectiveDate(Laws.SUPERVISION_LAW_2024, LocalDate.of(2025, 1, 1)).build();
    assertThat(run(rule(), yearOf(2024), later)).isEmpty();
  }

  @Test
  void golden_message() {
    var f = run(rule(), yearOf(2025)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(goldenZh());
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(goldenEn());
  }
}
