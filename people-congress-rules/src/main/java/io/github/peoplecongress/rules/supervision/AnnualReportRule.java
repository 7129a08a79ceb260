package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItem;
import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Base of the rules on reports the committee hears every year under the 2024 revision. A year counts once it is
 * complete (the "as of" date is on or after 31 December) and the 2024 version is in force on 31 December; a year
 * without such a report (a work report of the kind, or a committee-meeting agenda item of the kind) is a warning:
 * the report may have been heard under another heading, so the library flags rather than condemns.
 *
 * <p>Implementation Requirements: subclasses are stateless and thread-safe.
 */
abstract class AnnualReportRule extends Rule {
  private final WorkReportKind reportKind;
  private final AgendaItemKind itemKind;
  private final String nameZh;
  private final String nameEn;

  AnnualReportRule(String id, String titleZh, String titleEn, Citation citation, WorkReportKind reportKind,
      AgendaItemKind itemKind, String nameZh, String nameEn) {
    super(id, titleZh, titleEn, List.of(RuleVersion.of(citation)), List.of(),
        List.of("A year counts when complete by the as-of date and the 2024 revision is in force on 31 December.",
            "A work report of the kind or a committee-meeting agenda item of the kind satisfies it.",
            "Absence is a warning."));
    this.reportKind = reportKind;
    this.itemKind = itemKind;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @Override
  public final List<Finding> evaluate(RuleContext context) {
    int year = context.getYear().getYear().getValue();
    LocalDate end = LocalDate.of(year, 12, 31);
    Optional<RuleVersion> version = versionOn(end, context.getProfile());
    if (version.isEmpty() || context.getAsOf().isBefore(end)) {
      return List.of();
    }
    for (WorkReport report : context.getYear().getWorkReports()) {
      if (report.getKind() == reportKind) {
        return List.of();
      }
    }
    for (Meeting meeting : context.getYear().getMeetings()) {
      if (meeting.getKind() == MeetingKind.STANDING_COMMITTEE) {
        for (AgendaItem item : meeting.getAgenda()) {
          if (item.getKind() == itemKind) {
            return List.of();
          }
        }
      }
    }
    return List.of(finding(Severity.WARNING, version.get().getCitation(), "CommitteeYear " + year, end)
        .expectedZh(year + "年内听取和审议" + nameZh).foundZh(year + "年未见" + nameZh + "的记录")
        .expectedEn("the " + nameEn + " heard in " + year).foundEn("no " + nameEn + " recorded in " + year).build());
  }
}
