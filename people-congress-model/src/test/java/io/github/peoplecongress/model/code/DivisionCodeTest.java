package io.github.peoplecongress.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {
  private final ObjectMapper mapper = CongressJson.objectMapper();

  @Test
  void splits_a_county_level_code() {
    DivisionCode chaoyang = DivisionCode.of("110105");

    assertThat(chaoyang.getProvinceCode()).isEqualTo("11");
    assertThat(chaoyang.getPrefectureCode()).isEqualTo("01");
    assertThat(chaoyang.getCountyCode()).isEqualTo("05");
    assertThat(chaoyang.isCountyLevel()).isTrue();
    assertThat(chaoyang.isPrefectureLevel()).isFalse();
    assertThat(chaoyang.isProvinceLevel()).isFalse();
    assertThat(chaoyang.province()).isEqualTo(DivisionCode.of("110000"));
    assertThat(chaoyang.prefecture()).contains(DivisionCode.of("110100"));
  }

  @Test
  void tells_the_level_of_province_and_prefecture_codes() {
    DivisionCode fujian = DivisionCode.of("350000");
    DivisionCode fuzhou = DivisionCode.of("350100");

    assertThat(fujian.isProvinceLevel()).isTrue();
    assertThat(fujian.province()).isSameAs(fujian);
    assertThat(fujian.prefecture()).isEmpty();
    assertThat(fuzhou.isPrefectureLevel()).isTrue();
    assertThat(fuzhou.prefecture()).contains(fuzhou);
    assertThat(DivisionCode.of("429004").isCountyLevel()).isTrue();
  }

  @Test
  void accepts_every_province_part_of_the_standard() {
    for (String province : new String[] {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65",
        "71", "81", "82"}) {
      assertThat(DivisionCode.valid(province + "0000")).as(province).isTrue();
    }
  }

  @Test
  void rejects_an_unassigned_province_part() {
    assertThat(DivisionCode.invalidReason("990000"))
        .contains("province part 99 is not a GB/T 2260 province-level code");
    assertThat(DivisionCode.invalidReason("160000"))
        .contains("province part 16 is not a GB/T 2260 province-level code");
    assertThatThrownBy(() -> DivisionCode.of("830000"))
        .hasMessage("Invalid division code '830000': province part 83 is not a GB/T 2260 province-level code");
  }

  @Test
  void rejects_a_county_part_without_a_prefecture_part() {
    assertThat(DivisionCode.invalidReason("110005")).contains("county part 05 needs a prefecture part, but it is 00");
  }

  @Test
  void rejects_wrong_length_and_characters() {
    assertThat(DivisionCode.invalidReason("11010")).contains("must have 6 digits but has 5 characters");
    assertThat(DivisionCode.invalidReason("11010A")).contains("character 6 must be a digit but was 'A'");
    assertThat(DivisionCode.invalidReason(null)).contains("is null");
  }

  @Test
  void round_trips_through_json_as_a_plain_string() throws Exception {
    DivisionCode code = DivisionCode.of("110105");

    String json = mapper.writeValueAsString(code);

    assertThat(json).isEqualTo("\"110105\"");
    assertThat(mapper.readValue(json, DivisionCode.class)).isEqualTo(code).hasSameHashCodeAs(code);
  }
}
