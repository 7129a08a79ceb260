package io.github.peoplecongress.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import io.github.peoplecongress.model.vote.VoteTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelReaderTest {
  private static final String VALID = "{\"id\":\"M-1\",\"title\":\"t\",\"date\":\"2019-03-02\",\"count\":2,"
      + "\"amount\":12345678901234567890.10,\"votes\":[{\"inFavor\":20,\"against\":0,\"abstain\":1}],\"children\":[]}";

  private static List<Problem> problemsOf(ModelReader reader, String json) {
    return catchThrowableOfType(InvalidInputException.class, () -> reader.read(json, Sample.class, "test.json"))
        .getProblems();
  }

  @Test
  void reads_valid_input_with_exact_decimals() {
    Sample sample = ModelReader.strict().read(VALID, Sample.class, "test.json");
    assertThat(sample.getId()).isEqualTo(MeetingId.of("M-1"));
    assertThat(sample.getAmount()).contains(new BigDecimal("12345678901234567890.10"));
    assertThat(sample.getVotes()).containsExactly(VoteTally.of(20, 0, 1, 0));
  }

  @Test
  void round_trips_through_the_configured_mapper() throws Exception {
    Sample sample = ModelReader.strict().read(VALID, Sample.class, "test.json");
    String json = CongressJson.objectMapper().writeValueAsString(sample);
    assertThat(json).contains("\"date\" : \"2019-03-02\"").contains("12345678901234567890.10")
        .doesNotContain("endDate");
    assertThat(CongressJson.objectMapper().readValue(json, Sample.class)).isEqualTo(sample);
  }

  @Test
  void reports_every_mapping_problem_with_path_record_expected_and_found() {
    String json = "{\"id\":\"M-1\",\"title\":\"t\",\"date\":\"2019-02-30\",\"count\":\"two\",\"colour\":\"red\","
        + "\"votes\":[{\"inFavor\":20,\"against\":-1,\"abstain\":1},{\"inFavor\":1}],"
        + "\"children\":[{\"id\":\"M-2\",\"title\":\"c\",\"date\":\"2019-03-02\",\"endDate\":\"2019-03-01\",\"count\":1}]}";
    List<Problem> problems = problemsOf(ModelReader.strict(), json);
    assertThat(problems).extracting(Problem::getPath).containsExactly(
        "$.date", "$.count", "$.colour", "$.votes[0]", "$.votes[1].abstain", "$.votes[1].against", "$.children[0]");
    assertThat(problems.get(0).getRecord()).isEqualTo("Sample M-1");
    assertThat(problems.get(0).getExpected()).startsWith("a date yyyy-MM-dd").contains("FEBRUARY 30");
    assertThat(problems.get(0).getFound()).isEqualTo("\"2019-02-30\"");
    assertThat(problems.get(1).getExpected()).isEqualTo("a whole number");
    assertThat(problems.get(1).getFound()).isEqualTo("\"two\"");
    assertThat(problems.get(2).getExpected()).startsWith("one of the fields of Sample [");
    assertThat(problems.get(2).getFound()).isEqualTo("unknown field \"colour\"");
    assertThat(problems.get(3).getExpected()).contains("against must not be negative, but was -1");
    assertThat(problems.get(4).getExpected()).isEqualTo("a whole number (required)");
    assertThat(problems.get(4).getFound()).isEqualTo("nothing");
    assertThat(problems.get(6).getRecord()).isEqualTo("Sample M-2");
    assertThat(problems.get(6).getExpected())
        .contains("Sample M-2: endDate 2019-03-01 must not be before date 2019-03-02");
    assertThat(problems).allMatch(p -> p.getKind() == ProblemKind.MAPPING);
  }

  @Test
  void reports_syntax_errors_with_line_and_column() {
    List<Problem> problems = problemsOf(ModelReader.strict(), "{\"id\":\"M-1\",\n\"title\": }");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.SYNTAX);
      assertThat(p.getPath()).isEqualTo("$ (line 2, column 10)");
    });
  }

  @Test
  void rejects_trailing_tokens_and_duplicate_keys() {
    assertThat(problemsOf(ModelReader.strict(), VALID + " {}")).hasSize(1);
    assertThat(problemsOf(ModelReader.strict(), "{\"id\":\"M-1\",\"id\":\"M-2\"}").get(0).getFound())
        .contains("Duplicate field 'id'");
  }

  @Test
  void rejects_oversized_strings_without_reading_them_whole() {
    String huge = "x".repeat(10 * 1024 * 1024);
    Problem problem = problemsOf(ModelReader.strict(), "{\"id\":\"M-1\",\"title\":\"" + huge + "\"}").get(0);
    assertThat(problem.getKind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.getExpected()).isEqualTo("a string of at most 100000 characters (the string-length limit)");
    assertThat(problem.getPath()).startsWith("$.title (line 1, column ");
    assertThat(problem.toString().length()).isLessThan(600);
  }

  @Test
  void reports_constraint_violations_after_mapping() {
    List<Problem> problems = problemsOf(ModelReader.strict(), VALID.replace("\"title\":\"t\"", "\"title\":\" \""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.CONSTRAINT);
      assertThat(p.getPath()).isEqualTo("$.title");
      assertThat(p.getRecord()).isEqualTo("Sample M-1");
      assertThat(p.getExpected()).isEqualTo("must not be blank");
      assertThat(p.getFound()).isEqualTo("\" \"");
    });
  }

  @Test
  void lenient_reader_skips_unknown_fields_and_says_so() {
    ReadResult<Sample> result = ModelReader.lenient().readWithNotices(
        new java.io.StringReader(VALID.replace("{\"id\"", "{\"colour\":\"red\",\"id\"")), Sample.class, "test.json");
    assertThat(result.getValue().getDate()).isEqualTo(LocalDate.of(2019, 3, 2));
    assertThat(result.getNotices()).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.NOTICE);
      assertThat(p.getPath()).isEqualTo("$.colour");
    });
  }

  @Test
  void exception_message_lists_every_problem() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read("{\"id\":\"\",\"count\":-0.5}", Sample.class, "bad.json"));
    assertThat(e.getMessage()).startsWith(e.getProblems().size() + " problems in bad.json:")
        .contains("1. $.id").contains("$.date");
  }

  @Test
  void syntax_problems_do_not_name_parser_internals() {
    assertThat(problemsOf(ModelReader.strict(), "{\"id\":\"M-1\"")).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("$ (line 1, column 12)");
      assertThat(p.getFound()).isEqualTo(
          "Unexpected end-of-input: expected close marker for Object (opened at line 1, column 1)");
    });
    assertThat(problemsOf(ModelReader.strict(), VALID + " {}").get(0).getFound())
        .isEqualTo("more content after the end of the document");
    assertThat(problemsOf(ModelReader.strict(), "[".repeat(70)).get(0).getFound())
        .isEqualTo("Document nesting depth (65) exceeds the maximum allowed (64)");
    assertThat(problemsOf(ModelReader.strict(), "{\"count\":" + "9".repeat(200) + "}").get(0).getFound())
        .isEqualTo("Number value length (200) exceeds the maximum allowed (100)");
    assertThat(problemsOf(ModelReader.strict(), "{\"count\":NaN}").get(0).getFound())
        .isEqualTo("Non-standard token 'NaN'");
  }

  @Test
  void a_null_document_is_a_problem_not_a_null_pointer() {
    assertThat(problemsOf(ModelReader.strict(), "null")).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("$");
      assertThat(p.getExpected()).isEqualTo("a Sample");
      assertThat(p.getFound()).isEqualTo("null");
    });
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.lenient().read(" null ", Sample.class, "test.json")).getProblems()).hasSize(1);
  }

  @Test
  void a_null_element_of_a_list_is_reported_at_the_element() {
    List<Problem> problems = problemsOf(ModelReader.strict(),
        VALID.replace("\"children\":[]", "\"children\":[],\"tags\":[\"a\",null]"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("$.tags[1]");
      assertThat(p.getRecord()).isEqualTo("Sample M-1");
      assertThat(p.getExpected()).isEqualTo("a string");
      assertThat(p.getFound()).isEqualTo("null");
    });
  }
}
