package io.github.peoplecongress.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.reporting.Fixtures;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {

  private static final YearlyStatistics STATS = YearlyStatistics.of(Fixtures.year2019());

  @Test
  void markdown_lists_every_metric_with_value_unit_and_fraction() {
    String markdown = StatisticsTables.toMarkdown(STATS, Language.ZH);
    assertThat(markdown.lines()).hasSize(Metric.values().length + 2);
    assertThat(markdown).contains("| SC_MEETINGS | 召开常委会会议 | 2 | 次 |  |")
        .contains("| SUGGESTION_ANSWER_RATE | 办复率 | 66.7 | % | 2/3 |")
        .contains("| SCHOOL_INVESTMENT | 新建、改扩建小学投资 | 2.3 | 亿元 |  |");
    assertThat(StatisticsTables.toMarkdown(STATS, Language.EN)).contains("| SC_MEETINGS | Standing committee meetings held | 2 | times |");
  }

  @Test
  void csv_has_a_header_and_a_row_per_metric() {
    String csv = StatisticsTables.toCsv(STATS, Language.EN);
    assertThat(csv.split("\r\n")).hasSize(Metric.values().length + 1);
    assertThat(csv).startsWith("Id,Metric,Value,Unit,Numerator/denominator\r\n")
        .contains("\r\nLIVELIHOOD_SHARE,Livelihood share of expenditure,76,%,2661000000.00/3500000000.00\r\n")
        .contains("\r\nDEPUTY_OVERSIGHT_PARTICIPATION,\"Deputy participations in inspections, visits and surveys\",5,person-times,\r\n");
  }

  @Test
  void json_holds_exact_numerators_and_denominators() throws Exception {
    JsonNode json = CongressJson.objectMapper().readTree(StatisticsTables.toJson(STATS, Language.ZH));
    assertThat(json.get("years").get(0).asInt()).isEqualTo(2019);
    JsonNode rate = json.get("metrics").findParents("id").stream()
        .filter(node -> node.get("id").asText().equals("SUGGESTION_CLOSURE_RATE")).findFirst().orElseThrow();
    assertThat(rate.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("33.3"));
    assertThat(rate.get("numerator").asLong()).isEqualTo(1);
    assertThat(rate.get("denominator").asLong()).isEqualTo(3);
  }

  @Test
  void compares_years_with_change_and_percent_change() {
    YearlyStatistics next = YearlyStatistics.of(Fixtures.standing(Year.of(2020), "X区", Fixtures.CODE).build());
    YearOverYear comparison = YearOverYear.of(List.of(next, STATS));
    assertThat(comparison.change(Metric.DEPUTY_GROUPS, 1)).contains(BigDecimal.ZERO);
    assertThat(comparison.change(Metric.SC_MEETINGS, 1)).contains(BigDecimal.valueOf(-2));
    assertThat(comparison.percentChange(Metric.SC_MEETINGS, 1)).contains(new BigDecimal("-100.0"));
    String markdown = comparison.toMarkdown(Language.ZH);
    assertThat(markdown).startsWith("| 编号 | 指标 | 单位 | 2019 | 2020 | 2020增减 | 2020增减% |")
        .contains("| SC_MEETINGS | 召开常委会会议 | 次 | 2 | 0 | -2 | -100.0% |")
        .contains("| SPECIAL_INVESTIGATIONS | 特定问题调查 | 项 | 0 | 0 | 0 | — |")
        .contains("| SUGGESTION_ANSWER_RATE | 办复率 | %（增减为百分点） | 66.7 | — | — | — |");
    assertThat(comparison.toCsv(Language.EN)).startsWith("Id,Metric,Unit,2019,2020,Change 2020,Change 2020 %\r\n");
  }

  @Test
  void a_comparison_needs_two_years() {
    assertThatThrownBy(() -> YearOverYear.of(List.of(STATS)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
  }
}
