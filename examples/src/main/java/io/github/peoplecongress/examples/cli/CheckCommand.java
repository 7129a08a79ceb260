package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.year.CommitteeYear;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code check FILE}: the statutory findings, each with its article; exits 1 when there is a violation. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks a committee year against every rule of the catalogue and lists the findings with their "
        + "articles. Exits 1 when there is a violation, so it can gate a pipeline.")
final class CheckCommand implements Callable<Integer> {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "a committee-year JSON file")
  private Path file;

  @Option(names = "--jurisdiction", paramLabel = "P", defaultValue = "national",
      description = "jurisdiction profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
      completionCandidates = ProfileIds.class)
  private String jurisdiction;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "the date up to which the records are complete, yyyy-MM-dd (default: today)")
  private LocalDate asOf;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language (default: zh)")
  private String lang;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "output format")
  private String format;

  @Option(names = "--lenient", description = "skip unknown fields instead of rejecting them (each one is reported)")
  private boolean lenient;

  @Override
  public Integer call() {
    JurisdictionProfile profile = Profiles.byId(jurisdiction).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "unknown jurisdiction '" + jurisdiction + "'; known: "
            + Profiles.all().stream().map(JurisdictionProfile::getId).collect(Collectors.joining(", "))));
    PrintWriter out = spec.commandLine().getOut();
    YearFiles loader = new YearFiles(out, spec.commandLine().getErr(), lenient);
    Optional<CommitteeYear> year = loader.load(file);
    if (year.isEmpty()) {
      return loader.exitCode();
    }
    Clock clock = asOf == null ? Clock.system(CHINA) : Clock.fixed(asOf.atStartOfDay(CHINA).toInstant(), CHINA);
    ComplianceReport report = ComplianceChecker.of(profile).withClock(clock).check(year.get());
    out.println("json".equals(format) ? report.toJson()
        : report.render("en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
    return report.hasNoViolations() ? 0 : Main.PROBLEMS;
  }

  /** The shipped profile ids, for help and completion. */
  static final class ProfileIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Profiles.all().stream().map(JurisdictionProfile::getId).iterator();
    }
  }
}
