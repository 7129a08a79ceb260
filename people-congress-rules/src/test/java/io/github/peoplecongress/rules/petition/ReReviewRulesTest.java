package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.check;
import static io.github.peoplecongress.rules.petition.ReviewFixtures.answered;
import static io.github.peoplecongress.rules.petition.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.model.petition.ImmutableReview;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** PETI-006 (复核 requested in time) and PETI-007 (复核 decided in time, hearing days not counted). */
class ReReviewRulesTest {
  private final ReReviewRequestInTimeRule request = new ReReviewRequestInTimeRule();
  private final ReReviewDecidedInTimeRule decided = new ReReviewDecidedInTimeRule();

  /** Review requested 2023-05-10, decided 2023-06-01, delivered Monday 2023-06-05. */
  private static ImmutablePetition reviewed(ImmutableReview reReview) {
    return answered().withReview(review(LocalDate.of(2023, 5, 10)).withDecidedDate(LocalDate.of(2023, 6, 1))
        .withDeliveredDate(LocalDate.of(2023, 6, 5))).withReReview(reReview);
  }

  @Test
  void request_boundary_and_missing_delivery() {
    assertThat(check(request, reviewed(review(LocalDate.of(2023, 7, 5))))).isEmpty();
    assertThat(check(request, reviewed(review(LocalDate.of(2023, 7, 6))))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    ImmutablePetition noDelivery = answered().withReview(review(LocalDate.of(2023, 5, 10))
        .withDecidedDate(LocalDate.of(2023, 6, 1))).withReReview(review(LocalDate.of(2023, 7, 5)));
    assertThat(check(request, noDelivery)).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("review.deliveredDate");
          assertThat(f.getExpectedZh()).isEqualTo("自收到复查书面答复之日起30日内请求复核");
          assertThat(f.getExpectedEn()).isEqualTo("a re-review requested within 30 days of the review opinion");
        });
  }

  @Test
  void decision_boundary_with_and_without_hearing() {
    // requested Wednesday 2023-07-05: 30 days end Friday 2023-08-04; plus 10 hearing days, Monday 2023-08-14
    LocalDate requested = LocalDate.of(2023, 7, 5);
    assertThat(check(decided, reviewed(review(requested).withDecidedDate(LocalDate.of(2023, 8, 4))))).isEmpty();
    assertThat(check(decided, reviewed(review(requested).withDecidedDate(LocalDate.of(2023, 8, 5)))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(check(decided, reviewed(review(requested).withHearingDays(10)
        .withDecidedDate(LocalDate.of(2023, 8, 14))))).isEmpty();
    assertThat(check(decided, reviewed(review(requested).withHearingDays(10)
        .withDecidedDate(LocalDate.of(2023, 8, 15))))).hasSize(1);
  }

  @Test
  void open_re_review_is_pending_up_to_its_last_day_and_overdue_the_day_after() {
    LocalDate requested = LocalDate.of(2023, 7, 5);
    assertThat(check(decided, LocalDate.of(2023, 8, 4), reviewed(review(requested)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2023, 8, 4));
          assertThat(f.getFoundEn()).isEqualTo("not yet done as of 2023-08-04, before the period ends");
        });
    assertThat(check(decided, LocalDate.of(2023, 8, 5), reviewed(review(requested)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getFoundEn()).isEqualTo("not done as of 2023-08-05");
        });
  }

  @Test
  void law_switch_by_request_date() {
    LocalDate received = LocalDate.of(2022, 1, 10);
    ImmutablePetition base = answered(received).withReview(review(LocalDate.of(2022, 3, 1))
        .withDecidedDate(LocalDate.of(2022, 3, 10)).withDeliveredDate(LocalDate.of(2022, 3, 11)));
    assertThat(check(decided, base.withReReview(review(LocalDate.of(2022, 4, 30)))).get(0).getCitation().getLaw())
        .isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(check(decided, base.withReReview(review(LocalDate.of(2022, 5, 1)))).get(0).getCitation().getLaw())
        .isEqualTo(Laws.PETITION_REGULATION_2022);
  }

  @Test
  void golden_message() {
    Finding finding = check(decided, reviewed(review(LocalDate.of(2023, 7, 5)).withHearingDays(10)
        .withDecidedDate(LocalDate.of(2023, 8, 20)))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-007] 违反规定：复核意见时限"
        + "（信访工作条例（2022）第三十六条）Petition PT-1：应当自2023-07-05收到复核请求起40日内提出复核意见（含听证10日，不计入30日期限），"
        + "即不晚于2023-08-14，实际于2023-08-20提出复核意见");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-007] violation: Re-review decided in time "
        + "(Regulations on Letters-and-Visits Work (2022) Art. 36) at Petition PT-1: expected a re-review opinion "
        + "issued within 40 days of the re-review request on 2023-07-05 (30 days plus 10 hearing days not counted), "
        + "i.e. by 2023-08-14 but found done on 2023-08-20");
  }

  @Test
  void request_law_switch_and_golden_message() {
    LocalDate received = LocalDate.of(2021, 10, 11);
    ImmutablePetition base = answered(received).withReview(review(LocalDate.of(2021, 12, 20))
        .withDecidedDate(LocalDate.of(2022, 1, 10)).withDeliveredDate(LocalDate.of(2022, 1, 11)));
    Finding old = check(request, base.withReReview(review(LocalDate.of(2022, 4, 30)))).get(0);
    assertThat(old.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(old.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(check(request, base.withReReview(review(LocalDate.of(2022, 5, 1)))).get(0).getCitation().getLaw())
        .isEqualTo(Laws.PETITION_REGULATION_2022);
    Finding finding = check(request, reviewed(review(LocalDate.of(2023, 7, 10)))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-006] 提示：复核请求时限"
        + "（信访工作条例（2022）第三十六条）Petition PT-1：应当自2023-06-05收到复查书面答复起30日内请求复核，即不晚于2023-07-05，"
        + "实际于2023-07-10请求复核");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-006] warning: Re-review requested in time "
        + "(Regulations on Letters-and-Visits Work (2022) Art. 36) at Petition PT-1: expected a re-review requested "
        + "within 30 days of the review opinion delivered on 2023-06-05, i.e. by 2023-07-05 but found done on "
        + "2023-07-10");
    assertThat(old.describe(Locale.SIMPLIFIED_CHINESE)).contains("（参照适用）自2022-01-11收到复查书面答复起30日内请求复核");
  }
}
