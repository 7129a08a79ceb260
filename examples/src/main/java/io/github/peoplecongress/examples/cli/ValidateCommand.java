package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE…}: reads committee years and lists every JSON and integrity problem, or a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads committee-year JSON files and lists every problem (syntax, fields, constraints, references).")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "JSON files and directories of one committee's records, read as one set")
  private List<Path> files;

  @Option(names = "--lenient", description = "skip unknown fields instead of rejecting them (each one is reported)")
  private boolean lenient;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RecordFiles loader = new RecordFiles(out, spec.commandLine().getErr(), lenient);
    Optional<CommitteeRecords> records = loader.load(files);
    records.ifPresent(r -> out.println("OK — " + Summary.of(r)));
    return loader.exitCode();
  }
}
