package io.github.peoplecongress.examples.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundled example data to {@code examples/data/}: {@value #COMMITTEE_YEAR_FILE},
 * {@value #COMMITTEE_YEAR_2020_FILE} (read together with the former) and {@value #PROBLEM_YEAR_FILE}. Run from the
 * repository root after changing the builders:
 * <pre>
 * mvn -q -pl examples compile exec:java -Dexec.mainClass=io.github.peoplecongress.examples.data.ExampleDataWriter
 * </pre>
 * or run {@code main} from an IDE with the repository root as working directory (an argument names another data
 * directory). {@code ExampleDataTest} fails while the committed files differ from what the builders produce.
 */
public final class ExampleDataWriter {
  /** The file name of the complete example year. */
  public static final String COMMITTEE_YEAR_FILE = "committee-year-2019.json";
  /** The file name of the first half of 2020, read together with {@link #COMMITTEE_YEAR_FILE}. */
  public static final String COMMITTEE_YEAR_2020_FILE = "committee-year-2020.json";
  /** The file name of the problem year. */
  public static final String PROBLEM_YEAR_FILE = "problem-year-2019.json";

  private ExampleDataWriter() {}

  /**
   * Writes the three files.
   *
   * @param args  optionally the data directory; {@code examples/data} by default
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "examples/data");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(COMMITTEE_YEAR_FILE), json(ExampleYears.committeeYear2019()),
        StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(COMMITTEE_YEAR_2020_FILE), json(ExampleYears.committeeYear2020()),
        StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(PROBLEM_YEAR_FILE), json(ExampleYears.problemYear2019()),
        StandardCharsets.UTF_8);
  }

  /**
   * Renders a year as the committed files hold it: {@link CongressJson#objectMapper()}, indented, with a final
   * newline and {@code \n} line endings.
   *
   * @param year  the year, not null
   * @return the JSON text, not null
   */
  public static String json(CommitteeRecords year) {
    ObjectMapper mapper = CongressJson.objectMapper();
    try {
      return mapper.writeValueAsString(year).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
