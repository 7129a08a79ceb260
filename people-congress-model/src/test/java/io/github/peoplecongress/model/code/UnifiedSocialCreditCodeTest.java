package io.github.peoplecongress.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {
  static final String ENTERPRISE = "91350100M000100Y43";
  static final String PUBLIC_INSTITUTION = "12440600MB2C07549J";

  private final ObjectMapper mapper = CongressJson.objectMapper();

  @Test
  void accepts_valid_codes_and_splits_them() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(ENTERPRISE);

    assertThat(code.getValue()).isEqualTo(ENTERPRISE);
    assertThat(code.getRegistrationAuthorityCode()).isEqualTo("9");
    assertThat(code.getCategoryCode()).isEqualTo("1");
    assertThat(code.getRegionCode()).isEqualTo("350100");
    assertThat(code.getOrganizationCode()).isEqualTo("M000100Y4");
    assertThat(UnifiedSocialCreditCode.valid(PUBLIC_INSTITUTION)).isTrue();
  }

  @Test
  void computes_both_check_characters() {
    assertThat(UnifiedSocialCreditCode.checkCharacter(ENTERPRISE)).isEqualTo('3');
    assertThat(UnifiedSocialCreditCode.checkCharacter(PUBLIC_INSTITUTION)).isEqualTo('J');
    assertThat(UnifiedSocialCreditCode.organizationCheckCharacter(ENTERPRISE)).isEqualTo('4');
    assertThat(UnifiedSocialCreditCode.organizationCheckCharacter(PUBLIC_INSTITUTION)).isEqualTo('9');
  }

  @Test
  void is_not_masked_in_to_string() {
    assertThat(UnifiedSocialCreditCode.of(ENTERPRISE)).hasToString(ENTERPRISE);
  }

  @Test
  void rejects_a_wrong_check_character_with_the_expected_one() {
    assertThat(UnifiedSocialCreditCode.invalidReason("91350100M000100Y44"))
        .contains("check character should be 3 but was 4");
    assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid unified social credit code: check character should be 3 but was 4");
  }

  @Test
  void rejects_a_wrong_organization_code_check_character() {
    // Character 17 changed from 4 to 5 and character 18 recomputed, so only the GB 11714 check fails.
    assertThat(UnifiedSocialCreditCode.invalidReason("91350100M000100Y56"))
        .contains("organization code check character (character 17) should be 4 but was 5");
  }

  @Test
  void rejects_letters_outside_the_character_set() {
    assertThat(UnifiedSocialCreditCode.invalidReason("91350100M000100O43"))
        .contains("character 16 must be a digit or an upper-case letter other than I, O, S, V, Z but was 'O'");
    assertThat(UnifiedSocialCreditCode.invalidReason("91350100m000100Y43"))
        .contains("character 9 must be a digit or an upper-case letter other than I, O, S, V, Z but was 'm'"
            + " (lower case)");
  }

  @Test
  void rejects_a_letter_in_the_division_code_and_wrong_length() {
    assertThat(UnifiedSocialCreditCode.invalidReason("9135A100M000100Y43"))
        .contains("character 5 must be a digit (characters 3 to 8 are a division code) but was 'A'");
    assertThat(UnifiedSocialCreditCode.invalidReason("91350100M000100Y4"))
        .contains("must have 18 characters but has 17");
    assertThat(UnifiedSocialCreditCode.invalidReason(null)).contains("is null");
  }

  @Test
  void compares_by_value() {
    assertThat(UnifiedSocialCreditCode.of(ENTERPRISE)).isEqualTo(UnifiedSocialCreditCode.of(ENTERPRISE))
        .hasSameHashCodeAs(UnifiedSocialCreditCode.of(ENTERPRISE))
        .isNotEqualTo(UnifiedSocialCreditCode.of(PUBLIC_INSTITUTION));
  }

  @Test
  void round_trips_through_json_as_a_plain_string() throws Exception {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(ENTERPRISE);

    String json = mapper.writeValueAsString(code);

    assertThat(json).isEqualTo("\"91350100M000100Y43\"");
    assertThat(mapper.readValue(json, UnifiedSocialCreditCode.class)).isEqualTo(code);
  }
}
