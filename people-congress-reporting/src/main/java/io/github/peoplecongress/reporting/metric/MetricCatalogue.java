package io.github.peoplecongress.reporting.metric;

import io.github.peoplecongress.reporting.internal.Json;
import java.util.Arrays;
import java.util.List;

/**
 * The metric catalogue as a document: every {@link Metric} with its definition, in catalogue order, as JSON for
 * machines or as a Markdown table for the report's annex (统计口径说明).
 *
 * <pre>
 * String markdown = MetricCatalogue.toMarkdown(Language.ZH);
 * String json = MetricCatalogue.toJson();
 * </pre>
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class MetricCatalogue {

  private MetricCatalogue() {}

  /**
   * Returns the definitions of all metrics, in catalogue order.
   *
   * @return an immutable list, not null
   */
  public static List<MetricDefinition> definitions() {
    return Arrays.stream(Metric.values()).map(MetricDefinition::of).toList();
  }

  /**
   * Returns the catalogue as a JSON array of {@link MetricDefinition}, pretty-printed.
   *
   * @return the JSON text, not null
   */
  public static String toJson() {
    return Json.write(definitions());
  }

  /**
   * Returns the catalogue as a Markdown table: id, label, unit and definition, in one language.
   *
   * @param language  the language, not null
   * @return the Markdown text, ending with a newline, not null
   */
  public static String toMarkdown(Language language) {
    StringBuilder out = new StringBuilder();
    if (language == Language.ZH) {
      out.append("| 编号 | 指标 | 单位 | 口径 |\n|---|---|---|---|\n");
    } else {
      out.append("| Id | Metric | Unit | Definition |\n|---|---|---|---|\n");
    }
    for (Metric metric : Metric.values()) {
      out.append("| ").append(metric.getId())
          .append(" | ").append(cell(metric.label(language)))
          .append(" | ").append(cell(metric.getUnit().label(language)))
          .append(" | ").append(cell(metric.definition(language)))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
