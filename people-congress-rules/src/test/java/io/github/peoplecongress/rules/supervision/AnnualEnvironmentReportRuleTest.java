package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Rule;

class AnnualEnvironmentReportRuleTest extends AnnualReportRuleTestBase {
  @Override
  Rule rule() {
    return new AnnualEnvironmentReportRule();
  }

  @Override
  WorkReportKind reportKind() {
    return WorkReportKind.ENVIRONMENT;
  }

  @Override
  AgendaItemKind itemKind() {
    return AgendaItemKind.ENVIRONMENT_REPORT;
  }

  @Override
  String goldenZh() {
    return "[SUPV-008] 提示：每年听取环境状况和环境保护目标完成情况报告（监督法（2024）第十二条第三款）CommitteeRecords 2025：应当2025年内听取和审议环境状况和环境保护目标完成情况报告，实际2025年未见环境状况和环境保护目标完成情况报告的记录";
  }

  @Override
  String goldenEn() {
    return "[SUPV-008] warning: Yearly environment report (Supervision Law (2024) Art. 12(3)) at CommitteeRecords 2025: expected the environment report heard in "
        + "2025 but found no environment report recorded in 2025";
  }
}
