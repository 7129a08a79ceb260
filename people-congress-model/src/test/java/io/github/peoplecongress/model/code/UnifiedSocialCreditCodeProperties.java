package io.github.peoplecongress.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeProperties {
  private final ObjectMapper mapper = CongressJson.objectMapper();

  @Test
  void accepts_every_generated_code_and_round_trips_through_json() {
    qt().forAll(CodeGenerators.unifiedSocialCreditCodeTexts()).checkAssert(text -> {
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(text);
      assertThat(code.getValue()).isEqualTo(text);
      assertThat(code).hasToString(text);
      try {
        assertThat(mapper.readValue(mapper.writeValueAsString(code), UnifiedSocialCreditCode.class)).isEqualTo(code);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void rejects_any_single_changed_character() {
    String set = UnifiedSocialCreditCode.CHARACTERS;
    qt().forAll(CodeGenerators.unifiedSocialCreditCodeTexts(), integers().between(0, 17), integers().between(1, 30))
        .checkAssert((text, position, shift) -> {
          char[] changed = text.toCharArray();
          changed[position] = set.charAt((set.indexOf(text.charAt(position)) + shift) % set.length());
          assertThat(UnifiedSocialCreditCode.valid(new String(changed))).as("changed at %d", position).isFalse();
        });
  }
}
