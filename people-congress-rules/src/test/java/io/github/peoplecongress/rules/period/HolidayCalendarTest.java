package io.github.peoplecongress.rules.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

  private static final HolidayCalendar CHINA = HolidayCalendar.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void chinaCoversExactly2015To2026() {
    assertThat(CHINA.coveredYears().toString()).isEqualTo("2015–2026");
    assertThat(CHINA.covers(d("2015-01-01"))).isTrue();
    assertThat(CHINA.covers(d("2026-12-31"))).isTrue();
    assertThat(CHINA.covers(d("2014-12-31"))).isFalse();
    assertThat(CHINA.covers(d("2027-01-01"))).isFalse();
    assertThat(CHINA.coveredYears().contains(Year.of(2019))).isTrue();
    assertThat(HolidayCalendar.china()).isSameAs(CHINA);
  }

  @Test
  void nationalDay2019() {
    for (LocalDate x = d("2019-10-01"); !x.isAfter(d("2019-10-07")); x = x.plusDays(1)) {
      assertThat(CHINA.isStatutoryHoliday(x)).as(x.toString()).isTrue();
      assertThat(CHINA.isWorkingDay(x)).as(x.toString()).isFalse();
    }
    assertThat(CHINA.isStatutoryHoliday(d("2019-10-08"))).isFalse();
    assertThat(CHINA.isWorkingDay(d("2019-10-08"))).isTrue();
    // 9月29日（星期日）、10月12日（星期六）上班
    assertThat(CHINA.isMakeUpWorkingDay(d("2019-09-29"))).isTrue();
    assertThat(CHINA.isWorkingDay(d("2019-09-29"))).isTrue();
    assertThat(CHINA.isWorkingDay(d("2019-10-12"))).isTrue();
    assertThat(CHINA.isWorkingDay(d("2019-10-13"))).isFalse();
    assertThat(CHINA.entry(d("2019-10-03"))).hasValueSatisfying(e -> {
      assertThat(e.kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
      assertThat(e.name()).isEqualTo("国庆节");
      assertThat(e.source()).isEqualTo("国办发明电〔2018〕15号");
    });
  }

  @Test
  void springFestival2019() {
    for (LocalDate x = d("2019-02-04"); !x.isAfter(d("2019-02-10")); x = x.plusDays(1)) {
      assertThat(CHINA.isStatutoryHoliday(x)).as(x.toString()).isTrue();
    }
    assertThat(CHINA.isStatutoryHoliday(d("2019-02-11"))).isFalse();
    assertThat(CHINA.isWorkingDay(d("2019-02-02"))).isTrue();
    assertThat(CHINA.isWorkingDay(d("2019-02-03"))).isTrue();
    assertThat(CHINA.entry(d("2019-02-02"))).hasValueSatisfying(e -> {
      assertThat(e.kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
      assertThat(e.name()).isEqualTo("春节");
    });
  }

  @Test
  void ordinaryDaysAreNeitherHolidaysNorMakeUpDays() {
    assertThat(CHINA.isStatutoryHoliday(d("2019-03-09"))).isFalse(); // a Saturday
    assertThat(CHINA.isWorkingDay(d("2019-03-09"))).isFalse();
    assertThat(CHINA.isWorkingDay(d("2019-03-11"))).isTrue(); // a Monday
    assertThat(CHINA.entry(d("2019-03-11"))).isEmpty();
  }

  @Test
  void amendingNoticesOverrideTheAnnualOne() {
    // 国办发明电〔2019〕3号: 5月1日至4日放假调休；4月28日（星期日）、5月5日（星期日）上班
    assertThat(CHINA.isStatutoryHoliday(d("2019-05-02"))).isTrue();
    assertThat(CHINA.isStatutoryHoliday(d("2019-05-04"))).isTrue();
    assertThat(CHINA.isWorkingDay(d("2019-04-28"))).isTrue();
    assertThat(CHINA.isWorkingDay(d("2019-05-05"))).isTrue();
    assertThat(CHINA.entry(d("2019-05-01")).orElseThrow().source()).isEqualTo("国办发明电〔2019〕3号");
    // 国办发明电〔2020〕1号: 春节假期延长至2月2日; 2月1日 is no longer a make-up working day
    assertThat(CHINA.isStatutoryHoliday(d("2020-01-31"))).isTrue();
    assertThat(CHINA.isStatutoryHoliday(d("2020-02-01"))).isTrue();
    assertThat(CHINA.isMakeUpWorkingDay(d("2020-02-01"))).isFalse();
    assertThat(CHINA.isWorkingDay(d("2020-02-03"))).isTrue();
    // 国发明电〔2015〕1号: 9月3日至5日调休放假，9月6日（星期日）上班
    assertThat(CHINA.isStatutoryHoliday(d("2015-09-04"))).isTrue();
    assertThat(CHINA.isWorkingDay(d("2015-09-06"))).isTrue();
  }

  @Test
  void yearEndBlocksBelongToTheNextYearsNotice() {
    assertThat(CHINA.isWorkingDay(d("2018-12-29"))).isTrue();
    assertThat(CHINA.entry(d("2018-12-31")).orElseThrow().source()).isEqualTo("国办发明电〔2018〕15号");
    assertThat(CHINA.isStatutoryHoliday(d("2022-12-31"))).isTrue();
  }

  /**
   * Every notice gives the statutory number of weekdays off (11 under the 2013 放假办法, 13 from 2025) once make-up
   * days are netted out; the 2019 and 2020 notices lose days to their amending notices, and the special notices add
   * their own.
   */
  @Test
  void eachNoticeNetsTheStatutoryNumberOfWeekdaysOff() {
    Map<String, Integer> net = new TreeMap<>();
    for (LocalDate x = d("2015-01-01"); !x.isAfter(d("2026-12-31")); x = x.plusDays(1)) {
      LocalDate day = x;
      CHINA.entry(day).ifPresent(e -> {
        int delta = e.kind() == DayKind.MAKE_UP_WORKING_DAY ? -1 : HolidayCalendar.isWeekend(day) ? 0 : 1;
        net.merge(e.source(), delta, Integer::sum);
      });
    }
    assertThat(net).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("国办发明电〔2014〕28号", 11),
        Map.entry("国发明电〔2015〕1号", 1),
        Map.entry("国办发明电〔2015〕18号", 11),
        Map.entry("国办发明电〔2016〕17号", 11),
        Map.entry("国办发明电〔2017〕12号", 11),
        Map.entry("国办发明电〔2018〕15号", 10),
        Map.entry("国办发明电〔2019〕3号", 1),
        Map.entry("国办发明电〔2019〕16号", 12),
        Map.entry("国办发明电〔2020〕1号", 1),
        Map.entry("国办发明电〔2020〕27号", 11),
        Map.entry("国办发明电〔2021〕11号", 11),
        Map.entry("国办发明电〔2022〕16号", 11),
        Map.entry("国办发明电〔2023〕7号", 11),
        Map.entry("国办发明电〔2024〕12号", 13),
        Map.entry("文号未核实", 13)));
  }

  @Test
  void everyMakeUpDayIsAWeekendAndEveryYearHasItsMainHolidays() {
    for (int y = 2015; y <= 2026; y++) {
      assertThat(CHINA.isStatutoryHoliday(LocalDate.of(y, 1, 1))).as("元旦 %d", y).isTrue();
      assertThat(CHINA.isStatutoryHoliday(LocalDate.of(y, 10, 1))).as("国庆节 %d", y).isTrue();
      assertThat(CHINA.isStatutoryHoliday(LocalDate.of(y, 5, 1))).as("劳动节 %d", y).isTrue();
    }
    for (LocalDate x = d("2015-01-01"); !x.isAfter(d("2026-12-31")); x = x.plusDays(1)) {
      if (CHINA.isMakeUpWorkingDay(x)) {
        assertThat(HolidayCalendar.isWeekend(x)).as(x.toString()).isTrue();
      }
    }
  }

  @Test
  void uncoveredYearsThrowNamingTheYear() {
    assertThatThrownBy(() -> CHINA.isWorkingDay(d("2027-01-04")))
        .isInstanceOfSatisfying(UncoveredDateException.class, e -> {
          assertThat(e.year()).isEqualTo(Year.of(2027));
          assertThat(e.date()).isEqualTo(d("2027-01-04"));
          assertThat(e.coveredYears()).isEqualTo(CHINA.coveredYears());
          assertThat(e.getMessage()).contains("2027年").contains("2015–2026");
        });
    assertThatThrownBy(() -> CHINA.isStatutoryHoliday(d("2014-10-01"))).isInstanceOf(UncoveredDateException.class);
  }

  @Test
  void weekendsOnlyCoversEverythingAndHasNoHolidays() {
    HolidayCalendar w = HolidayCalendar.weekendsOnly();
    assertThat(w.coveredYears().all()).isTrue();
    assertThat(w.covers(d("1900-01-01"))).isTrue();
    assertThat(w.isStatutoryHoliday(d("2019-10-01"))).isFalse();
    assertThat(w.isWorkingDay(d("2019-10-01"))).isTrue();
    assertThat(w.isWorkingDay(d("2019-10-12"))).isFalse();
    assertThat(w.entry(d("2019-10-01"))).isEmpty();
  }

  @Test
  void builderLayersLocalDaysOverTheBase() {
    HolidayCalendar local = HolidayCalendar.builder(CHINA)
        .name("某自治县")
        .holiday(d("2019-04-08"), d("2019-04-08"), "地方节日", "某县人民政府通知")
        .coverYear(2027)
        .holiday(d("2027-01-01"), d("2027-01-01"), "元旦", "host data")
        .ordinaryDay(d("2019-10-07"), "hypothetical")
        .build();
    assertThat(local.name()).isEqualTo("某自治县");
    assertThat(local.isStatutoryHoliday(d("2019-04-08"))).isTrue();
    assertThat(local.isStatutoryHoliday(d("2019-10-01"))).isTrue(); // from the base
    assertThat(local.isStatutoryHoliday(d("2019-10-07"))).isFalse(); // cleared
    assertThat(local.isWorkingDay(d("2019-10-07"))).isTrue();
    assertThat(local.coveredYears().toString()).isEqualTo("2015–2027");
    assertThat(local.isStatutoryHoliday(d("2027-01-01"))).isTrue();
    assertThat(local.isWorkingDay(d("2027-01-04"))).isTrue();
    assertThat(CHINA.isStatutoryHoliday(d("2019-04-08"))).isFalse(); // base untouched
  }

  @Test
  void builderRejectsAWeekdayMakeUpDayAndABackwardBlock() {
    assertThatThrownBy(() -> HolidayCalendar.builder().makeUpWorkingDay(d("2019-10-08"), "x", "y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TUESDAY");
    assertThatThrownBy(() -> HolidayCalendar.builder().holiday(d("2019-10-07"), d("2019-10-01"), "x", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyBuilderCoversNothing() {
    HolidayCalendar none = HolidayCalendar.builder().build();
    assertThat(none.coveredYears().toString()).isEqualTo("none");
    assertThatThrownBy(() -> none.isWorkingDay(d("2019-01-02"))).isInstanceOf(UncoveredDateException.class);
  }

  @Test
  void parsesTheTextFormat() {
    String text = """
        # a host's arrangement
        year 2030 某文号 some title
        off 2030-01-01 元旦        # one day
        off 2030-02-02 2030-02-08 春 节
        work 2030-01-26 春节
        """;
    HolidayCalendar c = HolidayCalendar.parse("host", new StringReader(text));
    assertThat(c.coveredYears().toString()).isEqualTo("2030");
    assertThat(c.isStatutoryHoliday(d("2030-01-01"))).isTrue();
    assertThat(c.entry(d("2030-02-05")).orElseThrow().name()).isEqualTo("春 节");
    assertThat(c.entry(d("2030-01-26")).orElseThrow().source()).isEqualTo("某文号");
  }

  @Test
  void parseNamesTheBadLine() {
    assertThatThrownBy(() -> HolidayCalendar.parse("host", new StringReader("year 2030 x\noff 2030-13-01 x\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> HolidayCalendar.parse("host", new StringReader("holiday 2030-01-01 x\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown directive");
  }
}
