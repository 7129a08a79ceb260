package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.json.ReadResult;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.year.CommitteeYear;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** Loads committee-year files for the commands, turning problems into messages and exit codes. */
final class YearFiles {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean lenient;
  private int exitCode;

  YearFiles(PrintWriter out, PrintWriter err, boolean lenient) {
    this.out = out;
    this.err = err;
    this.lenient = lenient;
  }

  /** Loads one file; on problems prints them to stderr, records the exit code and returns empty. */
  Optional<CommitteeYear> load(Path file) {
    try {
      ReadResult<CommitteeYear> result = (lenient ? ModelReader.lenient() : ModelReader.strict())
          .readWithNotices(file, CommitteeYear.class);
      result.getNotices().forEach(notice -> out.println(file + ": notice: " + notice));
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
