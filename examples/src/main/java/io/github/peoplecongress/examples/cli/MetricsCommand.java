package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.MetricCatalogue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metrics}: the metric definitions. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = "Prints the metric definitions: what is counted, which date puts a record in a year, and the "
        + "exact formula of each rate.")
final class MetricsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown",
      description = "output format (default: ${DEFAULT-VALUE})")
  private String format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language (default: zh)")
  private String lang;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("json".equals(format) ? MetricCatalogue.toJson()
        : MetricCatalogue.toMarkdown("en".equals(lang) ? Language.EN : Language.ZH));
    return 0;
  }
}
