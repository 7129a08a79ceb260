package io.github.peoplecongress.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The JSON-boundary issue's two large-set targets, as commands that write the data and then time one run (too long
 * for JMH iterations, and measured in a JVM of the stated heap):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.peoplecongress.benchmarks.LargeSets write-year 610 /tmp/big.json
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.peoplecongress.benchmarks.LargeSets read-check /tmp/big.json
 * java -cp benchmarks/target/benchmarks.jar io.github.peoplecongress.benchmarks.LargeSets write-districts 2850 /tmp/national
 * java -cp benchmarks/target/benchmarks.jar io.github.peoplecongress.benchmarks.LargeSets national /tmp/national 2
 * </pre>
 * {@code write-year} streams the example year scaled N times to one file (610 times is about a million records),
 * without holding it; {@code read-check} reads, checks and counts it and prints the times and the heap the records hold.
 * {@code write-districts} writes the example year as N different districts (each its own name and division code);
 * {@code national} reads, checks and counts every file on the given number of threads and merges the counts into one
 * national statistics.
 */
public final class LargeSets {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();
  private static final Set<String> STANDING = Set.of("span", "district", "terms", "people", "organizations",
      "deputies", "deputyGroups", "constituencies", "mailboxes");
  private static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
      "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
      "64", "65");

  private LargeSets() {}

  public static void main(String[] args) throws Exception {
    switch (args.length == 0 ? "" : args[0]) {
      case "write-year" -> writeYear(Integer.parseInt(args[1]), Path.of(args[2]));
      case "read-check" -> readAndCheck(Path.of(args[1]));
      case "write-districts" -> writeDistricts(Integer.parseInt(args[1]), Path.of(args[2]));
      case "national" -> national(Path.of(args[1]), Integer.parseInt(args[2]));
      default -> System.err.println("usage: write-year N FILE | read-check FILE | write-districts N DIR"
          + " | national DIR THREADS");
    }
  }

  private static ObjectNode exampleYear() throws IOException {
    try (InputStream in = LargeSets.class.getResourceAsStream("committee-year-2019.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    }
  }

  /** Streams the example year with every dated record repeated {@code factor} times, ids suffixed per copy. */
  static void writeYear(int factor, Path file) throws IOException {
    ObjectNode year = exampleYear();
    Set<String> yearIds = new HashSet<>();
    year.fields().forEachRemaining(field -> {
      if (!STANDING.contains(field.getKey()) && field.getValue().isArray()) {
        field.getValue().forEach(record -> yearIds.add(record.path("id").asText()));
      }
    });
    long records = 0;
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = year.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        json.writeFieldName(field.getKey());
        if (STANDING.contains(field.getKey()) || !field.getValue().isArray()) {
          json.writeTree(field.getValue());
          continue;
        }
        json.writeStartArray();
        for (int k = 0; k < factor; k++) {
          for (JsonNode record : field.getValue()) {
            json.writeTree(k == 0 ? record : ScaledYears.suffixed(record.deepCopy(), yearIds, ":" + k));
            records++;
          }
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    System.out.printf("%s: %,d dated records, %,d bytes%n", file, records, Files.size(file));
  }

  static void readAndCheck(Path file) {
    long start = System.nanoTime();
    CommitteeRecords records = ModelReader.strict().read(file, CommitteeRecords.class);
    long read = System.nanoTime();
    ComplianceReport report = checker().check(records);
    long checked = System.nanoTime();
    YearlyStatistics statistics = YearlyStatistics.of(records);
    long counted = System.nanoTime();
    System.out.printf("read %,d ms, check %,d ms (%,d findings), statistics %,d ms (%d counts); the records hold"
            + " %,d MB of a %,d MB heap%n", (read - start) / 1_000_000, (checked - read) / 1_000_000,
        report.getFindings().size(), (counted - checked) / 1_000_000, statistics.getCounts().size(),
        liveHeap(records) >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Writes the example year once per district, each with its own name and a distinct division code. */
  static void writeDistricts(int count, Path directory) throws IOException {
    ObjectNode year = exampleYear();
    Files.createDirectories(directory);
    for (int i = 0; i < count; i++) {
      ObjectNode district = (ObjectNode) year.get("district");
      int rest = i / PROVINCES.size();
      district.put("name", "第" + (i + 1) + "区");
      district.put("divisionCode",
          PROVINCES.get(i % PROVINCES.size()) + String.format("%02d%02d", rest % 10 + 1, rest / 10 + 1));
      MAPPER.writeValue(directory.resolve(String.format("district-%04d.json", i)).toFile(), year);
    }
    System.out.printf("%s: %d districts%n", directory, count);
  }

  /** Reads, checks and counts every district's year on {@code threads} threads, and merges the counts. */
  static void national(Path directory, int threads) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    ComplianceChecker checker = checker();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong findings = new AtomicLong();
    try {
      List<Future<YearlyStatistics>> parts = files.stream().map(file -> pool.submit(() -> {
        CommitteeRecords records = ModelReader.strict().read(file, CommitteeRecords.class);
        findings.addAndGet(checker.check(records).getFindings().size());
        return YearlyStatistics.of(records);
      })).toList();
      List<YearlyStatistics> counted = new ArrayList<>();
      for (Future<YearlyStatistics> part : parts) {
        counted.add(part.get());
      }
      YearlyStatistics all = counted.stream().collect(YearlyStatistics.merging()); // one pass, not a copy per merge
      long elapsed = System.nanoTime() - start;
      System.out.printf("%d committee-years read, checked and merged on %d threads in %,d ms: %d districts,"
          + " %,d findings%n", files.size(), threads, elapsed / 1_000_000, all.getDistricts().size(), findings.get());
    } finally {
      pool.shutdown();
    }
  }

  private static ComplianceChecker checker() {
    return ComplianceChecker.of(JurisdictionProfile.national())
        .withClock(Clock.fixed(Instant.parse("2020-06-30T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
  }

  /** The heap in use after a collection while the records are still reachable: what holding them costs. */
  private static long liveHeap(CommitteeRecords records) {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    Reference.reachabilityFence(records);
    return used;
  }
}
