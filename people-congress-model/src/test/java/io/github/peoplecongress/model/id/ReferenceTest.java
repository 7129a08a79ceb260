package io.github.peoplecongress.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {
  private static final PersonId P1 = PersonId.of("P-001");

  @Test
  void a_reference_names_its_field_as_a_json_path_below_the_record() {
    assertThat(Reference.of("chairId", P1).getField()).isEqualTo("chairId");
    assertThat(Reference.of("memberIds", 2, P1).getField()).isEqualTo("memberIds[2]");
    assertThat(Reference.of("memberId", P1).under("attendance", 3).getField()).isEqualTo("attendance[3].memberId");
    assertThat(Reference.of("memberIds", 0, P1).under("vote").under("steps", 1).getField())
        .isEqualTo("steps[1].vote.memberIds[0]");
    assertThat(Reference.of("memberId", P1).under("attendance", 3).getTarget()).isEqualTo(P1);
  }

  @Test
  void references_are_equal_by_path_and_target_however_the_path_was_made() {
    Reference nested = Reference.of("memberId", P1).under("attendance", 3);
    Reference written = Reference.of("attendance[3].memberId", P1);
    assertThat(nested).isEqualTo(written).hasSameHashCodeAs(written).hasToString("attendance[3].memberId=P-001");
    assertThat(nested).isNotEqualTo(Reference.of("attendance[4].memberId", P1))
        .isNotEqualTo(Reference.of("attendance[3].memberId", PersonId.of("P-002")));
  }

  @Test
  void a_negative_index_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Reference.of("memberIds", -1, P1));
    assertThatIllegalArgumentException().isThrownBy(() -> Reference.of("memberId", P1).under("attendance", -1));
  }

  @Test
  void the_builder_numbers_lists_and_nests_values() {
    HasReferences attendee = () -> List.of(Reference.of("memberId", P1));
    List<Reference> built = References.builder()
        .addAll("memberIds", List.of(P1, PersonId.of("P-002")))
        .addNested("attendance", List.of(attendee, attendee))
        .build();
    assertThat(built).extracting(Reference::getField)
        .containsExactly("memberIds[0]", "memberIds[1]", "attendance[0].memberId", "attendance[1].memberId");
  }
}
