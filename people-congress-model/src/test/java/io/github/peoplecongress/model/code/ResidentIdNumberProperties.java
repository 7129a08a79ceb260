package io.github.peoplecongress.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import org.junit.jupiter.api.Test;

class ResidentIdNumberProperties {
  private static final String CHECK_CHARACTERS = "0123456789X";

  private final ObjectMapper mapper = CongressJson.objectMapper();

  @Test
  void accepts_every_generated_number_and_keeps_its_text() {
    qt().forAll(CodeGenerators.residentIdNumberTexts()).checkAssert(text -> {
      ResidentIdNumber number = ResidentIdNumber.of(text);
      assertThat(number.getValue()).isEqualTo(text);
      assertThat(number.getRegionCode()).isEqualTo(text.substring(0, 6));
      assertThat(number.getGender()).isEqualTo((text.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
      assertThat(number).isEqualTo(ResidentIdNumber.of(new String(text))).hasSameHashCodeAs(ResidentIdNumber.of(text));
    });
  }

  @Test
  void masks_all_but_the_first_six_and_last_four_characters() {
    qt().forAll(CodeGenerators.residentIdNumberTexts()).checkAssert(text -> {
      String masked = ResidentIdNumber.of(text).toString();
      assertThat(masked).matches("[0-9]{6}\\*{8}[0-9]{3}[0-9X]")
          .startsWith(text.substring(0, 6))
          .endsWith(text.substring(14))
          .isNotEqualTo(text);
    });
  }

  @Test
  void round_trips_through_json() {
    qt().forAll(CodeGenerators.residentIdNumberTexts()).checkAssert(text -> {
      ResidentIdNumber number = ResidentIdNumber.of(text);
      try {
        assertThat(mapper.readValue(mapper.writeValueAsString(number), ResidentIdNumber.class)).isEqualTo(number);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void rejects_any_single_changed_character() {
    qt().forAll(CodeGenerators.residentIdNumberTexts(), integers().between(0, 17), integers().between(1, 10))
        .checkAssert((text, position, shift) -> {
          char[] changed = text.toCharArray();
          if (position < 17) {
            changed[position] = (char) ('0' + (text.charAt(position) - '0' + shift) % 10);
            if (changed[position] == text.charAt(position)) {
              return; // a shift of 10 on a digit changes nothing
            }
          } else {
            int index = CHECK_CHARACTERS.indexOf(text.charAt(17));
            changed[17] = CHECK_CHARACTERS.charAt((index + shift) % CHECK_CHARACTERS.length());
          }
          assertThat(ResidentIdNumber.invalidReason(new String(changed))).as("changed at %d", position).isPresent();
        });
  }
}
