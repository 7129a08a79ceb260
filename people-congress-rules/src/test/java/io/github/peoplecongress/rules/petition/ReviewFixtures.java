package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.petition;

import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.model.petition.ImmutableReview;
import io.github.peoplecongress.model.petition.Review;
import java.time.LocalDate;

/** A petition answered in 2023 and taken to review and re-review. */
final class ReviewFixtures {
  private ReviewFixtures() {}

  /** Accepted 2023-03-06, resolved 2023-04-20, answer delivered Monday 2023-04-24. */
  static ImmutablePetition answered(LocalDate received) {
    return petition(received).withAcceptedDate(received).withResolvedDate(received.plusDays(45))
        .withReplyDeliveredDate(received.plusDays(49));
  }

  static ImmutablePetition answered() {
    return answered(LocalDate.of(2023, 3, 6));
  }

  static ImmutableReview review(LocalDate requested) {
    return ImmutableReview.copyOf(Review.builder().requestedDate(requested).build());
  }
}
