package io.github.peoplecongress.benchmarks;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
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
 * Time to compute the yearly statistics for years 1, 2, 4 and 8 times the example year: one pass, so linear.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Statistics}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatisticsBenchmark {
  @Param({"1", "2", "4", "8"})
  public int scale;

  private CommitteeRecords year;

  @Setup(Level.Trial)
  public void setUp() {
    year = ModelReader.strict().read(ScaledYears.example2019(scale), CommitteeRecords.class, "scaled x" + scale);
  }

  /** Every metric of the catalogue over one (scaled) year. */
  @Benchmark
  public YearlyStatistics statistics() {
    return YearlyStatistics.of(year);
  }
}
