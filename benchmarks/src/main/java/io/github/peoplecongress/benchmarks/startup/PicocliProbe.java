package io.github.peoplecongress.benchmarks.startup;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * picocli bare, nothing of the library: {@code command-line} (a {@link CommandLine} for one small annotated command
 * with the standard help options, two options and the paths) and {@code parse} (parsing one command line). The CLI
 * pays this before it reads anything; picocli's classes are Java 5 bytecode, which a class-data-sharing archive
 * cannot hold, so this part does not shrink with the archive.
 */
public final class PicocliProbe {
  private PicocliProbe() {}

  /** A small command, shaped like the CLI's {@code check}. */
  @Command(name = "probe", mixinStandardHelpOptions = true, description = "A small command.")
  static final class Probe {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files")
    List<Path> files;

    @Option(names = "--period", paramLabel = "P", description = "a period")
    String period;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "output format")
    String format;
  }

  /**
   * Builds the command line and parses one.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    ProbeClock clock = ProbeClock.start(System.currentTimeMillis(), System.nanoTime());
    Probe probe = new Probe();
    CommandLine commandLine = new CommandLine(probe);
    clock.phase("command-line");

    commandLine.parseArgs("a.json", "b.json", "--period", "2019", "--format", "json");
    clock.phase("parse");
    clock.total("library");
    if (probe.files.size() != 2 || !probe.format.equals("json")) {
      throw new IllegalStateException("parsed " + probe.files + " " + probe.format);
    }
    clock.report();
  }
}
