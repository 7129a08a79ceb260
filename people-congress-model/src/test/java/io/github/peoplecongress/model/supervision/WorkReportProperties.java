package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class WorkReportProperties {
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);
  private static final Gen<Optional<Integer>> DAYS_BEFORE = Generate.range(-5, 40).toOptionals(40);

  private static final Gen<WorkReport> REPORTS = random -> {
    LocalDate date = EPOCH.plusDays(Generate.range(0, 4000).generate(random));
    WorkReportKind kind = Generate.enumValues(WorkReportKind.class).generate(random);
    ImmutableWorkReport.Builder builder = WorkReport.builder()
        .id(WorkReportId.of("WR-" + Generate.range(1, 999).generate(random)))
        .kind(kind)
        .organ(Generate.enumValues(StateOrgan.class).generate(random))
        .organizationId(Generate.range(1, 9).toOptionals(50).generate(random).map(n -> OrganizationId.of("ORG-" + n)))
        .title("关于" + kind.getLabel() + "的报告")
        .reporterId(Generate.range(1, 99).toOptionals(50).generate(random).map(n -> PersonId.of("P-" + n)))
        .meetingId(MeetingId.of("M-" + Generate.range(1, 60).generate(random)))
        .date(date)
        .draftSentForCommentDate(DAYS_BEFORE.generate(random).map(date::minusDays))
        .submittedDate(DAYS_BEFORE.generate(random).map(date::minusDays))
        .distributedToMembersDate(DAYS_BEFORE.generate(random).map(date::minusDays))
        .preliminaryReviewDate(DAYS_BEFORE.generate(random).map(date::minusDays))
        .fiscalYear(Generate.range(2014, 2030).toOptionals(50).generate(random).map(Year::of));
    if (kind == WorkReportKind.AUDIT_RECTIFICATION) {
      builder.auditReportId(WorkReportId.of("WR-AUDIT"));
    }
    if (Generate.booleans().generate(random)) {
      builder.satisfaction(SatisfactionTally.of(Generate.range(0, 40).generate(random),
          Generate.range(0, 10).generate(random), Generate.range(0, 10).generate(random),
          Generate.range(0, 3).generate(random)));
    }
    return builder.build();
  };

  @Test
  void every_valid_report_round_trips_through_json() {
    qt().forAll(REPORTS).checkAssert(report ->
        assertThat(Json.roundTrip(report, WorkReport.class)).isEqualTo(report));
  }

  @Test
  void equal_reports_have_equal_hash_codes() {
    qt().forAll(REPORTS).checkAssert(report -> {
      WorkReport copy = Json.roundTrip(report, WorkReport.class);
      assertThat(copy).isEqualTo(report).hasSameHashCodeAs(report);
      assertThat(ImmutableWorkReport.copyOf(report).withDate(report.getDate().plusDays(1))).isNotEqualTo(report);
    });
  }

  @Test
  void references_always_include_the_meeting() {
    qt().forAll(REPORTS).checkAssert(report ->
        assertThat(report.references()).anyMatch(r -> r.getField().equals("meetingId")
            && r.getTarget().equals(report.getMeetingId())));
  }
}
