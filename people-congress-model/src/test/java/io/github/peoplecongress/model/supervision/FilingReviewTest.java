package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.FilingReviewId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FilingReviewTest {

  static FilingReview sample() {
    return FilingReview.builder()
        .id(FilingReviewId.of("FR-2019-01"))
        .documentTitle("区人民政府关于印发城中村改造补偿安置办法的通知")
        .documentNumber("X政〔2019〕5号")
        .issuerName("区人民政府")
        .issuingOrgan(StateOrgan.GOVERNMENT)
        .issuingOrganizationId(OrganizationId.of("ORG-GOV"))
        .issuedDate(LocalDate.of(2019, 3, 1))
        .filedDate(LocalDate.of(2019, 3, 20))
        .reviewCompletedDate(LocalDate.of(2019, 4, 15))
        .outcome(FilingReviewOutcome.ANNULLED)
        .decisionId(DecisionId.of("DEC-2019-03"))
        .build();
  }

  @Test
  void round_trips_through_json() {
    FilingReview review = sample();
    assertThat(Json.roundTrip(review, FilingReview.class)).isEqualTo(review);
    assertThat(review.getTrigger()).isEqualTo(ReviewTrigger.ACTIVE);
  }

  @Test
  void round_trips_an_open_review_of_a_lower_congress_resolution() {
    FilingReview open = FilingReview.builder().id(FilingReviewId.of("FR-2019-02")).documentTitle("关于……的决议")
        .issuerName("X镇人民代表大会").filedDate(LocalDate.of(2019, 5, 1)).trigger(ReviewTrigger.REQUEST).build();
    assertThat(Json.roundTrip(open, FilingReview.class)).isEqualTo(open);
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).containsExactly(
        Reference.of("issuingOrganizationId", OrganizationId.of("ORG-GOV")),
        Reference.of("decisionId", DecisionId.of("DEC-2019-03")));
    assertThat(sample().recordDate()).isEqualTo(LocalDate.of(2019, 3, 20));
  }

  @Test
  void rejects_filing_before_issue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableFilingReview.copyOf(sample()).withIssuedDate(LocalDate.of(2019, 3, 21)))
        .withMessage("FilingReview FR-2019-01: filedDate 2019-03-20 must not be before issuedDate 2019-03-21");
  }

  @Test
  void rejects_a_review_completed_before_filing() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableFilingReview.copyOf(sample()).withReviewCompletedDate(LocalDate.of(2019, 3, 19)))
        .withMessage("FilingReview FR-2019-01: reviewCompletedDate 2019-03-19 must not be before filedDate"
            + " 2019-03-20");
  }
}
