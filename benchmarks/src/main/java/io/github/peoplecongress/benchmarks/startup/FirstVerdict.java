package io.github.peoplecongress.benchmarks.startup;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The first verdict in a fresh JVM, as {@code people-congress check FILE --jurisdiction beijing --as-of 2020-06-30}
 * reaches it: {@code read} (the strict reader on one file: JSON, mapping, constraints, consistency), {@code check}
 * (every rule under the Beijing profile, as of 2020-06-30) and {@code render} (the findings' Chinese text). The
 * library time is read and check; render is reported apart and in {@code verdict}.
 *
 * <p>Run by {@link StartupHarness}; alone: {@code java -cp benchmarks.jar
 * io.github.peoplecongress.benchmarks.startup.FirstVerdict [FILE]} (default
 * {@code examples/data/problem-year-2019.json}).
 */
public final class FirstVerdict {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDate AS_OF = LocalDate.of(2020, 6, 30);

  private FirstVerdict() {}

  /**
   * Reads, checks and renders the problem year and prints the phases' milliseconds.
   *
   * @param args  the file to read, optional
   */
  public static void main(String[] args) {
    ProbeClock clock = ProbeClock.start(System.currentTimeMillis(), System.nanoTime());
    Path file = Path.of(args.length > 0 ? args[0] : StartupHarness.PROBLEM_YEAR);

    CommitteeRecords records = ModelReader.strict().readRecords(List.of(file));
    clock.phase("read");

    DateRange span = records.getSpan();
    if (AS_OF.isBefore(span.getTo())) {
      records = records.withSpan(DateRange.of(span.getFrom(), AS_OF.isBefore(span.getFrom()) ? span.getFrom() : AS_OF));
    }
    ComplianceReport report = ComplianceChecker.of(Profiles.BEIJING)
        .withClock(Clock.fixed(AS_OF.atStartOfDay(CHINA).toInstant(), CHINA))
        .check(records, WorkPeriod.latestYear(records));
    clock.phase("check");
    clock.total("library");

    String text = report.render(Locale.SIMPLIFIED_CHINESE);
    clock.phase("render");
    clock.total("verdict");
    if (text.isEmpty() || report.getFindings().isEmpty()) {
      throw new IllegalStateException("the problem year should have findings; got none from " + file);
    }
    clock.report();
  }
}
