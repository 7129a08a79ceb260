package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/**
 * SUPV-007 每年听取政府债务管理情况报告 — yearly government-debt report heard every year, from the 2024 revision of the Supervision Law.
 *
 * <p>监督法（2024）Art. 25(2)：「……应当每年向本级人民代表大会常务委员会报告政府债务管理情况。」 The 2006 law has no such clause; a year is covered when the 2024
 * version (effective date UNVERIFIED, default 2024-11-08) is in force on its 31 December.
 *
 * <p>Readings: a work report of kind {@code GOVERNMENT_DEBT} or a committee-meeting agenda item
 * of kind {@code GOVERNMENT_DEBT_REPORT} in the year satisfies it; a complete year without one is a warning.
 */
public final class AnnualGovernmentDebtReportRule extends AnnualReportRule {
  /** Creates the rule. */
  public AnnualGovernmentDebtReportRule() {
    super("SUPV-007", "每年听取政府债务管理情况报告", "Yearly government-debt report", Citation.of(Laws.SUPERVISION_LAW_2024, 25, 2,
      "……应当每年向本级人民代表大会常务委员会报告政府债务管理情况。"),
        WorkReportKind.GOVERNMENT_DEBT, AgendaItemKind.GOVERNMENT_DEBT_REPORT, "政府债务管理情况报告", "government-debt management report");
  }
}
