package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.year.CommitteeYear;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.render.RenderOptions;
import io.github.peoplecongress.reporting.render.StatisticsTables;
import io.github.peoplecongress.reporting.render.WorkReportRenderer;
import io.github.peoplecongress.reporting.render.YearOverYear;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "committee-year JSON files")
  private List<Path> files;

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
    YearFiles loader = new YearFiles(out, spec.commandLine().getErr(), lenient);
    List<CommitteeYear> years = new ArrayList<>();
    files.forEach(file -> loader.load(file).ifPresent(years::add));
    if (loader.exitCode() != 0) {
      return loader.exitCode();
    }
    years.sort(Comparator.comparing(CommitteeYear::getYear));
    Language language = "en".equals(lang) ? Language.EN : Language.ZH;
    RenderOptions options = RenderOptions.builder().language(language).approximate(round).build();
    List<YearlyStatistics> statistics = new ArrayList<>();
    years.forEach(year -> statistics.add(YearlyStatistics.of(year)));
    YearlyStatistics all = statistics.stream().collect(YearlyStatistics.merging());
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
        for (int i = 0; i < years.size(); i++) {
          out.println("== " + Summary.title(years.get(i)));
          out.println(WorkReportRenderer.text(statistics.get(i), options));
        }
        if (years.size() > 1) {
          out.println("== " + ("en".equals(lang) ? "All " + years.size() + " years together" : "合计（" + years.size()
              + "个年度）"));
          out.println(WorkReportRenderer.text(all, options));
        }
    }
    return 0;
  }
}
