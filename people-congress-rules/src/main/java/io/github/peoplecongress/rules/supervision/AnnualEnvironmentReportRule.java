package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/**
 * SUPV-008 每年听取环境状况和环境保护目标完成情况报告 — yearly environment report heard every year, from the 2024 revision of the Supervision Law.
 *
 * <p>监督法（2024）Art. 12(3)：「常务委员会根据法律规定，听取和审议本级人民政府关于环境状况和环境保护目标完成情况的报告。」 The 2006 law has no such clause; a year is covered when the 2024
 * version (effective date UNVERIFIED, default 2024-11-08) is in force on its 31 December.
 *
 * <p>Readings: a work report of kind {@code ENVIRONMENT} or a committee-meeting agenda item
 * of kind {@code ENVIRONMENT_REPORT} in the year satisfies it; a complete year without one is a warning.
 */
public final class AnnualEnvironmentReportRule extends AnnualReportRule {
  /** Creates the rule. */
  public AnnualEnvironmentReportRule() {
    super("SUPV-008", "每年听取环境状况和环境保护目标完成情况报告", "Yearly environment report", Citation.of(Laws.SUPERVISION_LAW_2024, 12, 3,
      "常务委员会根据法律规定，听取和审议本级人民政府关于环境状况和环境保护目标完成情况的报告。"),
        WorkReportKind.ENVIRONMENT, AgendaItemKind.ENVIRONMENT_REPORT, "环境状况和环境保护目标完成情况报告", "environment report");
  }
}
