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
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        List.of("Each calendar year checked, under the law in force on its 31 December; pending until then.",
            "A work report of the kind or a committee-meeting agenda item of the kind satisfies it.",
            "Absence is a warning."));
    this.reportKind = reportKind;
    this.itemKind = itemKind;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @Override
  public final List<Finding> evaluate(RuleContext context) {
    Set<Integer> yearsHeard = new HashSet<>();
    for (WorkReport report : context.getRecords().getWorkReports()) {
      if (report.getKind() == reportKind) {
        yearsHeard.add(report.getDate().getYear());
      }
    }
    for (Meeting meeting : context.getRecords().getMeetings()) {
      if (meeting.getKind() == MeetingKind.STANDING_COMMITTEE) {
        for (AgendaItem item : meeting.getAgenda()) {
          if (item.getKind() == itemKind) {
            yearsHeard.add(meeting.getDate().getYear());
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Year checked : context.yearsChecked()) {
      int year = checked.getValue();
      LocalDate end = checked.atMonth(12).atEndOfMonth();
      Optional<RuleVersion> version = versionOn(end, context.getProfile());
      if (version.isEmpty() || yearsHeard.contains(year)) {
        continue;
      }
      String expectedZh = year + "年内听取和审议" + nameZh;
      String expectedEn = "the " + nameEn + " heard in " + year;
      String record = "CommitteeRecords " + year;
      if (context.getAsOf().isBefore(end)) {
        // dated the year's first day, so that a period ending inside the year lists what the year still owes
        findings.add(pending(version.get().getCitation(), record, checked.atDay(1), end)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未听取")
            .expectedEn(expectedEn).foundEn("not yet heard as of " + context.getAsOf()).build());
      } else if (!context.isComplete(checked.atDay(1))) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, end)
            .expectedZh(expectedZh).foundZh("记录自" + context.getRecords().getSpan().getFrom() + "起才完整，其后未见")
            .expectedEn(expectedEn).foundEn("none recorded since " + context.getRecords().getSpan().getFrom()
                + ", where the records begin")
            .addMissingFacts("$.workReports").build());
      } else {
        findings.add(finding(Severity.WARNING, version.get().getCitation(), record, end)
            .expectedZh(expectedZh).foundZh(year + "年未见" + nameZh + "的记录")
            .expectedEn(expectedEn).foundEn("no " + nameEn + " recorded in " + year).build());
      }
    }
    return findings;
  }
}
