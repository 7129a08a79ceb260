package io.github.peoplecongress.model.deputywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SuggestionProperties {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();
  private static final LocalDate BASE = LocalDate.of(2018, 1, 1);

  /** Valid suggestions: every later date is the submission date plus a non-negative offset. */
  static Gen<Suggestion> suggestions() {
    return in -> {
      int number = Generate.range(1, 999).generate(in);
      LocalDate submitted = BASE.plusDays(Generate.range(0, 1000).generate(in));
      LocalDate assigned = submitted.plusDays(Generate.range(0, 30).generate(in));
      boolean isAssigned = Generate.booleans().generate(in);
      int proposer = Generate.range(1, 50).generate(in);
      int coSponsors = Generate.range(0, 5).generate(in);
      int units = Generate.range(0, 3).generate(in);
      int answers = Generate.range(0, 3).generate(in);
      ImmutableSuggestion.Builder builder = Suggestion.builder()
          .id(SuggestionId.of("S-" + number))
          .number(Integer.toString(number))
          .title("建议" + number)
          .proposerId(DeputyId.of("D-" + proposer))
          .submittedDate(submitted)
          .period(Generate.enumValues(SubmissionPeriod.class).generate(in))
          .category(Generate.pick(java.util.List.of("", "城建环资", "教科文卫")).generate(in));
      for (int i = 1; i <= coSponsors; i++) {
        builder.addCoSponsorIds(DeputyId.of("D-" + (100 + proposer + i)));
      }
      if (isAssigned) {
        builder.assignedDate(assigned);
        builder.complex(Generate.booleans().generate(in));
      }
      for (int i = 0; i < units; i++) {
        builder.addHandlingAssignments(HandlingAssignment.of(OrganizationId.of("O-" + i),
            Generate.enumValues(HandlingRole.class).generate(in)));
      }
      for (int i = 0; i < answers; i++) {
        LocalDate answered = assigned.plusDays(Generate.range(0, 200).generate(in));
        builder.addAnswers(SuggestionAnswer.builder().date(answered).organizationId(OrganizationId.of("O-" + i))
            .outcome(Generate.enumValues(SuggestionOutcome.class).generate(in)).build());
        builder.addFeedback(DeputyFeedback.builder().date(answered.plusDays(Generate.range(0, 30).generate(in)))
            .grade(Generate.enumValues(SatisfactionGrade.class).generate(in)).build());
      }
      if (Generate.booleans().generate(in)) {
        builder.keySupervision(KeySupervision.builder()
            .decidedBy(Generate.enumValues(KeySupervisionBody.class).generate(in))
            .decisionDate(assigned).build());
      }
      if (answers > 0 && Generate.booleans().generate(in)) {
        builder.closedDate(assigned.plusDays(Generate.range(200, 400).generate(in)));
      }
      return builder.build();
    };
  }

  @Test
  void json_round_trip_gives_an_equal_suggestion() {
    qt().forAll(suggestions()).checkAssert(suggestion -> {
      try {
        Suggestion read = MAPPER.readValue(MAPPER.writeValueAsString(suggestion), Suggestion.class);
        assertThat(read).isEqualTo(suggestion);
        assertThat(read.hashCode()).isEqualTo(suggestion.hashCode());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void equal_suggestions_have_equal_hash_codes_and_a_copy_is_equal() {
    qt().forAll(suggestions()).checkAssert(suggestion -> {
      Suggestion copy = ImmutableSuggestion.copyOf(suggestion).withNote("copy").withNote(suggestion.getNote());
      assertThat(copy).isEqualTo(suggestion);
      assertThat(copy.hashCode()).isEqualTo(suggestion.hashCode());
      assertThat(suggestion.recordDate()).isEqualTo(suggestion.getAssignedDate().orElse(suggestion.getSubmittedDate()));
    });
  }
}
