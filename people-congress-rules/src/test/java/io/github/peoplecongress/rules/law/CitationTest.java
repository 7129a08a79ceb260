package io.github.peoplecongress.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {
  @Test
  void renders_chinese_and_english_references() {
    Citation citation = Citation.of(Laws.OATH_DECISION_2018, 8, 2, "宣誓场所应当庄重、严肃，悬挂中华人民共和国国旗或者国徽。");
    assertThat(citation.referenceZh()).isEqualTo("宪法宣誓制度的决定（2018）第八条第二款");
    assertThat(citation.referenceEn()).isEqualTo("NPCSC Decision on the Constitutional Oath (2018) Art. 8(2)");
  }

  @Test
  void writes_article_numbers_in_chinese_numerals() {
    assertThat(ChineseNumerals.of(9)).isEqualTo("九");
    assertThat(ChineseNumerals.of(10)).isEqualTo("十");
    assertThat(ChineseNumerals.of(15)).isEqualTo("十五");
    assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
    assertThat(ChineseNumerals.of(51)).isEqualTo("五十一");
    assertThat(ChineseNumerals.of(100)).isEqualTo("一百");
    assertThat(ChineseNumerals.of(105)).isEqualTo("一百零五");
    assertThat(ChineseNumerals.of(110)).isEqualTo("一百一十");
    assertThat(ChineseNumerals.of(203)).isEqualTo("二百零三");
    assertThat(ChineseNumerals.of(254)).isEqualTo("二百五十四");
  }

  @Test
  void every_law_version_has_a_unique_code_and_effective_date_not_before_adoption_except_none() {
    assertThat(Laws.all()).extracting(LawVersion::getCode).doesNotHaveDuplicates();
    assertThat(Laws.all()).allSatisfy(law -> assertThat(law.getEffective()).isAfterOrEqualTo(law.getAdopted()));
  }
}
