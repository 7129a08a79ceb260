package io.github.peoplecongress.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JurisdictionProfileTest {
  private static final Parameter<Integer> DAYS = Parameter.of("test.days", Integer.class, "天数", "days",
      DatedSeries.<Integer>none(LocalDate.of(2016, 1, 1), "national law sets no period"));

  @Test
  void dated_series_applies_the_entry_in_force_on_the_fact_date() {
    DatedSeries<String> text = DatedSeries.of(LocalDate.of(2016, 1, 1), "2015", "decision 2015")
        .then(LocalDate.of(2018, 3, 12), "2018", "decision 2018");
    assertThat(text.valueOn(LocalDate.of(2015, 12, 31))).isEmpty();
    assertThat(text.valueOn(LocalDate.of(2016, 1, 1))).contains("2015");
    assertThat(text.valueOn(LocalDate.of(2018, 3, 11))).contains("2015");
    assertThat(text.valueOn(LocalDate.of(2018, 3, 12))).contains("2018");
    assertThat(text.entryOn(LocalDate.of(2019, 1, 1)).orElseThrow().getReference()).isEqualTo("decision 2018");
  }

  @Test
  void dated_series_rejects_entries_out_of_order() {
    DatedSeries<Integer> series = DatedSeries.of(LocalDate.of(2018, 1, 1), 1, "a");
    assertThatThrownBy(() -> series.then(LocalDate.of(2018, 1, 1), 2, "b"))
        .hasMessage("a dated series entry from 2018-01-01 must come after 2018-01-01");
  }

  @Test
  void profiles_fall_back_to_parent_then_national_default() {
    JurisdictionProfile beijing = JurisdictionProfile.builder("beijing", "北京市", "Beijing")
        .set(DAYS, DatedSeries.of(LocalDate.of(2016, 1, 1), 30, "北京市宪法宣誓组织办法 第十三条")).build();
    JurisdictionProfile district = JurisdictionProfile.builder("beijing-x", "北京市X区", "X district, Beijing")
        .parent(beijing).build();
    assertThat(JurisdictionProfile.national().valueOn(DAYS, LocalDate.of(2019, 3, 2))).isEmpty();
    assertThat(district.valueOn(DAYS, LocalDate.of(2019, 3, 2))).contains(30);
    assertThat(district.getParent()).contains(beijing);
  }

  @Test
  void profiles_can_move_an_unverified_effective_date() {
    JurisdictionProfile later = JurisdictionProfile.builder("later", "以后", "later")
        .effectiveDate(Laws.SUPERVISION_LAW_2024, LocalDate.of(2025, 1, 1)).build();
    assertThat(JurisdictionProfile.national().effectiveDate(Laws.SUPERVISION_LAW_2024))
        .isEqualTo(LocalDate.of(2024, 11, 8));
    assertThat(later.effectiveDate(Laws.SUPERVISION_LAW_2024)).isEqualTo(LocalDate.of(2025, 1, 1));
  }
}
