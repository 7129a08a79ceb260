package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RemovalMotionTest {

  static RemovalMotion sample() {
    return RemovalMotion.builder()
        .id(RemovalMotionId.of("RM-2019-01"))
        .targetId(PersonId.of("P-401"))
        .targetPost("区人民法院审判员")
        .appointmentId(PersonnelActionId.of("PA-2016-33"))
        .proposer(ProposerKind.STATE_ORGAN)
        .proposingOrgan(StateOrgan.COURT)
        .reasons("因严重违纪被开除公职")
        .filedDate(LocalDate.of(2019, 6, 10))
        .meetingId(MeetingId.of("M-16-04"))
        .secretBallot(true)
        .vote(VoteTally.of(20, 0, 0, 0))
        .adopted(true)
        .removalActionId(PersonnelActionId.of("PA-2019-40"))
        .build();
  }

  @Test
  void round_trips_through_json() {
    RemovalMotion motion = sample();
    assertThat(Json.roundTrip(motion, RemovalMotion.class)).isEqualTo(motion);
  }

  @Test
  void lists_every_reference() {
    RemovalMotion motion = ImmutableRemovalMotion.copyOf(sample()).withProposer(ProposerKind.MEMBERS)
        .withSponsorIds(PersonId.of("P-003"));
    assertThat(motion.references()).containsExactly(
        Reference.of("targetId", PersonId.of("P-401")),
        Reference.of("appointmentId", PersonnelActionId.of("PA-2016-33")),
        Reference.of("sponsorIds[0]", PersonId.of("P-003")),
        Reference.of("meetingId", MeetingId.of("M-16-04")),
        Reference.of("removalActionId", PersonnelActionId.of("PA-2019-40")));
    assertThat(motion.recordDate()).isEqualTo(LocalDate.of(2019, 6, 10));
  }

  @Test
  void keeps_an_open_ballot_for_the_rules_to_judge() {
    assertThat(ImmutableRemovalMotion.copyOf(sample()).withSecretBallot(false).isSecretBallot()).isFalse();
  }

  @Test
  void rejects_a_sponsor_listed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableRemovalMotion.copyOf(sample()).withSponsorIds(PersonId.of("P-1"),
            PersonId.of("P-1")))
        .withMessage("RemovalMotion RM-2019-01: sponsorIds lists P-1 more than once");
  }
}
