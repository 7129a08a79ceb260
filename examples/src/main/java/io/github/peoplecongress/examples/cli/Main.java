package io.github.peoplecongress.examples.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The people-congress command-line tool: {@code java -jar people-congress-cli.jar validate FILE…}.
 *
 * <p>Exit codes: 0 success; 1 the input has problems (or, for {@code check}, violations); 2 usage error; 3 a file
 * could not be read.
 */
@Command(name = "people-congress", mixinStandardHelpOptions = true, version = "people-congress 0.1.0",
    description = "Validates, checks and reports on committee years of a district People's Congress Standing Committee.",
    subcommands = {ValidateCommand.class, CheckCommand.class, ReportCommand.class, RulesCommand.class,
        MetricsCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the input has problems, or check found violations", "2:usage error",
        "3:a file could not be read", "4:internal error (a bug: please report it with the input)"})
public final class Main {
  /** Exit code when the input has problems or violations. */
  static final int PROBLEMS = 1;
  /**
   * Hibernate Validator announces its version through java.util.logging at INFO; a command-line tool keeps stderr for
   * errors. Held in a field because the log manager keeps loggers only weakly.
   */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  /** Exit code when the tool itself fails: a bug, reported in one paragraph instead of a stack trace. */
  static final int INTERNAL_ERROR = 4;

  /** Exit code when a file cannot be read. */
  static final int UNREADABLE = 3;

  Main() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args  the command line
   */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    System.exit(run(args));
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args  the command line
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * Returns the configured command line: usage errors exit 2 with help, an unexpected failure exits 4 with one
   * paragraph on standard error.
   *
   * @return the command line, not null
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("people-congress: internal error in '" + commandLine.getCommandName() + "': "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ". This is a bug; please report it with the command line and the input file.");
      return INTERNAL_ERROR;
    });
    return cli;
  }
}
