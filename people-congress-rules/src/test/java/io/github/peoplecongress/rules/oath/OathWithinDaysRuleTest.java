package io.github.peoplecongress.rules.oath;

import static io.github.peoplecongress.rules.oath.OathTestData.appointment;
import static io.github.peoplecongress.rules.oath.OathTestData.ceremony;
import static io.github.peoplecongress.rules.oath.OathTestData.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.period.HolidayCalendar;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OathWithinDaysRuleTest {
  private final OathWithinDaysRule rule = new OathWithinDaysRule();
  private static final LocalDate DECIDED = LocalDate.of(2019, 3, 2);
  private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

  private List<Finding> beijing(LocalDate sworn) {
    return OathTestData.run(rule, year(appointment(DECIDED).build(), ceremony(sworn).build()), "beijing", AS_OF);
  }

  @Test
  void national_law_sets_no_period() {
    assertThat(OathTestData.run(rule, year(appointment(DECIDED).build(), ceremony(LocalDate.of(2019, 9, 1)).build())))
        .isEmpty();
  }

  @Test
  void thirtieth_day_complies_thirty_first_warns() {
    assertThat(beijing(LocalDate.of(2019, 4, 1))).isEmpty();
    assertThat(beijing(LocalDate.of(2019, 4, 2))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void last_day_on_a_holiday_moves_to_the_next_working_day() {
    // 30 days from 2019-09-05 end on 2019-10-05 (国庆), moved to 2019-10-08
    var year = year(appointment(LocalDate.of(2019, 9, 5)).build(), ceremony(LocalDate.of(2019, 10, 8)).build());
    assertThat(OathTestData.run(rule, year, "beijing", AS_OF)).isEmpty();
  }

  @Test
  void beijing_value_starts_2016_01_01() {
    var before = year(appointment(LocalDate.of(2015, 12, 31)).build(), ceremony(LocalDate.of(2016, 3, 1)).build());
    assertThat(OathTestData.run(rule, before, "beijing", AS_OF)).isEmpty();
    var on = year(appointment(LocalDate.of(2016, 1, 1)).build(), ceremony(LocalDate.of(2016, 3, 1)).build());
    assertThat(OathTestData.run(rule, on, "beijing", AS_OF)).hasSize(1);
  }

  @Test
  void uncovered_calendar_is_cannot_tell() {
    var year = year(appointment(DECIDED).build(), ceremony(LocalDate.of(2019, 4, 2)).build());
    RuleContext context = new RuleContext(year, OathTestData.profile("beijing"),
        PeriodCalculator.of(HolidayCalendar.builder().build()), AS_OF);
    assertThat(rule.evaluate(context)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("holidayCalendar 2019");
    });
  }

  @Test
  void golden_message() {
    Finding finding = beijing(LocalDate.of(2019, 4, 2)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-002] 提示：宪法宣誓时限（北京市宪法宣誓组织办法（2015）第十三条）PersonnelAction PA-1：应当在2019-03-02产生后30日内"
            + "（至2019-04-01）进行宪法宣誓，实际于2019-04-02宣誓（OC-1），超过30日");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-002] warning: Oath within the local number of days (Beijing Measures on Organising the Constitutional "
            + "Oath (2015) Art. 13) at PersonnelAction PA-1: expected the oath within 30 days after production on "
            + "2019-03-02 (until 2019-04-01) but found the oath on 2019-04-02 (OC-1), after 30 days");
  }

  @Test
  void fixtures_context_is_usable() {
    assertThat(Fixtures.COMMITTEE_SIZE).isEqualTo(27);
  }
}
