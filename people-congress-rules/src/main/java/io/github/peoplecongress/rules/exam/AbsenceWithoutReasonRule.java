package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EXAM-003: an appointee absent from the examination without reason is kept off the agenda (兰州市).
 *
 * <p>兰州市 (news report): 「无故缺考的，其任命议案不得列入市人大常委会会议议程」.
 *
 * <p>Readings: applies where a profile sets {@code exam.absenceWithoutReasonBarsAgenda}; an appointment voted after a
 * sitting recorded as {@code ABSENT_WITHOUT_REASON}, with no later pass (at or above {@code exam.passMark}, when set)
 * before the vote, is a VIOLATION.
 */
public final class AbsenceWithoutReasonRule extends Rule {

  /** Creates the rule. */
  public AbsenceWithoutReasonRule() {
    super("EXAM-003", "无故缺考的任命议案不得列入议程", "No agenda item after an unexcused absence",
        List.of(RuleVersion.of(ExamLaw.LANZHOU)), List.of(ExamParameters.ABSENCE_BARS_AGENDA, ExamParameters.PASS_MARK),
        List.of("Local only (兰州): a vote after an absence without reason and no later pass is a violation."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    ExamHistory history = ExamHistory.of(context);
    List<Finding> findings = new ArrayList<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (!ExamHistory.inScope(context, action)) {
        continue;
      }
      LocalDate decided = action.getDecisionDate();
      Optional<DatedSeries.Entry<Boolean>> bars = context.getProfile()
          .entryOn(ExamParameters.ABSENCE_BARS_AGENDA, decided);
      if (bars.isEmpty() || !bars.get().getValue().orElse(false) || bars.get().getCitation().isEmpty()) {
        continue;
      }
      Optional<BigDecimal> mark = context.valueOn(ExamParameters.PASS_MARK, decided);
      List<LegalExam> sittings = history.sittings(action);
      Optional<LegalExam> absence = sittings.stream()
          .filter(e -> e.getOutcome() == ExamOutcome.ABSENT_WITHOUT_REASON).reduce((a, b) -> b);
      if (absence.isEmpty()) {
        continue;
      }
      boolean laterPass = sittings.stream().filter(e -> e.getDate().isAfter(absence.get().getDate()))
          .anyMatch(e -> e.getOutcome() != ExamOutcome.EXEMPT
              && mark.map(m -> ExamHistory.passed(e, m)).orElse(e.getOutcome() == ExamOutcome.PASSED));
      if (laterPass) {
        continue;
      }
      findings.add(finding(Severity.VIOLATION, bars.get().getCitation().get(), label(action), decided)
          .expectedZh("无故缺考的，任命议案不列入常委会会议议程").expectedEn("no agenda item after an absence without reason")
          .foundZh(absence.get().getDate() + "无故缺考，" + decided + "仍表决任命")
          .foundEn("absent without reason on " + absence.get().getDate() + ", yet voted on " + decided).build());
    }
    return findings;
  }
}
