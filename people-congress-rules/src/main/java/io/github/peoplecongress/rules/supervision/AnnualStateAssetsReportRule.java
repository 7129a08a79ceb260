package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/**
 * SUPV-006 每年听取国有资产管理情况报告 — yearly state-assets report heard every year, from the 2024 revision of the Supervision Law.
 *
 * <p>监督法（2024）Art. 24(2)：「……县级以上地方各级人民政府应当每年向本级人民代表大会常务委员会报告国有资产管理情况。」 The 2006 law has no such clause; a year is covered when the 2024
 * version (effective date UNVERIFIED, default 2024-11-08) is in force on its 31 December.
 *
 * <p>Readings: a work report of kind {@code STATE_ASSETS} or a committee-meeting agenda item
 * of kind {@code STATE_ASSETS_REPORT} in the year satisfies it; a complete year without one is a warning.
 */
public final class AnnualStateAssetsReportRule extends AnnualReportRule {
  /** Creates the rule. */
  public AnnualStateAssetsReportRule() {
    super("SUPV-006", "每年听取国有资产管理情况报告", "Yearly state-assets report", Citation.of(Laws.SUPERVISION_LAW_2024, 24, 2,
      "……县级以上地方各级人民政府应当每年向本级人民代表大会常务委员会报告国有资产管理情况。"),
        WorkReportKind.STATE_ASSETS, AgendaItemKind.STATE_ASSETS_REPORT, "国有资产管理情况报告", "state-assets management report");
  }
}
