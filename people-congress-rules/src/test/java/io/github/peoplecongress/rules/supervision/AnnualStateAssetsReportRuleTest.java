package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Rule;

class AnnualStateAssetsReportRuleTest extends AnnualReportRuleTestBase {
  @Override
  Rule rule() {
    return new AnnualStateAssetsReportRule();
  }

  @Override
  WorkReportKind reportKind() {
    return WorkReportKind.STATE_ASSETS;
  }

  @Override
  AgendaItemKind itemKind() {
    return AgendaItemKind.STATE_ASSETS_REPORT;
  }

  @Override
  String goldenZh() {
    return "[SUPV-006] 提示：每年听取国有资产管理情况报告（监督法（2024）第二十四条第二款）CommitteeRecords 2025：应当2025年内听取和审议国有资产管理情况报告，实际2025年未见国有资产管理情况报告的记录";
  }

  @Override
  String goldenEn() {
    return "[SUPV-006] warning: Yearly state-assets report (Supervision Law (2024) Art. 24(2)) at CommitteeRecords 2025: expected the state-assets management report heard in "
        + "2025 but found no state-assets management report recorded in 2025";
  }
}
