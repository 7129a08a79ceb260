package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.WorkPeriod;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --period} option (a picocli mixin): read, and checked against the records, as usage errors (exit 2). */
final class PeriodOption {
  @Option(names = "--period", paramLabel = "P",
      description = "a year (2019), a term (term:16) or a range (2019-01-01..2020-06-30); "
          + "default: the latest year of the records")
  private String text;

  /** Reads the option before any file is read, so that a misspelt period fails fast; null when not given. */
  WorkPeriod parse(CommandSpec spec) {
    if (text == null) {
      return null;
    }
    try {
      return WorkPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
  }

  /** Returns the period for the records: the one given, which must be theirs, or their latest year. */
  WorkPeriod of(CommandSpec spec, WorkPeriod given, CommitteeRecords records) {
    if (given == null) {
      return WorkPeriod.latestYear(records);
    }
    try {
      given.resolve(records);
      return given;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period " + given + ": " + e.getMessage());
    }
  }
}
