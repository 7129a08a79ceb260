package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.check;
import static io.github.peoplecongress.rules.petition.PetitionFixtures.petition;
import static io.github.peoplecongress.rules.petition.ReviewFixtures.answered;
import static io.github.peoplecongress.rules.petition.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoReAcceptanceAfterReReviewRuleTest {
  private final NoReAcceptanceAfterReReviewRule rule = new NoReAcceptanceAfterReReviewRule();

  private static ImmutablePetition reReviewed(LocalDate received, LocalDate decided) {
    return answered(received).withPetitionerNames("张三", "李四")
        .withReview(review(received.plusDays(55)).withDecidedDate(received.plusDays(60))
            .withDeliveredDate(received.plusDays(61)))
        .withReReview(review(received.plusDays(70)).withDecidedDate(decided));
  }

  private static ImmutablePetition again(LocalDate accepted, String... names) {
    return petition("PT-2", accepted).withPetitionerNames(names).withAcceptedDate(accepted);
  }

  @Test
  void same_petitioners_and_subject_accepted_after_re_review_is_a_warning() {
    LocalDate decided = LocalDate.of(2023, 6, 1);
    List<Finding> findings = check(rule, reReviewed(LocalDate.of(2023, 3, 6), decided),
        again(LocalDate.of(2023, 6, 2), "李四", "张三"));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    assertThat(check(rule, reReviewed(LocalDate.of(2023, 3, 6), decided), again(decided, "张三", "李四"))).isEmpty();
    assertThat(check(rule, reReviewed(LocalDate.of(2023, 3, 6), decided), again(decided.plusDays(5), "王五")))
        .isEmpty();
    assertThat(check(rule, reReviewed(LocalDate.of(2023, 3, 6), decided))).isEmpty();
  }

  @Test
  void law_by_acceptance_date() {
    ImmutablePetition first = reReviewed(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 1, 10));
    Finding old = check(rule, first, again(LocalDate.of(2022, 4, 30), "张三", "李四")).get(0);
    assertThat(old.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(check(rule, first, again(LocalDate.of(2022, 5, 1), "张三", "李四")).get(0).getCitation().getLaw())
        .isEqualTo(Laws.PETITION_REGULATION_2022);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, reReviewed(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 6, 1)),
        again(LocalDate.of(2023, 7, 3), "张三", "李四")).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-008] 提示：复核后不再受理"
        + "（信访工作条例（2022）第三十六条）Petition PT-2：应当对PT-1已于2023-06-01作出复核意见的同一事项不再受理，"
        + "实际同一信访人、同一事由于2023-07-03再次受理");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-008] warning: No re-acceptance after a re-review "
        + "(Regulations on Letters-and-Visits Work (2022) Art. 36) at Petition PT-2: expected no acceptance of the "
        + "matter re-reviewed in PT-1 on 2023-06-01 but found the same petitioners and subject accepted again on "
        + "2023-07-03");
  }
}
