package io.github.peoplecongress.rules.oath;

import static io.github.peoplecongress.rules.oath.OathTestData.ceremony;
import static io.github.peoplecongress.rules.oath.OathTestData.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OathTextRuleTest {
  private final OathTextRule rule = new OathTextRule();

  @Test
  void text_in_force_complies() {
    assertThat(OathTestData.run(rule, year(ceremony(LocalDate.of(2019, 3, 2)).build()))).isEmpty();
  }

  @Test
  void switch_on_2018_03_12() {
    var v2015 = ceremony(LocalDate.of(2018, 3, 11)).build().withOathText(OathText.V2015);
    assertThat(OathTestData.run(rule, year(v2015))).isEmpty();
    assertThat(OathTestData.run(rule, year(v2015.withDate(LocalDate.of(2018, 3, 12))))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    var v2018 = ceremony(LocalDate.of(2018, 3, 11)).build().withOathText(OathText.V2018);
    assertThat(OathTestData.run(rule, year(v2018))).hasSize(1);
  }

  @Test
  void recited_text_is_compared_by_its_characters() {
    String halfWidth = OathText.V2018.getText().replace('，', ',').replace('：', ':');
    var same = ceremony(LocalDate.of(2019, 3, 2)).build().withOathText(Optional.empty()).withRecitedText(halfWidth);
    assertThat(OathTestData.run(rule, year(same))).isEmpty();
    var other = same.withRecitedText(OathText.V2018.getText().replace("美丽的", "的"));
    assertThat(OathTestData.run(rule, year(other))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void no_text_recorded_is_cannot_tell() {
    var unknown = ceremony(LocalDate.of(2019, 3, 2)).build().withOathText(Optional.empty());
    assertThat(OathTestData.run(rule, year(unknown))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("oathText", "recitedText"));
  }

  @Test
  void before_2016_is_outside() {
    assertThat(OathTestData.run(rule, year(ceremony(LocalDate.of(2015, 12, 31)).build()
        .withOathText(OathText.V2018)))).isEmpty();
  }

  @Test
  void texts_have_70_and_75_characters() {
    assertThat(OathText.V2015.characterCount()).isEqualTo(70);
    assertThat(OathText.V2018.characterCount()).isEqualTo(75);
  }

  @Test
  void golden_message() {
    Finding finding = OathTestData.run(rule, year(ceremony(LocalDate.of(2019, 3, 2)).build()
        .withOathText(OathText.V2015))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-005] 违反规定：宪法宣誓誓词（宪法宣誓制度的决定（2018）第二条）OathCeremony OC-1：应当诵读2018年誓词「"
            + OathText.V2018.getText() + "」，实际诵读2015年誓词");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-005] violation: Oath text in force on the day (NPCSC Decision on the Constitutional Oath (2018) Art. 2) "
            + "at OathCeremony OC-1: expected the 2018 oath text (75 characters) but found the 2015 oath text");
  }
}
