package io.github.peoplecongress.rules.budget;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.report;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import java.time.LocalDate;

/** Builds a year with one fiscal report heard at meeting M-1. */
final class BudgetTestSupport {
  private BudgetTestSupport() {}

  static CommitteeRecords year(WorkReportKind kind, LocalDate day, LocalDate preliminaryReview, LocalDate published) {
    var r = report("WR-1", kind, StateOrgan.GOVERNMENT, day);
    if (preliminaryReview != null) {
      r.preliminaryReviewDate(preliminaryReview);
    }
    if (published != null) {
      r.publishedDate(published);
    }
    return yearOf(day.getYear()).withMeetings(meeting("M-1", day).build()).withWorkReports(r.build());
  }
}
