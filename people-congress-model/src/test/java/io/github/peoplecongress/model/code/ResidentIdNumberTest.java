package io.github.peoplecongress.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {
  /** The example of GB 11643-1999 itself: Beijing Chaoyang, born 1949-12-31, a woman. */
  static final String STANDARD_EXAMPLE = "11010519491231002X";
  static final String MAN = "440304199001011233";

  private final ObjectMapper mapper = CongressJson.objectMapper();

  @Test
  void accepts_the_example_of_the_standard() {
    ResidentIdNumber number = ResidentIdNumber.of(STANDARD_EXAMPLE);

    assertThat(number.getValue()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(number.getRegionCode()).isEqualTo("110105");
    assertThat(number.getBirthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(number.getGender()).isEqualTo(Gender.FEMALE);
    assertThat(ResidentIdNumber.invalidReason(STANDARD_EXAMPLE)).isEmpty();
    assertThat(ResidentIdNumber.valid(STANDARD_EXAMPLE)).isTrue();
  }

  @Test
  void reads_an_odd_sex_digit_as_male() {
    assertThat(ResidentIdNumber.of(MAN).getGender()).isEqualTo(Gender.MALE);
  }

  @Test
  void accepts_a_leap_day() {
    assertThat(ResidentIdNumber.of("110105198002290013").getBirthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
  }

  @Test
  void computes_the_check_character() {
    assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentIdNumber.checkCharacter("44030419900101123")).isEqualTo('3');
  }

  @Test
  void masks_the_birth_date_in_to_string() {
    ResidentIdNumber number = ResidentIdNumber.of(STANDARD_EXAMPLE);

    assertThat(number).hasToString("110105********002X");
    assertThat(number.masked()).isEqualTo("110105********002X");
    assertThat(number.toString()).doesNotContain("19491231");
  }

  @Test
  void rejects_a_wrong_check_character_without_revealing_the_right_one() {
    assertThat(ResidentIdNumber.invalidReason("440304199001011237"))
        .contains("check character does not match the first 17 characters (GB 11643 MOD 11-2)");
    assertThat(ResidentIdNumber.invalidReason("110105194912310021"))
        .contains("check character does not match the first 17 characters (GB 11643 MOD 11-2)");
    assertThatThrownBy(() -> ResidentIdNumber.of("440304199001011237"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid resident ID number: check character does not match the first 17 characters (GB 11643 MOD 11-2)");
  }

  @Test
  void rejects_a_lower_case_x_rather_than_changing_it() {
    assertThat(ResidentIdNumber.invalidReason("11010519491231002x"))
        .contains("check character must be an upper-case 'X', not a lower-case 'x'");
  }

  @Test
  void rejects_a_date_that_is_not_on_the_calendar() {
    assertThat(ResidentIdNumber.invalidReason("110105194902300021"))
        .contains("birth date (characters 7 to 14) is not a real calendar date in yyyyMMdd form");
    assertThat(ResidentIdNumber.invalidReason("110105198102290011"))
        .contains("birth date (characters 7 to 14) is not a real calendar date in yyyyMMdd form");
  }

  @Test
  void rejects_wrong_length_and_characters() {
    assertThat(ResidentIdNumber.invalidReason("11010519491231002")).contains("must have 18 characters but has 17");
    assertThat(ResidentIdNumber.invalidReason("110105 9491231002X"))
        .contains("character 7 must be a digit but was U+0020");
    assertThat(ResidentIdNumber.invalidReason("1101051949123100XX"))
        .contains("character 17 must be a digit but was 'X'");
    assertThat(ResidentIdNumber.invalidReason("11010519491231002Y"))
        .contains("character 18 must be a digit or 'X' but was 'Y'");
    assertThat(ResidentIdNumber.invalidReason(null)).contains("is null");
    assertThatThrownBy(() -> ResidentIdNumber.of(null)).hasMessage("Invalid resident ID number: is null");
  }

  @Test
  void never_repeats_the_number_in_a_reason() {
    assertThatThrownBy(() -> ResidentIdNumber.of("110105194912310021"))
        .hasMessageNotContaining("110105194912310021")
        .hasMessageNotContaining("19491231");
  }

  @Test
  void compares_by_value() {
    assertThat(ResidentIdNumber.of(STANDARD_EXAMPLE)).isEqualTo(ResidentIdNumber.of(STANDARD_EXAMPLE))
        .hasSameHashCodeAs(ResidentIdNumber.of(STANDARD_EXAMPLE))
        .isNotEqualTo(ResidentIdNumber.of(MAN));
  }

  @Test
  void round_trips_through_json_as_a_plain_string() throws Exception {
    ResidentIdNumber number = ResidentIdNumber.of(STANDARD_EXAMPLE);

    String json = mapper.writeValueAsString(number);

    assertThat(json).isEqualTo("\"11010519491231002X\"");
    assertThat(mapper.readValue(json, ResidentIdNumber.class)).isEqualTo(number);
  }

  @Test
  void rejects_an_invalid_number_in_json_with_the_reason() {
    assertThatThrownBy(() -> mapper.readValue("\"440304199001011237\"", ResidentIdNumber.class))
        .hasMessageContaining("check character does not match the first 17 characters (GB 11643 MOD 11-2)");
  }
}
