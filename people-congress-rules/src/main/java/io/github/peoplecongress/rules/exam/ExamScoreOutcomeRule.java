package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EXAM-004: the recorded outcome of a sitting agrees with its score and the local pass mark.
 *
 * <p>石台县办法第十一条: 「评分采取百分制方法进行。60分以下为不合格；60分至79分为合格；80分至89分为良好；90分以上为优秀。」
 *
 * <p>Readings: applies where a profile sets {@code exam.passMark}; a score is compared on a scale of 100 (a paper with
 * another full mark is scaled); 「60分以下为不合格」 makes 60 a pass. Recorded as passed below the mark: VIOLATION (the
 * office passed a failed paper); recorded as failed at or above it: WARNING (a stricter record than the rule).
 */
public final class ExamScoreOutcomeRule extends Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Creates the rule. */
  public ExamScoreOutcomeRule() {
    super("EXAM-004", "考试成绩与合格分数线一致", "Recorded exam outcome agrees with the pass mark",
        List.of(RuleVersion.of(ExamLaw.SHITAI_11), RuleVersion.of(ExamLaw.LANZHOU), RuleVersion.of(ExamLaw.QISHAN_3)),
        List.of(ExamParameters.PASS_MARK),
        List.of("Local only: applies where exam.passMark is set; scores are scaled to 100; a score at the mark passes.",
            "Passed below the mark: violation; failed at or above it: warning."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LegalExam exam : context.getRecords().getExams()) {
      Optional<DatedSeries.Entry<BigDecimal>> entry = context.getProfile().entryOn(ExamParameters.PASS_MARK,
          exam.getDate());
      if (entry.isEmpty() || entry.get().getValue().isEmpty() || entry.get().getCitation().isEmpty()
          || exam.getScore().isEmpty()) {
        continue;
      }
      BigDecimal mark = entry.get().getValue().get();
      BigDecimal onHundred = exam.getScore().get().multiply(HUNDRED).divide(exam.getMaxScore(), 4,
          java.math.RoundingMode.HALF_UP);
      boolean reaches = onHundred.compareTo(mark) >= 0;
      String score = exam.getScore().get().toPlainString() + "/" + exam.getMaxScore().toPlainString();
      if (exam.getOutcome() == ExamOutcome.PASSED && !reaches) {
        findings.add(finding(Severity.VIOLATION, entry.get().getCitation().get(), label(exam), exam.getDate())
            .expectedZh("不满" + mark.toPlainString() + "分为不合格").expectedEn("a fail below " + mark.toPlainString())
            .foundZh(score + "分记为合格").foundEn("a score of " + score + " recorded as passed").build());
      } else if (exam.getOutcome() == ExamOutcome.FAILED && reaches) {
        findings.add(finding(Severity.WARNING, entry.get().getCitation().get(), label(exam), exam.getDate())
            .expectedZh(mark.toPlainString() + "分以上为合格").expectedEn("a pass at " + mark.toPlainString() + " or above")
            .foundZh(score + "分记为不合格").foundEn("a score of " + score + " recorded as failed").build());
      }
    }
    return findings;
  }
}
