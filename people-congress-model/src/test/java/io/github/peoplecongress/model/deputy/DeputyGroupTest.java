package io.github.peoplecongress.model.deputy;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import org.junit.jupiter.api.Test;

class DeputyGroupTest {

  private static ImmutableDeputyGroup.Builder base() {
    return DeputyGroup.builder().id(DeputyGroupId.of("G-03")).termNumber(17).name("和平街道代表组");
  }

  private static DeputyGroup sample() {
    return base().area("和平街道").streetWorkingBodyId(OrganizationId.of("O-HP")).leaderId(DeputyId.of("D-017"))
        .addMemberIds(DeputyId.of("D-017"), DeputyId.of("D-018")).addPairedMemberIds(PersonId.of("P-002"))
        .build();
  }

  @Test
  void round_trips_through_json() {
    assertThat(Json.roundTrip(sample(), DeputyGroup.class)).isEqualTo(sample());
    DeputyGroup empty = base().build();
    assertThat(Json.roundTrip(empty, DeputyGroup.class)).isEqualTo(empty);
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).containsExactly(
        Reference.of("streetWorkingBodyId", OrganizationId.of("O-HP")),
        Reference.of("leaderId", DeputyId.of("D-017")),
        Reference.of("memberIds[0]", DeputyId.of("D-017")),
        Reference.of("memberIds[1]", DeputyId.of("D-018")),
        Reference.of("pairedMemberIds[0]", PersonId.of("P-002")));
  }

  @Test
  void rejects_repeated_members() {
    assertThatThrownBy(() -> base().addMemberIds(DeputyId.of("D-1"), DeputyId.of("D-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DeputyGroup G-03").hasMessageContaining("memberIds").hasMessageContaining("D-1");
  }

  @Test
  void rejects_repeated_paired_members() {
    assertThatThrownBy(() -> base().addPairedMemberIds(PersonId.of("P-1"), PersonId.of("P-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairedMemberIds").hasMessageContaining("P-1");
  }

  @Test
  void rejects_a_leader_who_is_not_a_member() {
    assertThatThrownBy(() -> base().leaderId(DeputyId.of("D-9")).addMemberIds(DeputyId.of("D-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaderId D-9").hasMessageContaining("memberIds [D-1]");
  }
}
