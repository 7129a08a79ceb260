package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.render.RenderOptions;
import io.github.peoplecongress.reporting.render.StatisticsTables;
import io.github.peoplecongress.reporting.render.WorkReportRenderer;
import io.github.peoplecongress.reporting.render.YearOverYear;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.io.PrintWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report PATH... [--period P]}: the work report's numbers and sentences over a period of one committee's records. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Computes the work report's numbers over a period of one committee's records (a year, a term, a "
        + "range); the Markdown format adds a year-over-year table of the years the records hold.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private RecordFiles files;

  @Mixin
  private PeriodOption period;

  @Option(names = "--format", paramLabel = "text|markdown|csv|json", defaultValue = "text",
      description = "output format (default: ${DEFAULT-VALUE})")
  private String format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language (default: zh)")
  private String lang;

  @Option(names = "--round", description = "write counts as \"x余\" round figures (327 → 300余), as reports do")
  private boolean round;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    WorkPeriod given = period.parse(spec);
    Optional<CommitteeRecords> loaded = files.load(spec);
    if (loaded.isEmpty()) {
      return files.exitCode();
    }
    CommitteeRecords records = loaded.get();
    WorkPeriod chosen = period.of(spec, given, records);
    Language language = "en".equals(lang) ? Language.EN : Language.ZH;
    RenderOptions options = RenderOptions.builder().language(language).approximate(round).build();
    YearlyStatistics all = YearlyStatistics.of(records, chosen);
    // the years inside the period, each counted on its own, for the year-over-year table of a term or range
    List<YearlyStatistics> statistics = new ArrayList<>();
    DateRange days = chosen.resolve(records);
    // over a year: that year beside the one before, when the records hold both
    DateRange compared = chosen.getKind() != WorkPeriod.Kind.YEAR ? days
        : DateRange.of(days.getFrom().minusYears(1), days.getTo());
    compared.years().map(Year::getValue).map(WorkPeriod::year)
        .filter(year -> compared.encloses(year.resolve(records)) && records.getSpan().encloses(year.resolve(records)))
        .forEach(year -> statistics.add(YearlyStatistics.of(records, year)));
    switch (format) {
      case "markdown":
        out.println(StatisticsTables.toMarkdown(all, language));
        if (statistics.size() > 1) {
          out.println(YearOverYear.of(statistics).toMarkdown(language));
        }
        break;
      case "csv":
        out.println(StatisticsTables.toCsv(all, language));
        break;
      case "json":
        out.println(StatisticsTables.toJson(all, language));
        break;
      default:
        out.println("== " + Summary.title(records, chosen.getKind() == WorkPeriod.Kind.RANGE ? days.toString()
            : chosen.getKind() == WorkPeriod.Kind.TERM ? ("en".equals(lang) ? "term " : "第")
                + chosen.getNumber().orElseThrow() + ("en".equals(lang) ? "" : "届") : chosen.toString()));
        out.println(WorkReportRenderer.text(all, options));
    }
    return 0;
  }
}
