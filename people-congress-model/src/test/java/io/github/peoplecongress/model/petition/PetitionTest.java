package io.github.peoplecongress.model.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PetitionTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();
  private static final OrganizationId HOUSING = OrganizationId.of("O-ZJJ");

  static ImmutablePetition letter() {
    return Petition.builder()
        .id(PetitionId.of("L-2019-0001"))
        .channel(PetitionChannel.LETTER)
        .source(PetitionSource.DIRECT)
        .subject("小区供暖不达标")
        .category(PetitionCategory.CLAIM)
        .route(PetitionRoute.HANDLING_OPINION)
        .addPetitionerNames("张三", "李四")
        .receivedDate(LocalDate.of(2019, 3, 2))
        .acknowledgedDate(LocalDate.of(2019, 3, 10))
        .acceptedDate(LocalDate.of(2019, 3, 10))
        .forwarding(Forwarding.builder().organizationId(HOUSING).date(LocalDate.of(2019, 3, 12))
            .mode(ForwardingMode.ASSIGN).reportedBackDate(LocalDate.of(2019, 5, 1)).build())
        .resolvedDate(LocalDate.of(2019, 4, 30))
        .replyDeliveredDate(LocalDate.of(2019, 5, 3))
        .outcome(PetitionOutcome.SUPPORTED)
        .build();
  }

  static ImmutableReview review() {
    return Review.builder().requestedDate(LocalDate.of(2019, 5, 20)).organizationId(OrganizationId.of("O-SZF"))
        .decidedDate(LocalDate.of(2019, 6, 15)).deliveredDate(LocalDate.of(2019, 6, 18))
        .outcome(PetitionOutcome.NOT_SUPPORTED).build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    Petition petition = letter()
        .withExtension(Extension.builder().days(30).approvedDate(LocalDate.of(2019, 4, 20))
            .approvedById(PersonId.of("P-009")).reason("情况复杂").petitionerNotified(true).build())
        .withReview(review())
        .withReReview(Review.builder().requestedDate(LocalDate.of(2019, 7, 1)).hearingDays(5).build());
    String json = MAPPER.writeValueAsString(petition);
    assertThat(MAPPER.readValue(json, Petition.class)).isEqualTo(petition);
  }

  @Test
  void a_forwarded_visit_round_trips_and_counts_its_persons() throws Exception {
    Petition visit = Petition.builder()
        .id(PetitionId.of("V-2019-0007"))
        .channel(PetitionChannel.VISIT)
        .source(PetitionSource.FORWARDED_BY_HIGHER)
        .referredById(OrganizationId.of("O-SRDCWH"))
        .persons(6)
        .subject("征地补偿")
        .contactUnclear(true)
        .receivedDate(LocalDate.of(2019, 8, 1))
        .build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(visit), Petition.class)).isEqualTo(visit);
    assertThat(visit.visitPersonTimes()).isEqualTo(6);
    assertThat(letter().visitPersonTimes()).isZero();
    assertThat(ImmutablePetition.copyOf(visit).withPersons(Optional.empty()).visitPersonTimes()).isEqualTo(1);
  }

  @Test
  void nested_values_round_trip_through_json() throws Exception {
    Extension extension = Extension.builder().days(15).approvedDate(LocalDate.of(2019, 4, 1)).build();
    for (Object value : List.of(letter().getForwarding().get(), review(), extension)) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), value.getClass())).isEqualTo(value);
    }
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(review()), Review.class)).isEqualTo(review());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(extension), Extension.class)).isEqualTo(extension);
  }

  @Test
  void to_string_shows_the_number_of_names_but_not_the_names_or_subject() {
    String text = letter().toString();
    assertThat(text).contains("L-2019-0001", "petitioners=2", "receivedDate=2019-03-02")
        .doesNotContain("张三", "李四", "供暖");
  }

  @Test
  void lists_every_reference_including_nested_ones() {
    Petition petition = letter().withReview(review())
        .withExtension(Extension.builder().days(30).approvedDate(LocalDate.of(2019, 4, 20))
            .approvedById(PersonId.of("P-009")).build());
    assertThat(petition.references()).containsExactly(
        Reference.of("forwarding.organizationId", HOUSING),
        Reference.of("extension.approvedById", PersonId.of("P-009")),
        Reference.of("review.organizationId", OrganizationId.of("O-SZF")));
    assertThat(petition.recordDate()).isEqualTo(LocalDate.of(2019, 3, 2));
  }

  @Test
  void keeps_a_late_answer_and_a_long_extension_representable() {
    Petition late = letter().withReplyDeliveredDate(LocalDate.of(2020, 1, 2))
        .withResolvedDate(LocalDate.of(2019, 12, 31))
        .withExtension(Extension.builder().days(90).approvedDate(LocalDate.of(2019, 9, 1)).build());
    assertThat(late.getExtension().get().getDays()).isEqualTo(90);
  }

  @Test
  void rejects_a_referring_body_for_a_direct_petition() {
    assertThatThrownBy(() -> letter().withReferredById(OrganizationId.of("O-X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("referredById O-X must be absent for source DIRECT");
  }

  @Test
  void rejects_persons_on_a_letter() {
    assertThatThrownBy(() -> letter().withPersons(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("persons 3 is only for channel VISIT, but channel was LETTER");
  }

  @Test
  void rejects_a_visit_of_no_persons() {
    assertThatThrownBy(() -> letter().withChannel(PetitionChannel.VISIT).withPersons(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("persons must be positive, but was 0");
  }

  @Test
  void rejects_acknowledgement_before_receipt() {
    assertThatThrownBy(() -> letter().withAcknowledgedDate(LocalDate.of(2019, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acknowledgedDate 2019-03-01 must not be before receivedDate 2019-03-02");
  }

  @Test
  void rejects_acceptance_before_receipt() {
    assertThatThrownBy(() -> letter().withAcceptedDate(LocalDate.of(2019, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acceptedDate 2019-03-01 must not be before receivedDate 2019-03-02");
  }

  @Test
  void rejects_forwarding_before_receipt() {
    assertThatThrownBy(() -> letter().withForwarding(Forwarding.builder().organizationId(HOUSING)
        .date(LocalDate.of(2019, 3, 1)).mode(ForwardingMode.TRANSFER).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forwarding.date 2019-03-01 must not be before receivedDate 2019-03-02");
  }

  @Test
  void rejects_a_report_back_before_forwarding() {
    assertThatThrownBy(() -> Forwarding.builder().organizationId(HOUSING).date(LocalDate.of(2019, 3, 12))
        .mode(ForwardingMode.ASSIGN).reportedBackDate(LocalDate.of(2019, 3, 11)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reportedBackDate 2019-03-11 must not be before date 2019-03-12");
  }

  @Test
  void rejects_an_extension_approved_before_receipt() {
    assertThatThrownBy(() -> letter().withExtension(Extension.builder().days(30)
        .approvedDate(LocalDate.of(2019, 3, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extension.approvedDate 2019-03-01 must not be before receivedDate 2019-03-02");
  }

  @Test
  void rejects_an_extension_of_no_days() {
    assertThatThrownBy(() -> Extension.builder().days(0).approvedDate(LocalDate.of(2019, 3, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days must be positive, but was 0");
  }

  @Test
  void rejects_resolution_before_receipt() {
    assertThatThrownBy(() -> letter().withAcceptedDate(Optional.empty()).withResolvedDate(LocalDate.of(2019, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resolvedDate 2019-03-01 must not be before receivedDate 2019-03-02");
  }

  @Test
  void rejects_resolution_before_acceptance() {
    assertThatThrownBy(() -> letter().withResolvedDate(LocalDate.of(2019, 3, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resolvedDate 2019-03-05 must not be before acceptedDate 2019-03-10");
  }

  @Test
  void rejects_delivery_before_receipt() {
    assertThatThrownBy(() -> letter().withResolvedDate(Optional.empty()).withReplyDeliveredDate(
        LocalDate.of(2019, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replyDeliveredDate 2019-03-01 must not be before receivedDate 2019-03-02");
  }

  @Test
  void rejects_delivery_before_resolution() {
    assertThatThrownBy(() -> letter().withReplyDeliveredDate(LocalDate.of(2019, 4, 29)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replyDeliveredDate 2019-04-29 must not be before resolvedDate 2019-04-30");
  }

  @Test
  void rejects_a_review_requested_before_receipt() {
    assertThatThrownBy(() -> letter().withResolvedDate(Optional.empty()).withReplyDeliveredDate(Optional.empty())
        .withReview(Review.builder().requestedDate(LocalDate.of(2019, 3, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("review.requestedDate 2019-03-01 must not be before receivedDate 2019-03-02");
  }

  @Test
  void rejects_a_review_requested_before_resolution() {
    assertThatThrownBy(() -> letter().withReview(Review.builder().requestedDate(LocalDate.of(2019, 4, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("review.requestedDate 2019-04-01 must not be before resolvedDate 2019-04-30");
  }

  @Test
  void rejects_a_re_review_without_a_review() {
    assertThatThrownBy(() -> letter().withReReview(review()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reReview requested on 2019-05-20 requires a review, but review was absent");
  }

  @Test
  void rejects_a_re_review_requested_before_the_review() {
    assertThatThrownBy(() -> letter().withReview(review()).withReReview(
        Review.builder().requestedDate(LocalDate.of(2019, 5, 19)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reReview.requestedDate 2019-05-19 must not be before review.requestedDate 2019-05-20");
  }

  @Test
  void rejects_a_re_review_requested_before_the_review_decision() {
    assertThatThrownBy(() -> letter().withReview(review()).withReReview(
        Review.builder().requestedDate(LocalDate.of(2019, 6, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reReview.requestedDate 2019-06-01 must not be before review.decidedDate 2019-06-15");
  }

  @Test
  void rejects_a_review_decided_before_its_request() {
    assertThatThrownBy(() -> review().withDecidedDate(LocalDate.of(2019, 5, 19)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decidedDate 2019-05-19 must not be before requestedDate 2019-05-20");
  }

  @Test
  void rejects_a_review_delivered_before_its_decision() {
    assertThatThrownBy(() -> review().withDeliveredDate(LocalDate.of(2019, 6, 14)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deliveredDate 2019-06-14 must not be before decidedDate 2019-06-15");
  }

  @Test
  void rejects_a_review_delivered_before_its_request() {
    assertThatThrownBy(() -> review().withDecidedDate(Optional.empty()).withDeliveredDate(LocalDate.of(2019, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deliveredDate 2019-05-01 must not be before requestedDate 2019-05-20");
  }

  @Test
  void rejects_negative_hearing_days() {
    assertThatThrownBy(() -> review().withHearingDays(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hearingDays must not be negative, but was -1");
  }

  @Test
  void passes_bean_validation_and_reports_a_format_violation() {
    jakarta.validation.Validator validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(letter())).isEmpty();
    assertThat(validator.validate(letter().withPetitionerNames(" "))).hasSize(1);
  }
}
