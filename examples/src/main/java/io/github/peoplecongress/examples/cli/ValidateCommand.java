package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate PATH...}: reads one committee's records and lists every problem, or a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads the JSON files and directories of one committee's records as one set and lists every problem "
        + "(syntax, fields, constraints, references, files that do not fit together).")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private RecordFiles files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<CommitteeRecords> records = files.load(spec);
    records.ifPresent(r -> out.println("OK — " + Summary.of(r)));
    return files.exitCode();
  }
}
