package io.github.peoplecongress.benchmarks.startup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.validation.ModelValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The stages of the data binding's read one by one, in a fresh JVM: what the first read of input that the generated
 * readers decline (anything not plainly valid) costs before the diagnosis, and what valid input no longer pays:
 * {@code mapping} (the library's Jackson mapper reads the file straight into {@code CommitteeRecords}: every model
 * deserializer built), {@code validation} (the first {@code ModelValidator.validate} of the records: the validator
 * factory and the constraint metadata of every model type) and {@code consistency} (ids, references and dates).
 */
public final class ReadStagesProbe {
  private ReadStagesProbe() {}

  /**
   * Maps, validates and checks the consistency of the problem year.
   *
   * @param args  the file to read, optional
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ProbeClock clock = ProbeClock.start(System.currentTimeMillis(), System.nanoTime());
    Path file = Path.of(args.length > 0 ? args[0] : StartupHarness.PROBLEM_YEAR);

    ObjectMapper mapper = CongressJson.objectMapper();
    CommitteeRecords records = mapper.readValue(file.toFile(), CommitteeRecords.class);
    clock.phase("mapping");

    List<Problem> violations = ModelValidator.validate(records);
    clock.phase("validation");

    List<Problem> inconsistencies = records.consistencyProblems();
    clock.phase("consistency");
    clock.total("library");
    if (!violations.isEmpty() || !inconsistencies.isEmpty()) {
      throw new IllegalStateException(file + " has problems: " + violations + " " + inconsistencies);
    }
    clock.report();
  }
}
