package io.github.peoplecongress.benchmarks;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking and counting a set of records over one year and over five consecutive years (the example year's records
 * moved forward a year at a time, the standing data once), the whole span as the period: the time per dated record
 * should stay the same, so divide each score by {@link #records} of its parameter.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MultiYear}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MultiYearBenchmark {
  @Param({"1", "5"})
  public int years;

  /** The number of dated records in the set, printed at setup to turn scores into time per record. */
  public int records;

  private CommitteeRecords set;
  private WorkPeriod period;
  private ComplianceChecker checker;

  @Setup(Level.Trial)
  public void setUp() {
    set = ModelReader.strict().read(ScaledYears.example2019OverYears(years), CommitteeRecords.class, years + " years");
    DateRange span = set.getSpan();
    period = WorkPeriod.range(span);
    records = set.getMeetings().size() + set.getWorkReports().size() + set.getPersonnelActions().size()
        + set.getDeputyActivities().size() + set.getSuggestions().size() + set.getPetitions().size()
        + set.getOathCeremonies().size() + set.getDecisions().size() + set.getDocuments().size();
    System.out.println("# " + years + " years: " + records + " dated records of the main kinds, span " + span);
    checker = ComplianceChecker.of(JurisdictionProfile.national())
        .withClock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
  }

  /** Every rule of the catalogue over the whole span. */
  @Benchmark
  public ComplianceReport check() {
    return checker.check(set, period);
  }

  /** Every metric of the catalogue over the whole span. */
  @Benchmark
  public YearlyStatistics statistics() {
    return YearlyStatistics.of(set, period);
  }
}
