package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.model.personnel.ExamOutcome;
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
 * EXAM-001: the committee votes on an appointment only after the appointee passed the pre-appointment examination, or
 * was exempt on a ground the local rule recognises.
 *
 * <p>岐山县实施办法第三条（考试方法）: 「考试采用集中开卷笔试方式……经考试成绩合格，方可提请县人大常委会审议和任命。不合格者允许补考
 * 一次，补考不合格者，暂缓提请任命。」 石台县办法第十一条: 「评分采取百分制方法进行。60分以下为不合格；……」
 *
 * <p>Readings:
 * <ul>
 *   <li>Applies only where a profile sets {@code exam.requiredBeforeVote} and {@code exam.passMark} (no national
 *       law requires the examination), to appointments decided by the standing committee (people's assessors only
 *       where {@code exam.includesAssessors}).</li>
 *   <li>A sitting passes when its score reaches the pass mark (60分以下为不合格: 60 passes); without a score, the
 *       recorded outcome decides. Only sittings on or before the decision date count, within the allowed retakes.</li>
 *   <li>No sitting recorded: CANNOT_TELL (an unrecorded exemption may apply). A whole exemption on a ground the
 *       profile does not recognise: VIOLATION; the profile names no grounds: CANNOT_TELL.</li>
 *   <li>A failed retake (EXAM-002) and an absence without reason (EXAM-003) are reported by those rules, not
 *       here.</li>
 * </ul>
 */
public final class ExamPassBeforeAppointmentRule extends Rule {

  /** Creates the rule. */
  public ExamPassBeforeAppointmentRule() {
    super("EXAM-001", "任前法律知识考试合格方可任命", "Pre-appointment exam passed before the vote",
        List.of(RuleVersion.of(ExamLaw.SHITAI_11), RuleVersion.of(ExamLaw.LANZHOU), RuleVersion.of(ExamLaw.QISHAN_3)),
        List.of(ExamParameters.REQUIRED_BEFORE_VOTE, ExamParameters.PASS_MARK, ExamParameters.RETAKES_ALLOWED,
            ExamParameters.EXEMPTIONS, ExamParameters.INCLUDES_ASSESSORS),
        List.of("Local only: applies where exam.requiredBeforeVote and exam.passMark are set, to committee appointments.",
            "A score at the pass mark passes; without a score the recorded outcome decides; only sittings up to the "
                + "decision date, within the allowed retakes, count.",
            "No sitting recorded: cannot tell; exemption on an unrecognised ground: violation; grounds not configured: "
                + "cannot tell.",
            "Failed retakes and absences without reason are EXAM-002 and EXAM-003."));
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
      Optional<DatedSeries.Entry<Boolean>> required = context.getProfile()
          .entryOn(ExamParameters.REQUIRED_BEFORE_VOTE, decided);
      Optional<BigDecimal> mark = context.valueOn(ExamParameters.PASS_MARK, decided);
      if (required.isEmpty() || !required.get().getValue().orElse(false) || required.get().getCitation().isEmpty()
          || mark.isEmpty()) {
        continue;
      }
      Citation citation = required.get().getCitation().get();
      Optional<Integer> retakes = context.valueOn(ExamParameters.RETAKES_ALLOWED, decided);
      List<LegalExam> sittings = history.sittings(action);
      String expectedZh = "表决任命（" + decided + "）前考试成绩达到" + mark.get().toPlainString() + "分或依规定免考";
      String expectedEn = "a score of at least " + mark.get().toPlainString() + " (or a recognised exemption) before the vote on "
          + decided;
      if (sittings.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(action), decided).expectedZh(expectedZh)
            .expectedEn(expectedEn).foundZh("无考试记录").foundEn("no examination recorded")
            .addMissingFacts("examIds").build());
        continue;
      }
      if (ExamHistory.validPass(sittings, mark.get(), retakes).isPresent()) {
        continue;
      }
      Optional<LegalExam> exempt = sittings.stream().filter(e -> e.getOutcome() == ExamOutcome.EXEMPT).findFirst();
      if (exempt.isPresent()) {
        Optional<ExamExemptions> grounds = context.valueOn(ExamParameters.EXEMPTIONS, decided);
        var ground = exempt.get().getExemption().orElseThrow();
        if (grounds.isEmpty()) {
          findings.add(finding(Severity.CANNOT_TELL, citation, label(action), decided).expectedZh(expectedZh)
              .expectedEn(expectedEn).foundZh("以「" + ground.getLabel() + "」免考，本地规则的免考事由未配置")
              .foundEn("exempt on ground " + ground + ", and the local grounds are not configured")
              .addMissingFacts("exam.exemptions").build());
        } else if (!grounds.get().recognises(ground)) {
          findings.add(finding(Severity.VIOLATION, citation, label(action), decided).expectedZh(expectedZh)
              .expectedEn(expectedEn).foundZh("以「" + ground.getLabel() + "」免考，不属本地规则的免考事由（" + grounds.get() + "）")
              .foundEn("exempt on ground " + ground + ", which the local rule does not recognise").build());
        }
        continue;
      }
      long failedCount = sittings.stream().filter(e -> ExamHistory.failed(e, mark.get())).count();
      boolean failedRetake = retakes.isPresent() && failedCount > retakes.get();
      boolean beyondLimit = retakes.isPresent() && sittings.stream().anyMatch(e -> e.getAttempt() > retakes.get() + 1);
      boolean absentBarred = context.valueOn(ExamParameters.ABSENCE_BARS_AGENDA, decided).orElse(false)
          && sittings.stream().anyMatch(e -> e.getOutcome() == ExamOutcome.ABSENT_WITHOUT_REASON);
      if (failedRetake || beyondLimit || absentBarred) {
        continue;
      }
      findings.add(finding(Severity.VIOLATION, citation, label(action), decided).expectedZh(expectedZh)
          .expectedEn(expectedEn).foundZh("未考试合格即表决任命：" + ExamHistory.describeZh(sittings))
          .foundEn("voted without a pass: " + ExamHistory.describeEn(sittings)).build());
    }
    return findings;
  }
}
