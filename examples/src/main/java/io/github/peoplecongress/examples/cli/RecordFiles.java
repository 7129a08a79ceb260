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

/**
 * Reads the files and directories given to a command as one committee's set of records, turning problems into
 * messages and exit codes.
 */
final class RecordFiles {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean lenient;
  private int exitCode;

  RecordFiles(PrintWriter out, PrintWriter err, boolean lenient) {
    this.out = out;
    this.err = err;
    this.lenient = lenient;
  }

  /** Reads the paths as one set; on problems prints them to stderr, records the exit code and returns empty. */
  Optional<CommitteeRecords> load(List<Path> paths) {
    try {
      ReadResult<CommitteeRecords> result = (lenient ? ModelReader.lenient() : ModelReader.strict())
          .readRecordsWithNotices(paths);
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
