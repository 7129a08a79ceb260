package io.github.peoplecongress.benchmarks;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * Time to read, check consistency, and check the law for committee years 1, 2, 4 and 8 times the example year: the
 * time per scale should grow linearly (an index by id, never nested loops over records).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReadAndCheck}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadAndCheckBenchmark {
  @Param({"1", "2", "4", "8"})
  public int scale;

  private String json;
  private CommitteeRecords year;
  private ComplianceChecker checker;

  @Setup(Level.Trial)
  public void setUp() {
    json = ScaledYears.example2019(scale);
    year = ModelReader.strict().read(json, CommitteeRecords.class, "scaled x" + scale);
    checker = ComplianceChecker.of(JurisdictionProfile.national())
        .withClock(Clock.fixed(Instant.parse("2020-06-30T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
  }

  /** Reading JSON with every stage: mapping, constraints, consistency. */
  @Benchmark
  public CommitteeRecords read() {
    return ModelReader.strict().read(json, CommitteeRecords.class, "scaled");
  }

  /** Referential integrity alone, on a fresh copy so that the lazily built index is not reused. */
  @Benchmark
  public List<?> consistency() {
    return ((ImmutableCommitteeRecords) year).withDocuments(new ArrayList<>(year.getDocuments())).consistencyProblems();
  }

  /** Every rule of the catalogue. */
  @Benchmark
  public ComplianceReport check() {
    return checker.check(year);
  }
}
