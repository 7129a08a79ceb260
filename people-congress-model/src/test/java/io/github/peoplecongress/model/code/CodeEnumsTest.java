package io.github.peoplecongress.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeEnumsTest {
  private final ObjectMapper mapper = CongressJson.objectMapper();

  @Test
  void gender_has_the_four_codes_of_gb_t_2261_1() {
    assertThat(Arrays.stream(Gender.values()).map(Gender::getCode)).containsExactly("0", "1", "2", "9");
    assertThat(Gender.fromCode("1")).isEqualTo(Gender.MALE);
    assertThat(Gender.fromCode("2").getLabel()).isEqualTo("女性");
    assertThat(Gender.fromCode("9").getLabel()).isEqualTo("未说明的性别");
  }

  @Test
  void gender_rejects_an_unknown_code_naming_it() {
    assertThatThrownBy(() -> Gender.fromCode("3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown GB/T 2261.1 gender code: '3' (expected 0, 1, 2 or 9)");
    assertThatThrownBy(() -> Gender.fromCode(null)).hasMessageContaining("code: null");
  }

  @Test
  void ethnicity_has_the_56_groups_of_gb_t_3304_numbered_01_to_56() {
    var standard = Arrays.stream(Ethnicity.values()).filter(Ethnicity::definedByGbT3304).toList();

    assertThat(standard).hasSize(56);
    assertThat(standard.stream().map(Ethnicity::getCode))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 56).mapToObj(i -> String.format("%02d", i)).toList());
    assertThat(standard.stream().map(Ethnicity::getLabel).collect(Collectors.toSet())).hasSize(56)
        .allMatch(label -> label.endsWith("族"));
    assertThat(standard.stream().map(Ethnicity::getLetterCode).collect(Collectors.toSet())).hasSize(56);
  }

  @Test
  void ethnicity_codes_match_the_standard_table() {
    assertThat(Ethnicity.fromCode("01")).isEqualTo(Ethnicity.HAN);
    assertThat(Ethnicity.fromCode("04")).isEqualTo(Ethnicity.ZANG);
    assertThat(Ethnicity.ZANG.getLabel()).isEqualTo("藏族");
    assertThat(Ethnicity.fromCode("36").getLabel()).isEqualTo("毛南族");
    assertThat(Ethnicity.fromCode("46").getLabel()).isEqualTo("德昂族");
    assertThat(Ethnicity.fromCode("56")).isEqualTo(Ethnicity.JINO);
    assertThat(Ethnicity.JINO.getLetterCode()).isEqualTo("JN");
    assertThat(Ethnicity.CHOSEN.getRomanization()).isEqualTo("Chosen");
  }

  @Test
  void ethnicity_marks_the_extension_codes() {
    assertThat(Ethnicity.fromCode("97")).isEqualTo(Ethnicity.OTHER);
    assertThat(Ethnicity.fromCode("98").getLabel()).isEqualTo("外国血统中国籍人士");
    assertThat(Ethnicity.OTHER.definedByGbT3304()).isFalse();
    assertThat(Ethnicity.FOREIGN_ORIGIN.getLetterCode()).isEmpty();
  }

  @Test
  void ethnicity_rejects_an_unknown_code_naming_it() {
    assertThatThrownBy(() -> Ethnicity.fromCode("1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown GB/T 3304 ethnicity code: '1' (expected two digits 01 to 56, 97 or 98)");
    assertThatThrownBy(() -> Ethnicity.fromCode("57")).hasMessageContaining("'57'");
  }

  @Test
  void political_status_has_codes_01_to_13() {
    assertThat(Arrays.stream(PoliticalStatus.values()).map(PoliticalStatus::getCode))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 13).mapToObj(i -> String.format("%02d", i)).toList());
    assertThat(PoliticalStatus.fromCode("01").getLabel()).isEqualTo("中共党员");
    assertThat(PoliticalStatus.fromCode("02").getFullName()).isEqualTo("中国共产党预备党员");
    assertThat(PoliticalStatus.fromCode("10").getLabel()).isEqualTo("九三学社社员");
    assertThat(PoliticalStatus.fromCode("12").getLabel()).isEqualTo("无党派人士");
    assertThat(PoliticalStatus.fromCode("13").getLabel()).isEqualTo("群众");
  }

  @Test
  void political_status_tells_the_eight_democratic_parties() {
    assertThat(Arrays.stream(PoliticalStatus.values()).filter(PoliticalStatus::belongsToDemocraticParty))
        .hasSize(8).first().isEqualTo(PoliticalStatus.RCCK_MEMBER);
    assertThat(PoliticalStatus.CPC_PROBATIONARY_MEMBER.belongsToCpc()).isTrue();
    assertThat(PoliticalStatus.COMMUNIST_YOUTH_LEAGUE_MEMBER.belongsToCpc()).isFalse();
    assertThat(PoliticalStatus.NON_PARTY_PERSONAGE.belongsToDemocraticParty()).isFalse();
  }

  @Test
  void political_status_rejects_an_unknown_code_naming_it() {
    assertThatThrownBy(() -> PoliticalStatus.fromCode("14")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown GB/T 4762 political status code: '14' (expected two digits 01 to 13)");
  }

  @Test
  void education_level_has_the_category_codes_of_gb_t_4658() {
    assertThat(Arrays.stream(EducationLevel.values()).map(EducationLevel::getCode))
        .containsExactly("10", "20", "30", "40", "60", "70", "80", "90");
    assertThat(EducationLevel.fromCode("60").getLabel()).isEqualTo("普通高级中学教育");
  }

  @Test
  void education_level_tells_high_school_or_above() {
    assertThat(Arrays.stream(EducationLevel.values()).filter(EducationLevel::atLeastHighSchool))
        .containsExactly(EducationLevel.POSTGRADUATE, EducationLevel.UNDERGRADUATE, EducationLevel.JUNIOR_COLLEGE,
            EducationLevel.SECONDARY_VOCATIONAL, EducationLevel.SENIOR_HIGH_SCHOOL);
    assertThat(EducationLevel.OTHER.atLeastHighSchool()).isFalse();
  }

  @Test
  void education_level_rejects_a_sub_code_naming_it() {
    assertThatThrownBy(() -> EducationLevel.fromCode("21")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown GB/T 4658 education category code: '21'"
            + " (expected 10, 20, 30, 40, 60, 70, 80 or 90; sub-codes such as 21 are not accepted)");
  }

  @Test
  void enums_round_trip_through_json_as_their_names() throws Exception {
    assertThat(mapper.writeValueAsString(Gender.FEMALE)).isEqualTo("\"FEMALE\"");
    assertThat(mapper.writeValueAsString(Ethnicity.HAN)).isEqualTo("\"HAN\"");
    assertThat(mapper.writeValueAsString(PoliticalStatus.MASSES)).isEqualTo("\"MASSES\"");
    assertThat(mapper.writeValueAsString(EducationLevel.UNDERGRADUATE)).isEqualTo("\"UNDERGRADUATE\"");
    for (Gender value : Gender.values()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(value), Gender.class)).isEqualTo(value);
    }
    for (Ethnicity value : Ethnicity.values()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(value), Ethnicity.class)).isEqualTo(value);
    }
    for (PoliticalStatus value : PoliticalStatus.values()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(value), PoliticalStatus.class)).isEqualTo(value);
    }
    for (EducationLevel value : EducationLevel.values()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(value), EducationLevel.class)).isEqualTo(value);
    }
  }
}
