package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.rules.RuleCatalogue;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: the rule catalogue, with citations and parameters per shipped profile. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Prints the rule catalogue: every rule with its citations, effective dates and parameters.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown",
      description = "output format (default: ${DEFAULT-VALUE})")
  private String format;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("json".equals(format) ? RuleCatalogue.toJson(Profiles.all())
        : RuleCatalogue.toMarkdown(Profiles.all()));
    return 0;
  }
}
