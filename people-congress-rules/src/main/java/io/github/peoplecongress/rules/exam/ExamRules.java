package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The pre-appointment exam rules (任前法律知识考试), EXAM-001 to EXAM-004; all local, profile-driven. */
public final class ExamRules {
  private ExamRules() {}

  /**
   * Returns the exam rules in id order.
   *
   * @return the rules, not null
   */
  public static List<Rule> rules() {
    return List.of(new ExamPassBeforeAppointmentRule(), new FailedRetakeRule(), new AbsenceWithoutReasonRule(),
        new ExamScoreOutcomeRule());
  }
}
