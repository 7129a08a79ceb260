package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.WorkPeriod;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --period} option: read, and checked against the records, as usage errors (exit 2). */
final class Periods {
  private Periods() {}

  /** Reads the option, or returns null when it was not given. */
  static WorkPeriod parse(CommandSpec spec, String text) {
    if (text == null) {
      return null;
    }
    try {
      return WorkPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
  }

  /** Checks that the records have the period's term, as a usage error naming the terms they have. */
  static WorkPeriod within(CommandSpec spec, WorkPeriod period, CommitteeRecords records) {
    try {
      period.resolve(records);
      return period;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period " + period + ": " + e.getMessage());
    }
  }
}
