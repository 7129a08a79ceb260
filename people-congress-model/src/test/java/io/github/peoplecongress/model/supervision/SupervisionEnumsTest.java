package io.github.peoplecongress.model.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupervisionEnumsTest {

  @Test
  void labels_every_enum_constant_in_chinese() {
    Enum<?>[][] all = {WorkReportKind.values(), LawLevel.values(), InspectionMode.values(), InspectionForm.values(),
        OversightKind.values(), AnswerForm.values(), ProposerKind.values(), FilingReviewOutcome.values(),
        ReviewTrigger.values()};
    for (Enum<?>[] values : all) {
      for (Enum<?> value : values) {
        assertThat(label(value)).as(value.name()).matches(".*\\p{IsHan}.*");
      }
    }
    assertThat(WorkReportKind.AUDIT_RECTIFICATION.getLabel()).isEqualTo("审计查出问题整改情况报告");
    assertThat(InspectionMode.JOINT_WITH_HIGHER.getLabel()).isEqualTo("配合上级人大常委会联动");
    assertThat(OversightKind.SPECIAL_INQUIRY.getLabel()).isEqualTo("专题询问");
  }

  private static String label(Enum<?> value) {
    try {
      return (String) value.getClass().getMethod("getLabel").invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
