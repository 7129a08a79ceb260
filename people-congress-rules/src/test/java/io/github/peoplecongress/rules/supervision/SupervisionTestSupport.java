package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.ImmutableWorkReport;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;

/** Helpers for the supervision and budget tests. */
public final class SupervisionTestSupport {
  private SupervisionTestSupport() {}

  /** @return a report of the kind heard at meeting M-1 on the date */
  public static ImmutableWorkReport.Builder report(String id, WorkReportKind kind, StateOrgan organ, LocalDate date) {
    return WorkReport.builder().id(WorkReportId.of(id)).kind(kind).organ(organ).title("关于某工作情况的报告")
        .meetingId(MeetingId.of("M-1")).date(date);
  }

  /** @return an opinion on a report, expressed at meeting M-1 and sent on a date */
  public static io.github.peoplecongress.model.supervision.ImmutableDeliberationOpinion.Builder opinion(
      String reportId, LocalDate sent) {
    return DeliberationOpinion.builder().id(OpinionId.of("OP-1")).workReportId(WorkReportId.of(reportId))
        .meetingId(MeetingId.of("M-1")).sentDate(sent).organ(StateOrgan.GOVERNMENT);
  }

  /** @return the Henan profile built from the supervision local rules */
  public static JurisdictionProfile henan() {
    return SupervisionLocalRules.addLocalRules("henan", JurisdictionProfile.builder("henan", "河南省", "Henan"))
        .build();
  }
}
