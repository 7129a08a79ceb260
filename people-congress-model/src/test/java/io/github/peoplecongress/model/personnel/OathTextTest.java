package io.github.peoplecongress.model.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OathTextTest {

  @Test
  void the_2015_text_has_70_characters() {
    assertThat(OathText.V2015.characterCount()).isEqualTo(70);
    assertThat(OathText.V2015.getText()).hasSize(83).startsWith("我宣誓：").endsWith("社会主义国家努力奋斗！")
        .contains("富强、民主、文明、和谐的");
  }

  @Test
  void the_2018_text_has_75_characters() {
    assertThat(OathText.V2018.characterCount()).isEqualTo(75);
    assertThat(OathText.V2018.getText()).hasSize(85).startsWith("我宣誓：")
        .contains("富强民主文明和谐美丽的社会主义现代化强国").endsWith("努力奋斗！");
  }

  @Test
  void the_texts_use_full_width_punctuation() {
    for (OathText text : OathText.values()) {
      assertThat(text.getText()).doesNotContain(",", ":", "!").contains("，", "、", "：", "！");
    }
  }

  @Test
  void the_2018_text_is_in_force_from_12_march_2018() {
    assertThat(OathText.V2018.effectiveFrom()).isEqualTo(LocalDate.of(2018, 3, 12));
    assertThat(OathText.V2015.effectiveFrom()).isEqualTo(LocalDate.of(2016, 1, 1));
  }

  @Test
  void the_texts_share_their_opening() {
    String common = "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，为建设";
    assertThat(OathText.V2015.getText()).startsWith(common);
    assertThat(OathText.V2018.getText()).startsWith(common);
  }
}
