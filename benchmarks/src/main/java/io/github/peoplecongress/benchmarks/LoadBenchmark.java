package io.github.peoplecongress.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Reading against the floor: {@code rawTokens} walks every token of the same bytes with a bare Jackson parser and
 * does nothing else; {@code read} is the library's whole strict read (strict bytes, the generated readers with their
 * constraints, references). {@code rawValues}, {@code references} and {@code mapOnly} show where the rest goes. The JSON-boundary issue asks for {@code read} at 50% or more of {@code rawTokens}' throughput.
 * The default scale, 30 times the example year, is about 50,000 dated records.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Load -wi 2 -i 5 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class LoadBenchmark {
  @Param({"30"})
  public int scale;

  private byte[] bytes;
  private CommitteeRecords records;
  private DateRange otherSpan;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = CongressJson.objectMapper();

  @Setup(Level.Trial)
  public void setUp() {
    bytes = ScaledYears.example2019(scale).getBytes(StandardCharsets.UTF_8);
    records = read();
    otherSpan = DateRange.of(records.getSpan().getFrom(), records.getSpan().getTo().minusDays(1));
    System.out.println("# scale " + scale + ": " + bytes.length + " bytes");
  }

  /** Every token of the document, nothing kept: the floor any reader stands on. */
  @Benchmark
  public long rawTokens() throws IOException {
    long tokens = 0;
    try (JsonParser parser = factory.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Every token and every value: each name and text made a string, each number read. No reader can go below this
   * with Jackson's parser, because Jackson decodes a string only when asked for it and the token loop never asks.
   */
  @Benchmark
  public long rawValues() throws IOException {
    long length = 0;
    try (JsonParser parser = factory.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
          length += parser.getText().length();
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          length += parser.getDecimalValue().scale();
        }
      }
    }
    return length;
  }

  /** The reference check of a read set alone: every id indexed, every reference resolved (a copy, so not cached). */
  @Benchmark
  public int references() {
    return records.withSpan(otherSpan).consistencyProblems().size();
  }

  /**
   * Jackson's mapping alone into the model, with the project's configuration: no text filter, no constraints, no
   * references. It shows what the data binding itself costs against the token loop.
   */
  @Benchmark
  public CommitteeRecords mapOnly() throws IOException {
    return mapper.readValue(bytes, CommitteeRecords.class);
  }

  /** The library's strict read of the same bytes, every stage included: the single pass, constraints, references. */
  @Benchmark
  public CommitteeRecords read() {
    return ModelReader.strict().read(bytes, CommitteeRecords.class, "scaled");
  }
}
