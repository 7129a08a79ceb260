package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The supervision rules (SUPV). */
public final class SupervisionRules {
  private SupervisionRules() {}

  /** @return the rules of the family, in id order, not null */
  public static List<Rule> rules() {
    return List.of(new SpecialWorkReportDeadlinesRule(), new ResolutionReportDeadlineRule(),
        new HandlingReportPeriodRule(), new OpinionForwardingRule(), new AuditRectificationRule(),
        new AnnualStateAssetsReportRule(), new AnnualGovernmentDebtReportRule(), new AnnualEnvironmentReportRule(),
        new AnnualFilingReviewReportRule());
  }
}
