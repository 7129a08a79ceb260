package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EXAM-002: one retake is allowed; after a failed retake the nomination is deferred (岐山县) or withdrawn (兰州市), so
 * the committee may not vote on it.
 *
 * <p>岐山县实施办法第三条: 「……不合格者允许补考一次，补考不合格者，暂缓提请任命。」 兰州市 (news report): 「凡考试成绩不合格者应进行
 * 补考，补考仍不合格者，要求提请机关撤回提名」.
 *
 * <p>Readings: applies where a profile sets {@code exam.retakesAllowed}, {@code exam.failedRetakeConsequence} and
 * {@code exam.passMark}. An appointment voted after more failed sittings than one plus the retakes allowed, without a
 * pass within them, or after a sitting beyond the allowed attempts, is a VIOLATION: deferral and withdrawal both keep
 * the nomination from the vote.
 */
public final class FailedRetakeRule extends Rule {

  /** Creates the rule. */
  public FailedRetakeRule() {
    super("EXAM-002", "补考不合格者不得提请任命", "No appointment after a failed retake",
        List.of(RuleVersion.of(ExamLaw.LANZHOU), RuleVersion.of(ExamLaw.QISHAN_3)),
        List.of(ExamParameters.RETAKES_ALLOWED, ExamParameters.FAILED_RETAKE, ExamParameters.PASS_MARK),
        List.of("Local only: applies where exam.retakesAllowed, exam.failedRetakeConsequence and exam.passMark are set.",
            "Voting after the retake was failed, or after more sittings than allowed, is a violation (deferral and "
                + "withdrawal both keep the nomination from the vote)."));
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
      Optional<DatedSeries.Entry<FailedRetakeConsequence>> consequence = context.getProfile()
          .entryOn(ExamParameters.FAILED_RETAKE, decided);
      Optional<Integer> retakes = context.valueOn(ExamParameters.RETAKES_ALLOWED, decided);
      Optional<BigDecimal> mark = context.valueOn(ExamParameters.PASS_MARK, decided);
      if (consequence.isEmpty() || consequence.get().getValue().isEmpty() || consequence.get().getCitation().isEmpty()
          || retakes.isEmpty() || mark.isEmpty()) {
        continue;
      }
      List<LegalExam> sittings = history.sittings(action);
      if (ExamHistory.validPass(sittings, mark.get(), retakes).isPresent()) {
        continue;
      }
      long failedCount = sittings.stream().filter(e -> ExamHistory.failed(e, mark.get())).count();
      boolean beyondLimit = sittings.stream().anyMatch(e -> e.getAttempt() > retakes.get() + 1);
      if (failedCount <= retakes.get() && !beyondLimit) {
        continue;
      }
      Citation citation = consequence.get().getCitation().get();
      FailedRetakeConsequence what = consequence.get().getValue().get();
      findings.add(finding(Severity.VIOLATION, citation, label(action), decided)
          .expectedZh("补考" + retakes.get() + "次仍不合格的，" + what.getLabel() + "，不得表决任命")
          .expectedEn("no vote after " + retakes.get() + " failed retake(s): the nomination is "
              + (what == FailedRetakeConsequence.DEFER ? "deferred" : "withdrawn"))
          .foundZh(decided + "表决任命，考试记录：" + ExamHistory.describeZh(sittings))
          .foundEn("voted on " + decided + " after " + ExamHistory.describeEn(sittings)).build());
    }
    return findings;
  }
}
