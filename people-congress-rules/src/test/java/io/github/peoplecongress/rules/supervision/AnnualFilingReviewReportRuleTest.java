package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Rule;

class AnnualFilingReviewReportRuleTest extends AnnualReportRuleTestBase {
  @Override
  Rule rule() {
    return new AnnualFilingReviewReportRule();
  }

  @Override
  WorkReportKind reportKind() {
    return WorkReportKind.FILING_REVIEW_WORK;
  }

  @Override
  AgendaItemKind itemKind() {
    return AgendaItemKind.FILING_REVIEW_REPORT;
  }

  @Override
  String goldenZh() {
    return "[SUPV-009] 提示：每年听取备案审查工作情况报告（监督法（2024）第四十五条）CommitteeRecords 2025：应当2025年内听取和审议备案审查工作情况报告，实际2025年未见备案审查工作情况报告的记录";
  }

  @Override
  String goldenEn() {
    return "[SUPV-009] warning: Yearly filing-review report (Supervision Law (2024) Art. 45) at CommitteeRecords 2025: expected the filing-review work report heard in "
        + "2025 but found no filing-review work report recorded in 2025";
  }
}
