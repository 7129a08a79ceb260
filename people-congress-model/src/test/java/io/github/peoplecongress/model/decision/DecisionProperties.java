package io.github.peoplecongress.model.decision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DecisionProperties {
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

  private static final Gen<Decision> DECISIONS = random -> {
    LocalDate date = EPOCH.plusDays(Generate.range(0, 4000).generate(random));
    ImmutableDecision.Builder builder = Decision.builder()
        .id(DecisionId.of("DEC-" + Generate.range(1, 999).generate(random)))
        .kind(Generate.enumValues(DecisionKind.class).generate(random))
        .subject(Generate.enumValues(DecisionSubject.class).generate(random))
        .title("关于第" + Generate.range(1, 99).generate(random) + "项事项的决定")
        .meetingId(MeetingId.of("M-" + Generate.range(1, 60).generate(random)))
        .date(date)
        .adopted(Generate.booleans().generate(random))
        .reportDeadline(Generate.range(0, 365).toOptionals(50).generate(random).map(date::plusDays));
    if (Generate.booleans().generate(random)) {
      builder.vote(VoteTally.of(Generate.range(0, 45).generate(random), Generate.range(0, 5).generate(random),
          Generate.range(0, 5).generate(random), Generate.range(0, 3).generate(random)));
    }
    return builder.build();
  };

  @Test
  void every_valid_decision_round_trips_through_json() {
    qt().forAll(DECISIONS).checkAssert(decision ->
        assertThat(Json.roundTrip(decision, Decision.class)).isEqualTo(decision));
  }

  @Test
  void equal_decisions_have_equal_hash_codes() {
    qt().forAll(DECISIONS).checkAssert(decision -> {
      Decision copy = Json.roundTrip(decision, Decision.class);
      assertThat(copy).isEqualTo(decision).hasSameHashCodeAs(decision);
      assertThat(ImmutableDecision.copyOf(decision).withAdopted(!decision.isAdopted())).isNotEqualTo(decision);
    });
  }
}
