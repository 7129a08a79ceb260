package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Rule;

class AnnualGovernmentDebtReportRuleTest extends AnnualReportRuleTestBase {
  @Override
  Rule rule() {
    return new AnnualGovernmentDebtReportRule();
  }

  @Override
  WorkReportKind reportKind() {
    return WorkReportKind.GOVERNMENT_DEBT;
  }

  @Override
  AgendaItemKind itemKind() {
    return AgendaItemKind.GOVERNMENT_DEBT_REPORT;
  }

  @Override
  String goldenZh() {
    return "[SUPV-007] 提示：每年听取政府债务管理情况报告（监督法（2024）第二十五条第二款）CommitteeRecords 2025：应当2025年内听取和审议政府债务管理情况报告，实际2025年未见政府债务管理情况报告的记录";
  }

  @Override
  String goldenEn() {
    return "[SUPV-007] warning: Yearly government-debt report (Supervision Law (2024) Art. 25(2)) at CommitteeRecords 2025: expected the government-debt management report heard in "
        + "2025 but found no government-debt management report recorded in 2025";
  }
}
