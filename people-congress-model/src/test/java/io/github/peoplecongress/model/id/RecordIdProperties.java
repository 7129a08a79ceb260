package io.github.peoplecongress.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written id check accepts exactly what the documented pattern accepts. */
class RecordIdProperties {
  private static final Pattern DOCUMENTED = Pattern.compile("[\\p{L}\\p{N}._:/\\-]{1,64}");
  /** Letters and numbers of several scripts, the allowed marks, and characters that are not allowed. */
  private static final List<String> PIECES = List.of("A", "z", "0", "9", "-", ".", "_", ":", "/", "张", "〇", "²",
      "Ⅻ", "٣", "𠮷", "é", " ", "+", "#", "\u0000", "\ud800", "\u200b", "\u0301", "Ä", "ǅ");

  @Test
  void accepts_exactly_the_documented_pattern() {
    qt().forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 70))
        .checkAssert(indices -> {
          StringBuilder text = new StringBuilder();
          indices.forEach(i -> text.append(PIECES.get(i)));
          String value = text.toString();
          if (DOCUMENTED.matcher(value).matches()) {
            assertThat(PersonId.of(value).getValue()).isEqualTo(value);
          } else {
            assertThatThrownBy(() -> PersonId.of(value)).isInstanceOf(IllegalArgumentException.class);
          }
        });
  }

  @Test
  void counts_characters_not_utf16_units_at_the_length_limit() {
    assertThat(PersonId.of("𠮷".repeat(64)).getValue()).hasSize(128);
    assertThatThrownBy(() -> PersonId.of("𠮷".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonId.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ids_of_different_types_with_the_same_text_differ_and_hash_by_type_and_text() {
    assertThat(PersonId.of("X-1")).isNotEqualTo(DeputyId.of("X-1")).isEqualTo(PersonId.of("X-1"));
    assertThat(PersonId.of("X-1").hashCode()).isEqualTo(PersonId.of("X-1").hashCode());
  }
}
