package io.github.peoplecongress.reporting.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.peoplecongress.model.json.CongressJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

  @Test
  void every_metric_has_labels_a_unit_and_definitions_in_both_languages() {
    for (Metric metric : Metric.values()) {
      assertThat(metric.getLabel()).as("%s label", metric).isNotBlank();
      assertThat(metric.getEnglishLabel()).as("%s English label", metric).isNotBlank();
      assertThat(metric.getDefinition()).as("%s definition", metric).isNotBlank();
      assertThat(metric.getEnglishDefinition()).as("%s English definition", metric).isNotBlank();
      assertThat(metric.getUnit()).as("%s unit", metric).isNotNull();
    }
  }

  @Test
  void rates_state_their_numerator_and_denominator() {
    for (Metric metric : Metric.values()) {
      if (metric.getMeasure() == Measure.RATE) {
        assertThat(metric.getUnit()).isEqualTo(Unit.PERCENT);
        assertThat(metric.getDefinition()).as("%s", metric).contains("分子").contains("分母");
        assertThat(metric.getEnglishDefinition()).as("%s", metric).contains("Numerator").contains("denominator");
        if (metric != Metric.LIVELIHOOD_SHARE) {
          assertThat(metric.numerator()).as("%s numerator", metric).isPresent();
          assertThat(metric.denominator()).as("%s denominator", metric).isPresent();
        }
      }
    }
  }

  @Test
  void the_metrics_md_ids_are_in_the_catalogue() {
    for (String id : List.of("SC_MEETINGS", "WORK_REPORTS_HEARD", "LAWS_INSPECTED", "LAWS_INSPECTED_WITH_HIGHER",
        "RESOLUTIONS_AND_DECISIONS", "STATE_FUNCTIONARY_APPOINTMENTS", "ASSESSOR_APPOINTMENTS", "LIVELIHOOD_SHARE",
        "SCHOOL_INVESTMENT", "SCHOOLS", "DAY_CARE_INVESTMENT", "DAY_CARE_CENTRES", "OLD_COMMUNITY_INVESTMENT",
        "OLD_COMMUNITIES", "POCKET_PARK_INVESTMENT", "POCKET_PARKS", "PROJECT_COMMANDERS", "CHIEF_SERVICE_OFFICERS",
        "LETTERS_RECEIVED", "VISITS_RECEIVED", "FORWARDED_PETITIONS", "APPRAISED_DEPARTMENTS", "DEPUTY_GROUPS",
        "MAILBOXES", "DEPUTY_ATTENDANCE_AT_MEETINGS", "DEPUTY_OVERSIGHT_PARTICIPATION", "DEPUTY_REPORTS_TO_VOTERS",
        "SUGGESTIONS_ASSIGNED", "KEY_SUGGESTIONS", "RULES_ADOPTED", "RESEARCH_REPORTS", "PUBLICITY_ARTICLES",
        "WORK_BULLETIN_ISSUES", "TERM_NUMBER")) {
      assertThat(Metric.ofId(id).getId()).isEqualTo(id);
    }
    assertThatThrownBy(() -> Metric.ofId("NOPE")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE");
  }

  @Test
  void exports_json_that_reads_back() throws Exception {
    List<MetricDefinition> read = CongressJson.objectMapper().readValue(MetricCatalogue.toJson(),
        new TypeReference<List<MetricDefinition>>() {});
    assertThat(read).isEqualTo(MetricCatalogue.definitions());
    assertThat(read.get(1).getId()).isEqualTo("SC_MEETINGS");
  }

  @Test
  void exports_markdown_in_both_languages() {
    String zh = MetricCatalogue.toMarkdown(Language.ZH);
    assertThat(zh.lines()).hasSize(Metric.values().length + 2);
    assertThat(zh).contains("| SC_MEETINGS | 召开常委会会议 | 次 |");
    assertThat(MetricCatalogue.toMarkdown(Language.EN)).contains("| DEPUTY_ATTENDANCE_AT_MEETINGS | Deputy attendances"
        + " at committee meetings | person-times |");
  }

  @Test
  void only_money_units_convert_to_yuan() {
    assertThat(Unit.HUNDRED_MILLION_YUAN.yuanPerUnit()).isEqualByComparingTo("100000000");
    assertThatThrownBy(Unit.TIMES::yuanPerUnit).isInstanceOf(IllegalStateException.class).hasMessageContaining("次");
  }
}
