package io.github.peoplecongress.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the command-line tool's class-data-sharing archive: at package time the build runs this class
 * once with {@code -XX:ArchiveClassesAtExit=target/people-congress.jsa}, so that the classes its commands load are
 * archived already parsed, verified and linked, and the {@code people-congress} launcher maps them instead of loading
 * them from the jar. It runs the commands a user starts with, in one JVM, on the bundled example data: {@code check}
 * of the problem year (the first verdict), then {@code validate}, {@code report} and {@code rules}. Their output goes
 * to the build's log file; their exit codes do not matter.
 */
final class StartupTraining {
  private StartupTraining() {}

  /**
   * Runs the commands.
   *
   * @param args  the directory of the example data, such as {@code examples/data}
   */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "data");
    String problemYear = data.resolve("problem-year-2019.json").toString();
    String year2019 = data.resolve("committee-year-2019.json").toString();
    if (!Files.isRegularFile(Path.of(problemYear))) {
      throw new IllegalArgumentException("no example data in " + data.toAbsolutePath());
    }
    Main.run("check", problemYear, "--jurisdiction", "beijing", "--as-of", "2020-06-30");
    Main.run("check", problemYear, "--format", "json");
    Main.run("validate", year2019);
    Main.run("report", year2019, "--period", "2019");
    Main.run("rules");
  }
}
