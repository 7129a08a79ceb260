package io.github.peoplecongress.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.examples.data.ExampleYears;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Splitting a committee's records into files over consecutive spans, at any days, and reading the files back as one
 * set gives the same findings and the same statistics as the whole: nothing counted twice, nothing lost at a cut.
 */
class RecordSetSplitProperties {
  private static final ObjectMapper JSON = CongressJson.objectMapper();
  private static final Set<String> STANDING = Set.of("span", "district", "terms", "people", "organizations",
      "deputies", "deputyGroups", "constituencies", "mailboxes");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final ComplianceChecker CHECKER = ComplianceChecker.of(Profiles.BEIJING)
      .withClock(Clock.fixed(LocalDate.of(2020, 6, 30).atStartOfDay(CHINA).toInstant(), CHINA));

  private static final CommitteeRecords WHOLE = ExampleYears.problemYear2019();
  private static final List<String> WHOLE_FINDINGS = keys(CHECKER.check(WHOLE, WorkPeriod.year(2019)));
  private static final YearlyStatistics WHOLE_STATISTICS = YearlyStatistics.of(WHOLE, WorkPeriod.year(2019));

  @TempDir
  Path dir;

  @Test
  void splitting_a_year_into_files_at_any_days_gives_the_same_findings_and_statistics() {
    qt().withExamples(25).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, cuts) -> {
      List<Path> files = split(WHOLE, new Random(seed), cuts);
      CommitteeRecords read = ModelReader.strict().readRecords(files);
      assertThat(read.getSpan()).isEqualTo(WHOLE.getSpan());
      assertThat(keys(CHECKER.check(read, WorkPeriod.year(2019)))).isEqualTo(WHOLE_FINDINGS);
      assertThat(YearlyStatistics.of(read, WorkPeriod.year(2019)).values()).isEqualTo(WHOLE_STATISTICS.values());
    });
  }

  @Test
  void the_property_can_tell_a_record_lost_at_a_cut() throws IOException {
    List<Path> files = split(WHOLE, new Random(7), 2);
    boolean removed = false;
    for (Path file : files) {
      ObjectNode tree = (ObjectNode) JSON.readTree(file.toFile());
      ArrayNode activities = tree.withArray("/deputyActivities");
      if (!removed && !activities.isEmpty()) {
        activities.remove(activities.size() - 1);
        Files.writeString(file, JSON.writeValueAsString(tree), StandardCharsets.UTF_8);
        removed = true;
      }
    }
    assertThat(removed).as("some part holds deputy activities").isTrue();
    CommitteeRecords read = ModelReader.strict().readRecords(files);
    assertThat(YearlyStatistics.of(read, WorkPeriod.year(2019)).values()).isNotEqualTo(WHOLE_STATISTICS.values());
  }

  /**
   * Writes the records as files over consecutive spans cut at random days: each dated record in the file whose span
   * holds its date (records dated outside the whole span in the first), the standing data in the first file and,
   * at random, repeated identically in others.
   */
  private List<Path> split(CommitteeRecords whole, Random random, int cuts) {
    DateRange span = whole.getSpan();
    long days = ChronoUnit.DAYS.between(span.getFrom(), span.getTo());
    TreeSet<LocalDate> starts = new TreeSet<>();
    starts.add(span.getFrom());
    for (int i = 0; i < cuts; i++) {
      starts.add(span.getFrom().plusDays(1 + (long) random.nextInt((int) days)));
    }
    List<DateRange> spans = new ArrayList<>();
    for (LocalDate start : starts) {
      LocalDate next = starts.higher(start);
      spans.add(DateRange.of(start, next == null ? span.getTo() : next.minusDays(1)));
    }
    ObjectNode tree = JSON.valueToTree(whole);
    List<ObjectNode> parts = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      ObjectNode part = JSON.createObjectNode();
      part.set("span", JSON.valueToTree(spans.get(i)));
      part.set("district", tree.get("district"));
      parts.add(part);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (name.equals("span") || name.equals("district") || !field.getValue().isArray()) {
        continue;
      }
      List<?> typed = section(whole, name);
      for (int i = 0; i < typed.size(); i++) {
        JsonNode record = field.getValue().get(i);
        if (STANDING.contains(name)) {
          parts.get(0).withArray("/" + name).add(record);
          for (int p = 1; p < parts.size(); p++) {
            if (random.nextBoolean()) {
              parts.get(p).withArray("/" + name).add(record);
            }
          }
        } else {
          parts.get(partOf(typed.get(i), spans)).withArray("/" + name).add(record);
        }
      }
    }
    List<Path> files = new ArrayList<>();
    try {
      Path here = Files.createTempDirectory(dir, "split");
      for (int i = 0; i < parts.size(); i++) {
        Path file = here.resolve("part-" + i + ".json");
        Files.writeString(file, JSON.writeValueAsString(parts.get(i)), StandardCharsets.UTF_8);
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static int partOf(Object record, List<DateRange> spans) {
    if (record instanceof Dated dated) {
      for (int p = 0; p < spans.size(); p++) {
        if (spans.get(p).contains(dated.recordDate())) {
          return p;
        }
      }
    }
    return 0;
  }

  private static List<?> section(CommitteeRecords records, String name) {
    try {
      Method getter = CommitteeRecords.class.getMethod("get" + Character.toUpperCase(name.charAt(0))
          + name.substring(1));
      return (List<?>) getter.invoke(records);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no list " + name + " in CommitteeRecords", e);
    }
  }

  private static List<String> keys(ComplianceReport report) {
    List<String> keys = new ArrayList<>();
    for (Finding finding : report.getFindings()) {
      keys.add(finding.getRuleId() + " " + finding.getSeverity() + " " + finding.getRecord());
    }
    for (Finding finding : report.getPending()) {
      keys.add(finding.getRuleId() + " PENDING " + finding.getRecord() + " " + finding.getDueDate().orElse(null));
    }
    return keys;
  }
}
