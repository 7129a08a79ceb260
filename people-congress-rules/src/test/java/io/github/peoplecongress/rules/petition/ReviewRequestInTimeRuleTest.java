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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewRequestInTimeRuleTest {
  private final ReviewRequestInTimeRule rule = new ReviewRequestInTimeRule();

  @Test
  void thirtieth_day_in_time_thirty_first_out_of_time_as_a_warning() {
    // answer delivered 2023-04-24: the 30th day is 2023-05-24
    assertThat(check(rule, answered().withReview(review(LocalDate.of(2023, 5, 24))))).isEmpty();
    assertThat(check(rule, answered().withReview(review(LocalDate.of(2023, 5, 25))))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
  }

  @Test
  void missing_delivery_date_is_cannot_tell() {
    assertThat(check(rule, answered().withReplyDeliveredDate(Optional.empty())
        .withReview(review(LocalDate.of(2023, 5, 24))))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("replyDeliveredDate");
          assertThat(f.getExpectedZh()).isEqualTo("自收到书面答复之日起30日内请求复查");
          assertThat(f.getExpectedEn()).isEqualTo("a review requested within 30 days of the written answer");
          assertThat(f.getFoundZh()).isEqualTo("未记录replyDeliveredDate");
        });
  }

  @Test
  void law_switch_by_request_date() {
    LocalDate received = LocalDate.of(2022, 1, 10);
    // answer delivered 2022-02-28; requests on 2022-04-30 and 2022-05-01 are both out of time
    assertThat(check(rule, answered(received).withReview(review(LocalDate.of(2022, 4, 30)))).get(0).getCitation()
        .getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(check(rule, answered(received).withReview(review(LocalDate.of(2022, 5, 1)))).get(0).getCitation()
        .getLaw()).isEqualTo(Laws.PETITION_REGULATION_2022);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, answered().withReview(review(LocalDate.of(2023, 6, 1)))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-004] 提示：复查请求时限"
        + "（信访工作条例（2022）第三十五条）Petition PT-1：应当自2023-04-24收到书面答复起30日内请求复查，即不晚于2023-05-24，"
        + "实际于2023-06-01请求复查");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-004] warning: Review requested in time "
        + "(Regulations on Letters-and-Visits Work (2022) Art. 35) at Petition PT-1: expected a review requested "
        + "within 30 days of the written answer delivered on 2023-04-24, i.e. by 2023-05-24 but found done on "
        + "2023-06-01");
  }
}
