package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The appraisal family's rules, in id order. */
public final class AppraisalRules {
  private AppraisalRules() {}

  /** @return the rules, not null */
  public static List<Rule> rules() {
    return List.of(new AppraisalStepsCompleteRule(), new AppraisalStepOrderRule(), new AppraisalVotersRule(),
        new AppraisalSecretBallotRule(), new AppraisalVoteResultRule(), new AppraisalRectificationReportRule(),
        new AppraisalReReportAtNextMeetingRule(), new ReportSatisfactionBallotsRule());
  }
}
