package io.github.peoplecongress.model.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PetitionProperties {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  /** Valid petitions: each date in the handling chain is the previous one plus a non-negative offset. */
  static Gen<Petition> petitions() {
    return in -> {
      int number = Generate.range(1, 9999).generate(in);
      PetitionChannel channel = Generate.enumValues(PetitionChannel.class).generate(in);
      PetitionSource source = Generate.enumValues(PetitionSource.class).generate(in);
      LocalDate received = LocalDate.of(2019, 1, 1).plusDays(Generate.range(0, 364).generate(in));
      LocalDate accepted = received.plusDays(Generate.range(0, 20).generate(in));
      LocalDate resolved = accepted.plusDays(Generate.range(0, 120).generate(in));
      LocalDate delivered = resolved.plusDays(Generate.range(0, 10).generate(in));
      int stage = Generate.range(0, 4).generate(in);
      ImmutablePetition.Builder builder = Petition.builder()
          .id(PetitionId.of("P-" + number))
          .channel(channel)
          .source(source)
          .subject("事项" + number)
          .receivedDate(received)
          .contactUnclear(Generate.booleans().generate(in));
      if (source != PetitionSource.DIRECT && Generate.booleans().generate(in)) {
        builder.referredById(OrganizationId.of("O-HIGHER"));
      }
      if (channel == PetitionChannel.VISIT) {
        builder.persons(Generate.range(1, 60).generate(in));
      }
      for (int i = Generate.range(0, 3).generate(in); i > 0; i--) {
        builder.addPetitionerNames("信访人" + i);
      }
      if (stage >= 1) {
        builder.acknowledgedDate(accepted).acceptedDate(accepted);
        if (Generate.booleans().generate(in)) {
          builder.forwarding(Forwarding.builder().organizationId(OrganizationId.of("O-" + number % 7))
              .date(accepted).mode(Generate.enumValues(ForwardingMode.class).generate(in)).build());
        }
      }
      if (stage >= 2) {
        builder.resolvedDate(resolved).replyDeliveredDate(delivered)
            .outcome(Generate.enumValues(PetitionOutcome.class).generate(in));
      }
      if (stage >= 3) {
        LocalDate requested = delivered.plusDays(Generate.range(0, 40).generate(in));
        LocalDate decided = requested.plusDays(Generate.range(0, 40).generate(in));
        builder.review(Review.builder().requestedDate(requested).decidedDate(decided).build());
        if (stage == 4) {
          builder.reReview(Review.builder().requestedDate(decided.plusDays(Generate.range(0, 40).generate(in)))
              .hearingDays(Generate.range(0, 10).generate(in)).build());
        }
      }
      return builder.build();
    };
  }

  @Test
  void json_round_trip_gives_an_equal_petition() {
    qt().forAll(petitions()).checkAssert(petition -> {
      try {
        Petition read = MAPPER.readValue(MAPPER.writeValueAsString(petition), Petition.class);
        assertThat(read).isEqualTo(petition);
        assertThat(read.hashCode()).isEqualTo(petition.hashCode());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void to_string_never_prints_a_name_and_copies_are_equal() {
    qt().forAll(petitions()).checkAssert(petition -> {
      assertThat(petition.toString()).doesNotContain("信访人")
          .contains("petitioners=" + petition.getPetitionerNames().size());
      Petition copy = ImmutablePetition.copyOf(petition).withSubject("x").withSubject(petition.getSubject());
      assertThat(copy).isEqualTo(petition).hasSameHashCodeAs(petition);
      assertThat(petition.visitPersonTimes()).isEqualTo(petition.getPersons().orElse(
          petition.getChannel() == PetitionChannel.VISIT ? 1 : 0));
    });
  }
}
