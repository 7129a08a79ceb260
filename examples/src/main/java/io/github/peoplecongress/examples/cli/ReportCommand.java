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
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report FILE…}: the work report's numbers and sentences for one year, or a roll-up of many. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Computes the annual work report's numbers. With several files: each year, the roll-up, and a "
        + "year-over-year table.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "JSON files and directories of one committee's records, read as one set")
  private List<Path> files;

  @Option(names = "--period", paramLabel = "P",
      description = "the period reported: a year (2019), a term (term:16) or a range (2019-01-01..2020-06-30); "
          + "default: the latest year of the records")
  private String period;

  @Option(names = "--format", paramLabel = "text|markdown|csv|json", defaultValue = "text",
      description = "output format (default: ${DEFAULT-VALUE})")
  private String format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language (default: zh)")
  private String lang;

  @Option(names = "--round", description = "write counts as \"x余\" round figures (327 → 300余), as reports do")
  private boolean round;

  @Option(names = "--lenient", description = "skip unknown fields instead of rejecting them (each one is reported)")
  private boolean lenient;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    WorkPeriod reported = Periods.parse(spec, period);
    RecordFiles loader = new RecordFiles(out, spec.commandLine().getErr(), lenient);
    Optional<CommitteeRecords> loaded = loader.load(files);
    if (loaded.isEmpty()) {
      return loader.exitCode();
    }
    CommitteeRecords records = loaded.get();
    WorkPeriod chosen = reported == null ? WorkPeriod.latestYear(records) : Periods.within(spec, reported, records);
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
