package io.github.peoplecongress.rules.exam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.ExamExemption;
import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExamRulesTest {
  private static final PersonId NOMINEE = PersonId.of("P-300");
  private static final PersonnelActionId ACTION = PersonnelActionId.of("PA-3");
  private static final LocalDate VOTE = LocalDate.of(2019, 4, 26);
  private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);
  private static int examCounter;

  private static PersonnelAction appointment(LocalDate date) {
    return PersonnelAction.builder().id(ACTION).personId(NOMINEE).kind(PersonnelActionKind.DECIDED_APPOINTMENT)
        .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle("区建设局局长").organizationId(Fixtures.CONSTRUCTION_BUREAU)
        .decidedBy(ActingBody.STANDING_COMMITTEE).decisionDate(date).build();
  }

  private static LegalExam sat(LocalDate date, int attempt, int score) {
    return LegalExam.builder().id(ExamId.of("EX-" + (++examCounter))).personId(NOMINEE).personnelActionId(ACTION)
        .date(date).attempt(attempt).score(BigDecimal.valueOf(score))
        .outcome(score >= 60 ? ExamOutcome.PASSED : ExamOutcome.FAILED).build();
  }

  private static LegalExam without(LocalDate date, ExamOutcome outcome, ExamExemption exemption) {
    var b = LegalExam.builder().id(ExamId.of("EX-" + (++examCounter))).personId(NOMINEE).personnelActionId(ACTION)
        .date(date).outcome(outcome);
    if (exemption != null) {
      b.exemption(exemption);
    }
    return b.build();
  }

  private static CommitteeRecords year(PersonnelAction action, LegalExam... exams) {
    return Fixtures.year2019().addPersonnelActions(action).addExams(exams).build();
  }

  private static List<Finding> run(Rule rule, CommitteeRecords year, String jurisdiction) {
    JurisdictionProfile profile = ExamLocalRules.addLocalRules(jurisdiction,
        JurisdictionProfile.builder(jurisdiction, jurisdiction, jurisdiction)).build();
    return rule.evaluate(Fixtures.context(year, profile, AS_OF));
  }

  // EXAM-001

  @Test
  void pass_mark_boundary_60_passes_59_does_not() {
    var rule = new ExamPassBeforeAppointmentRule();
    assertThat(run(rule, year(appointment(VOTE), sat(VOTE.minusDays(6), 1, 60)), "qishan")).isEmpty();
    assertThat(run(rule, year(appointment(VOTE), sat(VOTE.minusDays(6), 1, 59)), "qishan")).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void pass_mark_is_on_a_paper_of_100_so_other_full_marks_are_scaled() {
    var rule = new ExamPassBeforeAppointmentRule();
    // 89 of 150 is 59.3 of 100: below 60 although 89 >= 60; 90 of 150 is exactly 60 of 100
    LegalExam low = io.github.peoplecongress.model.personnel.ImmutableLegalExam.copyOf(sat(VOTE.minusDays(6), 1, 89))
        .withMaxScore(BigDecimal.valueOf(150)).withOutcome(ExamOutcome.FAILED);
    LegalExam mark = io.github.peoplecongress.model.personnel.ImmutableLegalExam.copyOf(sat(VOTE.minusDays(6), 1, 90))
        .withMaxScore(BigDecimal.valueOf(150));
    assertThat(run(rule, year(appointment(VOTE), low), "qishan")).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(run(rule, year(appointment(VOTE), mark), "qishan")).isEmpty();
  }

  @Test
  void national_law_and_shitai_require_no_exam_before_the_vote() {
    var rule = new ExamPassBeforeAppointmentRule();
    var year = year(appointment(VOTE), sat(VOTE.minusDays(6), 1, 30));
    assertThat(rule.evaluate(Fixtures.context(year))).isEmpty();
    assertThat(run(rule, year, "shitai")).isEmpty();
  }

  @Test
  void qishan_rule_applies_from_2017_04_26() {
    var rule = new ExamPassBeforeAppointmentRule();
    var before = year(appointment(LocalDate.of(2017, 4, 25)), sat(LocalDate.of(2017, 4, 20), 1, 30));
    assertThat(run(rule, before, "qishan")).isEmpty();
    var on = year(appointment(LocalDate.of(2017, 4, 26)), sat(LocalDate.of(2017, 4, 20), 1, 30));
    assertThat(run(rule, on, "qishan")).hasSize(1);
  }

  @Test
  void exam_after_the_vote_does_not_count_and_no_record_is_cannot_tell() {
    var rule = new ExamPassBeforeAppointmentRule();
    assertThat(run(rule, year(appointment(VOTE), sat(VOTE.plusDays(1), 1, 90)), "qishan")).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("examIds"));
  }

  @Test
  void retake_pass_complies() {
    var rule = new ExamPassBeforeAppointmentRule();
    assertThat(run(rule, year(appointment(VOTE), sat(VOTE.minusDays(20), 1, 50), sat(VOTE.minusDays(6), 2, 70)),
        "qishan")).isEmpty();
  }

  @Test
  void exemptions() {
    var rule = new ExamPassBeforeAppointmentRule();
    var wulongLike = JurisdictionProfile.builder("w", "w", "w")
        .parent(ExamLocalRules.addLocalRules("qishan", JurisdictionProfile.builder("q", "q", "q")).build());
    var passedEarlier = year(appointment(VOTE), without(VOTE.minusDays(6), ExamOutcome.EXEMPT,
        ExamExemption.PASSED_EARLIER_IN_TERM));
    assertThat(run(rule, passedEarlier, "qishan")).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
    ExamLocalRules.addLocalRules("wulong", wulongLike);
    assertThat(rule.evaluate(Fixtures.context(passedEarlier, wulongLike.build(), AS_OF))).isEmpty();
    assertThat(run(rule, passedEarlier, "lanzhou")).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("exam.exemptions"));
  }

  @Test
  void pass_golden_message() {
    Finding finding = run(new ExamPassBeforeAppointmentRule(),
        year(appointment(VOTE), sat(LocalDate.of(2019, 4, 20), 1, 55)), "qishan").get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[EXAM-001] 违反规定：任前法律知识考试合格方可任命（岐山县任前法律知识考试办法（2017）第三条）PersonnelAction PA-3："
            + "应当表决任命（2019-04-26）前考试成绩达到60分或依规定免考，实际未考试合格即表决任命：2019-04-20 第1次 55分（不合格）");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[EXAM-001] violation: Pre-appointment exam passed before the vote (Qishan County Pre-appointment Legal Exam "
            + "Measures (2017) Art. 3) at PersonnelAction PA-3: expected a score of at least 60 (or a recognised "
            + "exemption) before the vote on 2019-04-26 but found voted without a pass: 2019-04-20 attempt 1 score 55 "
            + "(failed)");
  }

  // EXAM-002

  @Test
  void failed_retake_defers_in_qishan_and_withdraws_in_lanzhou() {
    var rule = new FailedRetakeRule();
    var failedTwice = year(appointment(VOTE), sat(VOTE.minusDays(20), 1, 50), sat(VOTE.minusDays(6), 2, 59));
    assertThat(run(rule, failedTwice, "qishan")).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getExpectedZh()).contains("暂缓提请任命");
    });
    assertThat(run(rule, failedTwice, "lanzhou")).singleElement()
        .satisfies(f -> assertThat(f.getExpectedZh()).contains("提请机关撤回提名"));
    assertThat(run(new ExamPassBeforeAppointmentRule(), failedTwice, "qishan")).isEmpty();
    var failedOnce = year(appointment(VOTE), sat(VOTE.minusDays(6), 1, 50));
    assertThat(run(rule, failedOnce, "qishan")).isEmpty();
    var thirdSitting = year(appointment(VOTE), sat(VOTE.minusDays(30), 1, 50), sat(VOTE.minusDays(20), 2, 50),
        sat(VOTE.minusDays(6), 3, 80));
    assertThat(run(rule, thirdSitting, "qishan")).hasSize(1);
    assertThat(run(rule, failedTwice, "shitai")).isEmpty();
  }

  @Test
  void failed_retake_golden_message() {
    var failedTwice = year(appointment(VOTE), sat(LocalDate.of(2019, 4, 1), 1, 50), sat(LocalDate.of(2019, 4, 20), 2,
        59));
    Finding finding = run(new FailedRetakeRule(), failedTwice, "lanzhou").get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[EXAM-002] 违反规定：补考不合格者不得提请任命（兰州市任前法律知识考试制度（2014）第一条）PersonnelAction PA-3："
            + "应当补考1次仍不合格的，提请机关撤回提名，不得表决任命，实际2019-04-26表决任命，考试记录：2019-04-01 第1次 50分（不合格）；"
            + "2019-04-20 第2次 59分（不合格）");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[EXAM-002] violation: No appointment after a failed retake (Lanzhou Pre-appointment Legal Exam Practice "
            + "(2014) Art. 1) at PersonnelAction PA-3: expected no vote after 1 failed retake(s): the nomination is "
            + "withdrawn but found voted on 2019-04-26 after 2019-04-01 attempt 1 score 50 (failed); 2019-04-20 "
            + "attempt 2 score 59 (failed)");
  }

  // EXAM-003

  @Test
  void absence_without_reason_keeps_the_bill_off_the_agenda_in_lanzhou() {
    var rule = new AbsenceWithoutReasonRule();
    var absent = year(appointment(VOTE), without(LocalDate.of(2019, 4, 20), ExamOutcome.ABSENT_WITHOUT_REASON, null));
    List<Finding> findings = run(rule, absent, "lanzhou");
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(run(rule, absent, "qishan")).isEmpty();
    assertThat(run(new ExamPassBeforeAppointmentRule(), absent, "lanzhou")).isEmpty();
    var thenPassed = year(appointment(VOTE), without(VOTE.minusDays(20), ExamOutcome.ABSENT_WITHOUT_REASON, null),
        sat(VOTE.minusDays(6), 1, 75));
    assertThat(run(rule, thenPassed, "lanzhou")).isEmpty();
    assertThat(findings.get(0).describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[EXAM-003] 违反规定：无故缺考的任命议案不得列入议程（兰州市任前法律知识考试制度（2014）第一条）PersonnelAction PA-3："
            + "应当无故缺考的，任命议案不列入常委会会议议程，实际2019-04-20无故缺考，2019-04-26仍表决任命");
    assertThat(findings.get(0).describe(Locale.ENGLISH)).isEqualTo(
        "[EXAM-003] violation: No agenda item after an unexcused absence (Lanzhou Pre-appointment Legal Exam Practice "
            + "(2014) Art. 1) at PersonnelAction PA-3: expected no agenda item after an absence without reason but "
            + "found absent without reason on 2019-04-20, yet voted on 2019-04-26");
  }

  // EXAM-004

  @Test
  void recorded_outcome_against_the_pass_mark() {
    var rule = new ExamScoreOutcomeRule();
    var wronglyPassed = LegalExam.builder().id(ExamId.of("EX-X")).personId(NOMINEE).date(VOTE)
        .score(BigDecimal.valueOf(59)).outcome(ExamOutcome.PASSED).build();
    List<Finding> findings = run(rule, Fixtures.year2019().addExams(wronglyPassed).build(), "shitai");
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    var wronglyFailed = LegalExam.builder().id(ExamId.of("EX-Y")).personId(NOMINEE).date(VOTE)
        .score(BigDecimal.valueOf(60)).outcome(ExamOutcome.FAILED).build();
    assertThat(run(rule, Fixtures.year2019().addExams(wronglyFailed).build(), "shitai")).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    assertThat(rule.evaluate(Fixtures.context(Fixtures.year2019().addExams(wronglyPassed).build()))).isEmpty();
    var before = wronglyPassed.withDate(LocalDate.of(2013, 8, 7));
    assertThat(run(rule, Fixtures.year2019().addExams(before).build(), "shitai")).isEmpty();
    assertThat(findings.get(0).describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[EXAM-004] 违反规定：考试成绩与合格分数线一致（石台县任前法律知识考试办法（2013）第十一条）LegalExam EX-X："
            + "应当不满60分为不合格，实际59/100分记为合格");
    assertThat(findings.get(0).describe(Locale.ENGLISH)).isEqualTo(
        "[EXAM-004] violation: Recorded exam outcome agrees with the pass mark (Shitai County Pre-appointment Legal "
            + "Exam Measures (2013) Art. 11) at LegalExam EX-X: expected a fail below 60 but found a score of 59/100 "
            + "recorded as passed");
  }
}
