package io.github.peoplecongress.rules.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.deputywork.DeputyFeedback;
import io.github.peoplecongress.model.deputywork.HandlingAssignment;
import io.github.peoplecongress.model.deputywork.HandlingRole;
import io.github.peoplecongress.model.deputywork.ReHandling;
import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tests of the 青岛市 rules SUGG-002 (Art. 14), SUGG-003 (Art. 19), SUGG-004 (Art. 25), SUGG-005 (Art. 31). */
class QingdaoSuggestionRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);
  private static final LocalDate MONDAY = LocalDate.of(2021, 9, 6);

  private static List<Finding> qingdao(Rule rule, Suggestion suggestion) {
    return SuggestionFixtures.evaluate(rule, suggestion, SuggestionFixtures.qingdao(), AS_OF);
  }

  private static List<Finding> national(Rule rule, Suggestion suggestion) {
    return SuggestionFixtures.evaluate(rule, suggestion, JurisdictionProfile.national(), AS_OF);
  }

  private static Suggestion recess(LocalDate submitted, LocalDate assigned) {
    var builder = SuggestionFixtures.suggestion(submitted, SubmissionPeriod.RECESS);
    return (assigned == null ? builder : builder.assignedDate(assigned)).build();
  }

  @Test
  void sugg002_boundary_fifth_working_day() {
    Rule rule = new RecessAssignmentWithinWorkingDaysRule();
    assertThat(qingdao(rule, recess(MONDAY, LocalDate.of(2021, 9, 13)))).isEmpty();
    assertThat(qingdao(rule, recess(MONDAY, LocalDate.of(2021, 9, 14)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(national(rule, recess(MONDAY, LocalDate.of(2021, 9, 14)))).isEmpty();
  }

  @Test
  void sugg002_applies_from_2021_09_01() {
    Rule rule = new RecessAssignmentWithinWorkingDaysRule();
    assertThat(qingdao(rule, recess(LocalDate.of(2021, 8, 31), LocalDate.of(2021, 9, 9)))).isEmpty();
    assertThat(qingdao(rule, recess(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 9)))).hasSize(1);
  }

  @Test
  void sugg002_unassigned_but_handled_cannot_be_told() {
    Suggestion handled = SuggestionFixtures.suggestion(MONDAY, SubmissionPeriod.RECESS)
        .addHandlingAssignments(HandlingAssignment.of(Fixtures.CONSTRUCTION_BUREAU, HandlingRole.LEAD)).build();
    assertThat(qingdao(new RecessAssignmentWithinWorkingDaysRule(), handled)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("assignedDate");
    });
  }

  @Test
  void sugg002_golden_message() {
    Finding finding = qingdao(new RecessAssignmentWithinWorkingDaysRule(),
        recess(MONDAY, LocalDate.of(2021, 9, 14))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUGG-002] 违反规定：闭会期间代表建议五个工作日内交办（青岛市代表建议工作条例（2021）第十四条）Suggestion S-2019-015："
            + "应当自2021-09-06收到之日起5个工作日内交办（至2021-09-13），实际2021-09-14交办");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[SUGG-002] violation: Recess suggestions assigned within five working days (Qingdao Regulation on Deputies' "
            + "Suggestions (2021) Art. 14) at Suggestion S-2019-015: expected assignment within 5 working days of "
            + "receipt on 2021-09-06 (by 2021-09-13) but found assignment on 2021-09-14");
  }

  private static Suggestion disputed(LocalDate assigned, LocalDate disputedOn) {
    var builder = SuggestionFixtures.suggestion(MONDAY).addHandlingAssignments(HandlingAssignment.builder()
        .organizationId(Fixtures.CONSTRUCTION_BUREAU).role(HandlingRole.LEAD).disputedDate(disputedOn).build());
    return (assigned == null ? builder : builder.assignedDate(assigned)).build();
  }

  @Test
  void sugg003_boundary_and_missing_assignment() {
    Rule rule = new RemitDisputeWithinWorkingDaysRule();
    assertThat(qingdao(rule, disputed(MONDAY, LocalDate.of(2021, 9, 13)))).isEmpty();
    assertThat(qingdao(rule, disputed(MONDAY, LocalDate.of(2021, 9, 14)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(national(rule, disputed(MONDAY, LocalDate.of(2021, 9, 14)))).isEmpty();
    assertThat(qingdao(rule, disputed(null, LocalDate.of(2021, 9, 14)))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("assignedDate"));
  }

  private static Suggestion late(LocalDate approved, LocalDate answer) {
    var builder = SuggestionFixtures.suggestion(MONDAY).assignedDate(MONDAY).complex(true)
        .addAnswers(SuggestionFixtures.answer(answer));
    return (approved == null ? builder : builder.extensionApprovedDate(approved)).build();
  }

  @Test
  void sugg004_an_answer_after_three_months_needs_an_approval_in_time() {
    Rule rule = new ExtensionApprovalRule();
    assertThat(qingdao(rule, late(null, LocalDate.of(2021, 12, 6)))).isEmpty();
    assertThat(qingdao(rule, late(null, LocalDate.of(2021, 12, 7)))).hasSize(1);
    assertThat(qingdao(rule, late(LocalDate.of(2021, 12, 6), LocalDate.of(2022, 2, 1)))).isEmpty();
    assertThat(qingdao(rule, late(LocalDate.of(2021, 12, 7), LocalDate.of(2022, 2, 1)))).singleElement()
        .satisfies(f -> assertThat(f.getFoundEn())
            .isEqualTo("the answer on 2022-02-01, the extension approved only on 2021-12-07"));
    assertThat(national(rule, late(null, LocalDate.of(2021, 12, 7)))).isEmpty();
  }

  @Test
  void sugg004_uncovered_holiday_calendar_is_cannot_tell_not_a_pass() {
    LocalDate assigned = LocalDate.of(2030, 3, 4);
    Suggestion suggestion = SuggestionFixtures.suggestion(assigned).assignedDate(assigned).complex(true)
        .addAnswers(SuggestionFixtures.answer(LocalDate.of(2030, 8, 1))).build();
    assertThat(SuggestionFixtures.evaluate(new ExtensionApprovalRule(), suggestion, SuggestionFixtures.qingdao(),
        LocalDate.of(2030, 12, 31))).singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("holidayCalendar");
        });
  }

  private static Suggestion feedback(SatisfactionGrade grade, LocalDate reHandled) {
    var builder = SuggestionFixtures.suggestion(MONDAY).assignedDate(MONDAY)
        .addAnswers(SuggestionFixtures.answer(LocalDate.of(2021, 11, 1)))
        .addFeedback(DeputyFeedback.builder().date(LocalDate.of(2021, 11, 20)).grade(grade).build());
    return (reHandled == null ? builder : builder.addReHandlings(ReHandling.builder().date(reHandled).build()))
        .build();
  }

  @Test
  void sugg005_dissatisfied_without_re_handling_is_a_warning() {
    Rule rule = new ReHandlingAfterDissatisfactionRule();
    assertThat(qingdao(rule, feedback(SatisfactionGrade.DISSATISFIED, null))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    assertThat(qingdao(rule, feedback(SatisfactionGrade.DISSATISFIED, LocalDate.of(2021, 11, 20)))).isEmpty();
    assertThat(qingdao(rule, feedback(SatisfactionGrade.DISSATISFIED, LocalDate.of(2021, 11, 19)))).hasSize(1);
    assertThat(qingdao(rule, feedback(SatisfactionGrade.BASICALLY_SATISFIED, null))).isEmpty();
    assertThat(national(rule, feedback(SatisfactionGrade.DISSATISFIED, null))).isEmpty();
  }

  private static Suggestion disputedFrom(LocalDate assigned, LocalDate disputedOn) {
    return SuggestionFixtures.suggestion(assigned).assignedDate(assigned).addHandlingAssignments(HandlingAssignment
        .builder().organizationId(Fixtures.CONSTRUCTION_BUREAU).role(HandlingRole.LEAD).disputedDate(disputedOn)
        .build()).build();
  }

  @Test
  void sugg003_applies_from_2021_09_01() {
    Rule rule = new RemitDisputeWithinWorkingDaysRule();
    assertThat(qingdao(rule, disputedFrom(LocalDate.of(2021, 8, 31), LocalDate.of(2021, 10, 29)))).isEmpty();
    assertThat(qingdao(rule, disputedFrom(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 29)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void sugg003_golden_bilingual_message() {
    Finding finding = qingdao(new RemitDisputeWithinWorkingDaysRule(), disputed(MONDAY, LocalDate.of(2021, 9, 14)))
        .get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUGG-003] 违反规定：承办单位五个工作日内提出不属于本单位办理范围（青岛市代表建议工作条例（2021）"
            + "第十九条第一款）Suggestion S-2019-015 ORG-CONSTR："
            + "应当自2021-09-06收到之日起5个工作日内（至2021-09-13）书面说明不属于本单位办理范围，"
            + "实际2021-09-14才书面说明");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[SUGG-003] violation: Remit disputes raised within five working days of receipt (Qingdao "
            + "Regulation on Deputies' Suggestions (2021) Art. 19(1)) at Suggestion S-2019-015 ORG-CONSTR: "
            + "expected the remit dispute within 5 working days of receipt on 2021-09-06 (by 2021-09-13) but "
            + "found the dispute on 2021-09-14");
  }

  private static Suggestion lateFrom(LocalDate assigned, LocalDate answer) {
    return SuggestionFixtures.suggestion(assigned).assignedDate(assigned).complex(true)
        .addAnswers(SuggestionFixtures.answer(answer)).build();
  }

  @Test
  void sugg004_applies_from_2021_09_01() {
    Rule rule = new ExtensionApprovalRule();
    assertThat(qingdao(rule, lateFrom(LocalDate.of(2021, 8, 31), LocalDate.of(2022, 1, 20)))).isEmpty();
    assertThat(qingdao(rule, lateFrom(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 1, 20)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void sugg004_boundary_no_answer_is_due_on_the_day_after_the_period() {
    Suggestion unanswered = SuggestionFixtures.suggestion(MONDAY).assignedDate(MONDAY).complex(true).build();
    Rule rule = new ExtensionApprovalRule();
    assertThat(SuggestionFixtures.evaluate(rule, unanswered, SuggestionFixtures.qingdao(), LocalDate.of(2021, 12, 6)))
        .isEmpty();
    assertThat(SuggestionFixtures.evaluate(rule, unanswered, SuggestionFixtures.qingdao(), LocalDate.of(2021, 12, 7)))
        .singleElement().satisfies(f -> assertThat(f.getFoundEn())
            .isEqualTo("no answer as of 2021-12-07, no approved extension"));
  }

  @Test
  void sugg004_golden_bilingual_message() {
    Finding finding = qingdao(new ExtensionApprovalRule(), late(LocalDate.of(2021, 12, 7), LocalDate.of(2022, 2, 1)))
        .get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUGG-004] 违反规定：代表建议延期答复须经代表工作机构同意（青岛市代表建议工作条例（2021）第二十五条）"
            + "Suggestion S-2019-015：应当自2021-09-06交办之日起3个月内（至2021-12-06）答复，"
            + "或在此前经代表工作机构同意延期，实际2022-02-01答复，延期于2021-12-07才获同意");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[SUGG-004] violation: An answer after three months needs an approved extension (Qingdao "
            + "Regulation on Deputies' Suggestions (2021) Art. 25) at Suggestion S-2019-015: expected an "
            + "answer within 3 months of assignment on 2021-09-06 (by 2021-12-06), or an extension approved "
            + "by then but found the answer on 2022-02-01, the extension approved only on 2021-12-07");
  }

  private static Suggestion dissatisfiedOn(LocalDate feedbackDate) {
    return SuggestionFixtures.suggestion(LocalDate.of(2021, 3, 1)).assignedDate(LocalDate.of(2021, 3, 8))
        .addAnswers(SuggestionFixtures.answer(LocalDate.of(2021, 6, 1)))
        .addFeedback(DeputyFeedback.builder().date(feedbackDate).grade(SatisfactionGrade.DISSATISFIED).build())
        .build();
  }

  @Test
  void sugg005_applies_from_2021_09_01() {
    Rule rule = new ReHandlingAfterDissatisfactionRule();
    assertThat(qingdao(rule, dissatisfiedOn(LocalDate.of(2021, 8, 31)))).isEmpty();
    assertThat(qingdao(rule, dissatisfiedOn(LocalDate.of(2021, 9, 1)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
  }

  @Test
  void sugg005_golden_bilingual_message() {
    Finding finding = qingdao(new ReHandlingAfterDissatisfactionRule(), feedback(SatisfactionGrade.DISSATISFIED, null))
        .get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUGG-005] 提示：代表不满意的建议交承办单位重新办理（青岛市代表建议工作条例（2021）第三十一条第一款）"
            + "Suggestion S-2019-015：应当在代表2021-11-20表示不满意后，"
            + "根据测评情况考虑交承办单位重新办理，实际至2022-12-31未见重新办理");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[SUGG-005] warning: Re-handling after a dissatisfied deputy (Qingdao Regulation on Deputies' "
            + "Suggestions (2021) Art. 31(1)) at Suggestion S-2019-015: expected re-handling considered after "
            + "the deputy's dissatisfied feedback on 2021-11-20 but found no re-handling as of 2022-12-31");
  }
}
