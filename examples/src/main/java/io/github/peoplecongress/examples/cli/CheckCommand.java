package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code check PATH... [--period P]}: the statutory findings about a period of one committee's records, each with its
 * article, and what is still pending; exits 1 when there is a violation.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks a period of a committee's records against every rule of the catalogue and lists the findings with their "
        + "articles. Exits 1 when there is a violation, so it can gate a pipeline.")
final class CheckCommand implements Callable<Integer> {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Spec
  private CommandSpec spec;

  @Mixin
  private RecordFiles files;

  @Mixin
  private PeriodOption period;

  @Option(names = "--jurisdiction", paramLabel = "P", defaultValue = "national",
      description = "jurisdiction profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
      completionCandidates = ProfileIds.class)
  private String jurisdiction;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "today's date for the check, yyyy-MM-dd: the records count as complete up to the earlier of this "
          + "day and the last day of their span (default: the real today)")
  private LocalDate asOf;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language (default: zh)")
  private String lang;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "output format")
  private String format;

  @Override
  public Integer call() {
    JurisdictionProfile profile = Profiles.byId(jurisdiction).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "unknown jurisdiction '" + jurisdiction + "'; known: "
            + Profiles.all().stream().map(JurisdictionProfile::getId).collect(Collectors.joining(", "))));
    PrintWriter out = spec.commandLine().getOut();
    WorkPeriod given = period.parse(spec);
    Optional<CommitteeRecords> loaded = files.load(spec);
    if (loaded.isEmpty()) {
      return files.exitCode();
    }
    CommitteeRecords records = loaded.get();
    DateRange span = records.getSpan();
    if (asOf != null && asOf.isBefore(span.getTo())) {
      // records known complete only up to an earlier day; a later day cannot make them more complete
      records = records.withSpan(DateRange.of(span.getFrom(), asOf.isBefore(span.getFrom()) ? span.getFrom() : asOf));
    }
    Clock clock = asOf == null ? Clock.system(CHINA) : Clock.fixed(asOf.atStartOfDay(CHINA).toInstant(), CHINA);
    ComplianceReport report = ComplianceChecker.of(profile).withClock(clock)
        .check(records, period.of(spec, given, records));
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
