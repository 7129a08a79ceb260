package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/**
 * SUPV-009 每年听取备案审查工作情况报告 — yearly filing-review report heard every year, from the 2024 revision of the Supervision Law.
 *
 * <p>监督法（2024）Art. 45：「常务委员会应当每年听取和审议备案审查工作情况报告。」 The 2006 law has no such clause; a year is covered when the 2024
 * version (effective date UNVERIFIED, default 2024-11-08) is in force on its 31 December.
 *
 * <p>Readings: a work report of kind {@code FILING_REVIEW_WORK} or a committee-meeting agenda item
 * of kind {@code FILING_REVIEW_REPORT} in the year satisfies it; a complete year without one is a warning.
 */
public final class AnnualFilingReviewReportRule extends AnnualReportRule {
  /** Creates the rule. */
  public AnnualFilingReviewReportRule() {
    super("SUPV-009", "每年听取备案审查工作情况报告", "Yearly filing-review report", Citation.of(Laws.SUPERVISION_LAW_2024, 45,
      "常务委员会应当每年听取和审议备案审查工作情况报告。"),
        WorkReportKind.FILING_REVIEW_WORK, AgendaItemKind.FILING_REVIEW_REPORT, "备案审查工作情况报告", "filing-review work report");
  }
}
