package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.check;
import static io.github.peoplecongress.rules.petition.ReviewFixtures.answered;
import static io.github.peoplecongress.rules.petition.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReviewDecidedInTimeRuleTest {
  private final ReviewDecidedInTimeRule rule = new ReviewDecidedInTimeRule();
  // requested Wednesday 2023-05-10: the 30th day is Friday 2023-06-09
  private static final LocalDate REQUESTED = LocalDate.of(2023, 5, 10);

  @Test
  void thirtieth_day_in_time_thirty_first_late() {
    assertThat(check(rule, answered().withReview(review(REQUESTED).withDecidedDate(LocalDate.of(2023, 6, 9)))))
        .isEmpty();
    assertThat(check(rule, answered().withReview(review(REQUESTED).withDecidedDate(LocalDate.of(2023, 6, 10)))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void open_review_is_pending_up_to_its_last_day_and_overdue_the_day_after() {
    assertThat(check(rule, LocalDate.of(2023, 6, 9), answered().withReview(review(REQUESTED)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2023, 6, 9));
          assertThat(f.getFoundEn()).isEqualTo("not yet done as of 2023-06-09, before the period ends");
        });
    assertThat(check(rule, LocalDate.of(2023, 6, 10), answered().withReview(review(REQUESTED)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getFoundEn()).isEqualTo("not done as of 2023-06-10");
        });
  }

  @Test
  void law_switch_by_request_date() {
    LocalDate received = LocalDate.of(2022, 1, 10);
    Finding old = check(rule, answered(received).withReview(review(LocalDate.of(2022, 4, 30))
        .withDecidedDate(LocalDate.of(2022, 7, 1)))).get(0);
    assertThat(old.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(old.getSeverity()).isEqualTo(Severity.WARNING);
    Finding current = check(rule, answered(received).withReview(review(LocalDate.of(2022, 5, 1))
        .withDecidedDate(LocalDate.of(2022, 7, 1)))).get(0);
    assertThat(current.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2022);
    assertThat(current.getSeverity()).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, LocalDate.of(2023, 7, 1), answered().withReview(review(REQUESTED))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-005] 违反规定：复查意见时限"
        + "（信访工作条例（2022）第三十五条）Petition PT-1：应当自2023-05-10收到复查请求起30日内提出复查意见，即不晚于2023-06-09，"
        + "实际至2023-07-01未见提出复查意见记录");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-005] violation: Review decided in time "
        + "(Regulations on Letters-and-Visits Work (2022) Art. 35) at Petition PT-1: expected a review opinion issued "
        + "within 30 days of the review request on 2023-05-10, i.e. by 2023-06-09 but found not done as of "
        + "2023-07-01");
  }
}
