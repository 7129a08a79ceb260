package io.github.peoplecongress.model.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalExamTest {

  static ImmutableLegalExam.Builder sitting() {
    return sitting(ExamOutcome.PASSED);
  }

  static ImmutableLegalExam.Builder sitting(ExamOutcome outcome) {
    return LegalExam.builder()
        .id(ExamId.of("E-2019-01"))
        .personId(PersonId.of("P-017"))
        .date(LocalDate.of(2019, 4, 20))
        .outcome(outcome);
  }

  @Test
  void round_trips_through_json() throws Exception {
    ObjectMapper mapper = CongressJson.objectMapper();
    LegalExam exam = sitting()
        .personnelActionId(PersonnelActionId.of("A-2019-001"))
        .paper("宪法（A卷）")
        .format(ExamFormat.CLOSED_BOOK)
        .score(new BigDecimal("86.5"))
        .maxScore(new BigDecimal("100"))
        .passMark(new BigDecimal("60"))
        .attempt(2)
        .exemption(ExamExemption.JUDICIAL_QUALIFICATION)
        .note("专业部分免考")
        .build();
    String json = mapper.writeValueAsString(exam);
    assertThat(mapper.readValue(json, LegalExam.class)).isEqualTo(exam);
    assertThat(json).contains("\"score\" : 86.5").doesNotContain("retake");
  }

  @Test
  void defaults_to_a_first_sitting_out_of_100() {
    LegalExam exam = sitting().build();
    assertThat(exam.getAttempt()).isEqualTo(1);
    assertThat(exam.retake()).isFalse();
    assertThat(exam.getMaxScore()).isEqualByComparingTo("100");
    assertThat(exam.recordDate()).isEqualTo(LocalDate.of(2019, 4, 20));
  }

  @Test
  void reaches_compares_the_score_with_a_pass_mark() {
    LegalExam exam = sitting().score(new BigDecimal("60")).build();
    assertThat(exam.reaches(new BigDecimal("60"))).hasValue(true);
    assertThat(exam.reaches(new BigDecimal("60.5"))).hasValue(false);
    LegalExam absent = sitting(ExamOutcome.ABSENT_WITHOUT_REASON).build();
    assertThat(absent.reaches(new BigDecimal("60"))).isEmpty();
  }

  @Test
  void keeps_a_recorded_outcome_that_contradicts_the_score() {
    // the office recorded 合格 for 55 of 100: the rules module reports it, the model keeps it
    assertThat(sitting().score(new BigDecimal("55")).build().getOutcome()).isEqualTo(ExamOutcome.PASSED);
  }

  @Test
  void lists_its_references() {
    assertThat(sitting().personnelActionId(PersonnelActionId.of("A-1")).build().references()).containsExactly(
        Reference.of("personId", PersonId.of("P-017")), Reference.of("personnelActionId", PersonnelActionId.of("A-1")));
  }

  @Test
  void rejects_a_score_above_the_max_score() {
    assertThatIllegalArgumentException().isThrownBy(() -> sitting().score(new BigDecimal("101")).build())
        .withMessageContainingAll("E-2019-01", "score 101", "maxScore 100");
  }

  @Test
  void rejects_a_negative_score() {
    assertThatIllegalArgumentException().isThrownBy(() -> sitting().score(new BigDecimal("-1")).build())
        .withMessageContainingAll("score", "-1");
  }

  @Test
  void rejects_a_non_positive_max_score() {
    assertThatIllegalArgumentException().isThrownBy(() -> sitting().maxScore(BigDecimal.ZERO).build())
        .withMessageContainingAll("maxScore", "0");
  }

  @Test
  void rejects_a_pass_mark_above_the_max_score() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sitting().maxScore(new BigDecimal("50")).passMark(new BigDecimal("60")).build())
        .withMessageContainingAll("passMark 60", "maxScore 50");
  }

  @Test
  void rejects_a_negative_pass_mark() {
    assertThatIllegalArgumentException().isThrownBy(() -> sitting().passMark(new BigDecimal("-5")).build())
        .withMessageContainingAll("passMark", "-5");
  }

  @Test
  void rejects_a_score_for_an_absent_person() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sitting(ExamOutcome.ABSENT_WITH_REASON).score(new BigDecimal("70")).build())
        .withMessageContainingAll("score 70", "ABSENT_WITH_REASON");
  }

  @Test
  void rejects_exempt_without_exemption() {
    assertThatIllegalArgumentException().isThrownBy(() -> sitting(ExamOutcome.EXEMPT).build())
        .withMessageContainingAll("EXEMPT", "exemption");
  }

  @Test
  void accepts_an_exempt_person_with_a_reason() {
    LegalExam exam = sitting(ExamOutcome.EXEMPT).exemption(ExamExemption.PASSED_EARLIER_IN_TERM).build();
    assertThat(exam.getOutcome().withoutScore()).isTrue();
  }
}
