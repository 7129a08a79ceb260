package io.github.peoplecongress.model.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.ElectionId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ElectionProperties {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  /**
   * Valid elections: counts are drawn as parts of their wholes, and candidates' votes as parts of the valid ballots;
   * ballots returned may exceed voters (a statutory defect the model keeps).
   */
  static Gen<Election> elections() {
    return in -> {
      int number = Generate.range(1, 500).generate(in);
      int seats = Generate.range(1, 3).generate(in);
      int registered = Generate.range(0, 20000).generate(in);
      int voted = Generate.range(0, registered).generate(in);
      int returned = Generate.range(0, voted + 50).generate(in);
      int valid = Generate.range(0, returned).generate(in);
      int invalid = Generate.range(0, returned - valid).generate(in);
      LocalDate day = LocalDate.of(2021, 9, 1).plusDays(Generate.range(0, 120).generate(in));
      ElectionKind kind = Generate.enumValues(ElectionKind.class).generate(in);
      ImmutableElection.Builder builder = Election.builder()
          .id(ElectionId.of("E-" + number))
          .kind(kind)
          .constituencyId(ConstituencyId.of("C-" + number % 40))
          .seats(seats)
          .electionDay(day)
          .voterListPublishedDate(day.minusDays(Generate.range(0, 30).generate(in)))
          .preliminaryListDate(day.minusDays(Generate.range(10, 20).generate(in)))
          .formalListDate(day.minusDays(Generate.range(0, 9).generate(in)))
          .registeredVoters(registered)
          .voted(voted)
          .ballotsIssued(Generate.range(0, voted + 10).generate(in))
          .ballotsReturned(returned)
          .validBallots(valid)
          .invalidBallots(invalid)
          .proxyVotes(Generate.range(0, voted).generate(in));
      if (kind == ElectionKind.RUNOFF || kind == ElectionKind.REVOTE || kind == ElectionKind.RE_ELECTION) {
        builder.runoffOf(ElectionId.of("E-" + (number + 1000)));
      }
      int remaining = valid * seats;
      int candidates = Generate.range(0, 6).generate(in);
      for (int i = 0; i < candidates; i++) {
        int votes = Generate.range(0, Math.min(valid, remaining)).generate(in);
        remaining -= votes;
        builder.addCandidates(CandidateResult.builder().candidateId(PersonId.of("P-" + number + "-" + i))
            .votes(votes).formalCandidate(i < 4)
            .result(Generate.enumValues(ElectionResult.class).generate(in)).build());
        builder.addNominations(Nomination.builder().candidateId(PersonId.of("P-" + number + "-" + i))
            .nominatedBy(NominatorType.VOTERS).nominatorCount(Generate.range(0, 40).generate(in)).build());
      }
      return builder.build();
    };
  }

  @Test
  void json_round_trip_gives_an_equal_election() {
    qt().forAll(elections()).checkAssert(election -> {
      try {
        Election read = MAPPER.readValue(MAPPER.writeValueAsString(election), Election.class);
        assertThat(read).isEqualTo(election);
        assertThat(read.hashCode()).isEqualTo(election.hashCode());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void copies_are_equal_and_parts_never_exceed_wholes() {
    qt().forAll(elections()).checkAssert(election -> {
      Election copy = ImmutableElection.copyOf(election).withNote("x").withNote(election.getNote());
      assertThat(copy).isEqualTo(election).hasSameHashCodeAs(election);
      assertThat(election.getVoted()).isLessThanOrEqualTo(election.getRegisteredVoters());
      assertThat(election.getValidBallots() + election.getInvalidBallots())
          .isLessThanOrEqualTo(election.getBallotsReturned());
      assertThat(election.electedIds()).allSatisfy(id -> assertThat(election.getCandidates())
          .anySatisfy(candidate -> assertThat(candidate.getCandidateId()).isEqualTo(id)));
    });
  }
}
