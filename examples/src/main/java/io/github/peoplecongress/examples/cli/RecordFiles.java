package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.json.ReadResult;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The files and directories a command reads as one committee's set of records, with {@code --lenient} (a picocli
 * mixin); turns problems into messages on standard error and exit codes.
 */
final class RecordFiles {
  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "JSON files and directories of one committee's records, read as one set")
  private List<Path> files;

  @Option(names = "--lenient", description = "skip unknown fields instead of rejecting them (each one is reported)")
  private boolean lenient;

  private int exitCode;

  /** Reads the paths as one set; on problems prints them to stderr, records the exit code and returns empty. */
  Optional<CommitteeRecords> load(CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ReadResult<CommitteeRecords> result = (lenient ? ModelReader.lenient() : ModelReader.strict())
          .readRecordsWithNotices(files);
      result.getNotices().forEach(notice -> out.println("notice: " + notice));
      return Optional.of(result.getValue());
    } catch (InvalidInputException e) {
      err.println(e.getMessage());
      exitCode = Math.max(exitCode, Main.PROBLEMS);
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      exitCode = Math.max(exitCode, Main.UNREADABLE);
    }
    return Optional.empty();
  }

  /** The worst exit code so far: 0, {@link Main#PROBLEMS} or {@link Main#UNREADABLE}. */
  int exitCode() {
    return exitCode;
  }
}
