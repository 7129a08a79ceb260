package io.github.peoplecongress.model.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.DistrictKind;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.code.ResidentIdNumber;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Reading a committee year from JSON: a valid year loads and round-trips; each kind of broken input gives a clear and
 * complete problem list with paths, records, expectations and findings.
 */
class CommitteeRecordsReadingTest {
  private static final ObjectMapper JSON = CongressJson.objectMapper();
  private static final PersonId DIRECTOR = PersonId.of("P-001");
  private static final PersonId MEMBER = PersonId.of("P-002");

  static CommitteeRecords smallYear() {
    return CommitteeRecords.builder().span(DateRange.ofYear(2019))
        .district(District.builder().name("云川区").divisionCode("410105").kind(DistrictKind.CITY_DISTRICT).build())
        .addTerms(CongressTerm.builder().number(16).startDate(LocalDate.of(2015, 1, 10))
            .standingCommittee(StandingCommittee.builder().size(2)
                .addMemberships(membership("M-01", DIRECTOR, CommitteeRole.DIRECTOR),
                    membership("M-02", MEMBER, CommitteeRole.MEMBER))
                .build())
            .build())
        .addPeople(Person.builder().id(DIRECTOR).name("张主任").ethnicity(Ethnicity.HAN)
                .idNumber(ResidentIdNumber.of("11010519491231002X")).gender(Gender.FEMALE).build(),
            Person.builder().id(MEMBER).name("李委员").gender(Gender.MALE).ethnicity(Ethnicity.HUI).build())
        .addMeetings(meeting("SC-2019-01", 1, LocalDate.of(2019, 2, 26)),
            meeting("SC-2019-02", 2, LocalDate.of(2019, 4, 25)))
        .build();
  }

  private static CommitteeMembership membership(String id, PersonId person, CommitteeRole role) {
    return CommitteeMembership.builder().id(MembershipId.of(id)).personId(person).role(role)
        .startDate(LocalDate.of(2015, 1, 10)).build();
  }

  private static Meeting meeting(String id, int number, LocalDate date) {
    return Meeting.builder().id(MeetingId.of(id)).kind(MeetingKind.STANDING_COMMITTEE).termNumber(16).number(number)
        .date(date).chairId(DIRECTOR)
        .addAttendance(Attendance.builder().memberId(DIRECTOR).status(AttendanceStatus.PRESENT).build(),
            Attendance.builder().memberId(MEMBER).status(AttendanceStatus.PRESENT).build())
        .build();
  }

  private static List<Problem> problemsAfter(Consumer<ObjectNode> breakIt) {
    ObjectNode tree = JSON.valueToTree(smallYear());
    breakIt.accept(tree);
    return catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(tree.toString(), CommitteeRecords.class, "broken.json")).getProblems();
  }

  private static ObjectNode meeting(ObjectNode tree, int index) {
    return (ObjectNode) tree.withArray("/meetings").get(index);
  }

  @Test
  void valid_year_loads_with_no_problems_and_round_trips() throws Exception {
    CommitteeRecords year = smallYear();
    String json = JSON.writeValueAsString(year);
    assertThat(year.consistencyProblems()).isEmpty();
    assertThat(ModelReader.strict().read(json, CommitteeRecords.class, "year.json")).isEqualTo(year);
  }

  @Test
  void wrong_types_are_reported_with_expected_and_found() {
    List<Problem> problems = problemsAfter(tree -> {
      ((ObjectNode) tree.get("span")).put("from", "twenty-nineteen");
      meeting(tree, 1).put("number", "two");
    });
    assertThat(problems).extracting(Problem::getPath).containsExactly("$.span.from", "$.meetings[1].number");
    assertThat(problems.get(1).getRecord()).isEqualTo("Meeting SC-2019-02");
    assertThat(problems.get(1).getExpected()).isEqualTo("a whole number");
    assertThat(problems.get(1).getFound()).isEqualTo("\"two\"");
  }

  @Test
  void unknown_fields_are_rejected_everywhere_they_occur() {
    List<Problem> problems = problemsAfter(tree -> {
      tree.put("comment", "draft");
      meeting(tree, 0).put("venue", "3楼会议室");
    });
    // Document order: the added root field comes last in the document.
    assertThat(problems).extracting(Problem::getPath).containsExactly("$.meetings[0].venue", "$.comment");
    assertThat(problems.get(0).getFound()).isEqualTo("unknown field \"venue\"");
    assertThat(problems.get(0).getExpected()).startsWith("one of the fields of Meeting [").contains("date");
  }

  @Test
  void lenient_reading_accepts_unknown_fields_and_reports_them_as_notices() {
    ObjectNode tree = JSON.valueToTree(smallYear());
    meeting(tree, 0).put("venue", "3楼会议室");
    var result = ModelReader.lenient().readWithNotices(new java.io.StringReader(tree.toString()), CommitteeRecords.class,
        "year.json");
    assertThat(result.getValue()).isEqualTo(smallYear());
    assertThat(result.getNotices()).extracting(Problem::getPath).containsExactly("$.meetings[0].venue");
  }

  @Test
  void impossible_dates_are_reported() {
    List<Problem> problems = problemsAfter(tree -> meeting(tree, 0).put("date", "2019-02-30"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("$.meetings[0].date");
      assertThat(p.getExpected()).startsWith("a date yyyy-MM-dd").contains("Invalid date 'FEBRUARY 30'");
      assertThat(p.getFound()).isEqualTo("\"2019-02-30\"");
    });
  }

  @Test
  void negative_counts_are_reported() {
    List<Problem> problems = problemsAfter(tree -> ((ObjectNode) tree.get("terms").get(0).get("standingCommittee"))
        .put("size", -27));
    assertThat(problems).extracting(Problem::getPath).containsExactly("$.terms[0].standingCommittee.size");
    assertThat(problems.get(0).getFound()).isEqualTo("-27");
  }

  @Test
  void duplicate_ids_are_reported_with_both_places() {
    List<Problem> problems = problemsAfter(tree -> meeting(tree, 1).put("id", "SC-2019-01"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getPath()).isEqualTo("$.meetings[1].id");
      assertThat(p.getFound()).isEqualTo("\"SC-2019-01\" (also at $.meetings[0])");
    });
  }

  @Test
  void dangling_references_are_all_reported() {
    List<Problem> problems = problemsAfter(tree -> {
      ((ObjectNode) meeting(tree, 0).withArray("/attendance").get(1)).put("memberId", "P-999");
      meeting(tree, 1).put("chairId", "P-404");
    });
    assertThat(problems).extracting(Problem::getPath)
        .containsExactly("$.meetings[0].attendance[1].memberId", "$.meetings[1].chairId");
    assertThat(problems.get(0).getExpected()).isEqualTo("the id of a record in people (PersonId)");
    assertThat(problems.get(0).getFound()).isEqualTo("\"P-999\", which no record has");
    assertThat(problems.get(0).getRecord()).isEqualTo("Meeting SC-2019-01");
  }

  @Test
  void records_outside_the_span_are_kept_as_evidence() {
    ObjectNode tree = JSON.valueToTree(smallYear());
    meeting(tree, 1).put("date", "2020-01-03");
    CommitteeRecords records = ModelReader.strict().read(tree.toString(), CommitteeRecords.class, "year.json");
    assertThat(records.getMeetings().get(1).getDate()).isEqualTo(LocalDate.of(2020, 1, 3));
    assertThat(records.isCompleteOn(LocalDate.of(2020, 1, 3))).isFalse();
    assertThat(records.isCompleteOn(LocalDate.of(2019, 12, 31))).isTrue();
  }

  @Test
  void a_missing_span_is_reported_as_required() {
    List<Problem> problems = problemsAfter(tree -> tree.remove("span"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("$.span");
      assertThat(p.getFound()).isEqualTo("nothing");
    });
  }

  @Test
  void overlapping_terms_are_refused() {
    List<Problem> problems = problemsAfter(tree -> {
      ObjectNode second = ((ObjectNode) tree.withArray("/terms").get(0)).deepCopy();
      second.put("number", 17).put("startDate", "2018-01-01");
      ((ObjectNode) second.get("standingCommittee")).putArray("memberships");
      tree.withArray("/terms").add(second);
    });
    assertThat(problems).singleElement().satisfies(p ->
        assertThat(p.getExpected()).contains("term 16 (from 2015-01-10 to open) must end by the first session of "
            + "term 17 on 2018-01-01"));
  }

  @Test
  void nothing_is_silently_changed_a_fraction_is_no_whole_number_a_number_no_text_a_date_time_no_date() {
    List<Problem> problems = problemsAfter(tree -> {
      ((ObjectNode) tree.get("district")).put("population", new java.math.BigDecimal("46000.5"));
      ((ObjectNode) tree.withArray("/terms").get(0)).put("number", new java.math.BigDecimal("17.5"));
      ((ObjectNode) tree.withArray("/people").get(1)).put("name", 12345);
      meeting(tree, 0).put("date", "2019-02-26T00:00:00");
    });
    assertThat(problems).extracting(Problem::getPath).containsExactly("$.district.population", "$.terms[0].number",
        "$.people[1].name", "$.meetings[0].date");
    assertThat(problems).extracting(Problem::getFound)
        .containsExactly("46000.5", "17.5", "12345", "\"2019-02-26T00:00:00\"");
    assertThat(problems.get(0).getExpected()).startsWith("a whole number");
    assertThat(problems.get(3).getExpected()).startsWith("a date yyyy-MM-dd");
  }

  @Test
  void nesting_too_deep_names_the_nesting_limit_and_where() {
    String deep = "[".repeat(70) + "]".repeat(70);
    List<Problem> problems = problemsAfterRaw("{\"year\":\"2019\",\"totalExpenditure\":1,\"livelihoodExpenditure\":1,"
        + "\"source\":" + deep + "}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getExpected()).isEqualTo("nesting of at most 64 levels (the nesting limit)");
      assertThat(p.getPath()).startsWith("$.fiscalSummaries[0].source[0]");
    });
  }

  @Test
  void a_misplaced_close_marker_is_told_in_plain_words_with_where_the_object_opened() throws Exception {
    String json = JSON.writeValueAsString(smallYear());
    int close = json.indexOf('}');
    String broken = json.substring(0, close) + "]" + json.substring(close + 1);
    Problem problem = catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(broken, CommitteeRecords.class, "broken.json")).getProblems().get(0);
    assertThat(problem.getKind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.getFound()).startsWith("Unexpected close marker ']': expected '}' (opened at line ")
        .doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("`");
  }

  @Test
  void an_identity_number_that_lost_its_quote_is_masked_in_the_syntax_problem() throws Exception {
    ObjectNode tree = JSON.valueToTree(smallYear());
    String broken = JSON.writeValueAsString(tree).replace("\"11010519491231002X\"", "x11010519491231002X");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(broken, CommitteeRecords.class, "broken.json"));
    assertThat(e.getMessage()).contains("Unrecognized token").doesNotContain("19491231")
        .doesNotContain("11010519491231002");
  }

  @Test
  void constraint_and_reference_problems_are_reported_together() {
    List<Problem> problems = problemsAfter(tree -> {
      ((ObjectNode) tree.withArray("/people").get(0)).put("phone", "1381234567");
      meeting(tree, 1).put("chairId", "P-404");
    });
    assertThat(problems).extracting(Problem::getPath, Problem::getKind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.people[0].phone", ProblemKind.CONSTRAINT),
        org.assertj.core.groups.Tuple.tuple("$.meetings[1].chairId", ProblemKind.INTEGRITY));
  }

  @Test
  void bytes_text_and_files_read_to_the_same_value(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String json = JSON.writeValueAsString(smallYear());
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("year.json"), bytes);
    assertThat(ModelReader.strict().read(bytes, CommitteeRecords.class, "body")).isEqualTo(smallYear());
    assertThat(ModelReader.strict().read(file, CommitteeRecords.class)).isEqualTo(smallYear());
    assertThat(ModelReader.strict().readWithNotices(new java.io.StringReader(json), CommitteeRecords.class, "r")
        .getValue()).isEqualTo(smallYear());
  }

  @Test
  void a_valid_document_too_large_to_diagnose_is_read_in_the_single_pass() throws Exception {
    // a failed single pass would report a problem here rather than fall back to the tree
    String json = JSON.writeValueAsString(smallYear());
    String padded = json.substring(0, json.length() - 1) + " ".repeat(33 * 1024 * 1024) + "}";
    byte[] bytes = padded.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ModelReader.strict().read(bytes, CommitteeRecords.class, "big.json")).isEqualTo(smallYear());
  }

  @Test
  void a_document_too_large_to_diagnose_reports_its_first_problem_with_path_and_place_and_no_value()
      throws Exception {
    ObjectNode tree = JSON.valueToTree(smallYear());
    ((ObjectNode) tree.withArray("/people").get(0)).put("idNumber", 110105194912310020L);
    String json = tree.toString();
    // whitespace makes the document larger than the diagnosis holds as a tree, without records to build
    String padded = json.substring(0, json.length() - 1) + " ".repeat(33 * 1024 * 1024) + "}";
    byte[] bytes = padded.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<Problem> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20), () -> catchThrowableOfType(InvalidInputException.class,
            () -> ModelReader.strict().read(bytes, CommitteeRecords.class, "big.json")).getProblems());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.MAPPING);
      assertThat(p.getPath()).startsWith("$.people[0].idNumber (line 1, column ");
      assertThat(p.getExpected()).startsWith("a ResidentIdNumber");
      assertThat(p.getFound()).startsWith("a value that does not fit").doesNotContain("110105");
    });
  }

  @Test
  void a_bad_value_in_one_record_does_not_hide_the_constraint_problems_of_another() {
    List<Problem> problems = problemsAfter(tree -> {
      ((ObjectNode) tree.withArray("/people").get(0)).put("phone", "1381234567");
      ((ObjectNode) tree.withArray("/people").get(1)).put("gender", "UNKNOWN_VALUE");
    });
    assertThat(problems).extracting(Problem::getPath, Problem::getKind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.people[0].phone", ProblemKind.CONSTRAINT),
        org.assertj.core.groups.Tuple.tuple("$.people[1].gender", ProblemKind.MAPPING));
    assertThat(problems.get(0).getFound()).isEqualTo("\"**********\"");
  }

  @Test
  void numeric_bombs_are_refused_quickly_with_the_bound_named() {
    for (String bomb : List.of("1e999999999", "1e-999999999", "1234567890123456789012345678901")) {
      List<Problem> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(10), () -> problemsAfterRaw("{\"year\":\"2019\",\"totalExpenditure\":" + bomb
              + ",\"livelihoodExpenditure\":1}"));
      assertThat(problems).as(bomb).singleElement().satisfies(p -> {
        assertThat(p.getPath()).isEqualTo("$.fiscalSummaries[0].totalExpenditure");
        assertThat(p.getExpected()).isEqualTo("a decimal number: at most 30 digits before the point and 12 after it");
      });
    }
  }

  @Test
  void an_exponent_too_large_to_hold_is_a_syntax_problem_not_an_exception() {
    List<Problem> problems = problemsAfterRaw("{\"year\":\"2019\",\"totalExpenditure\":1e2147483648"
        + ",\"livelihoodExpenditure\":1}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.SYNTAX);
      assertThat(p.getFound()).isEqualTo("a number too large to read");
    });
  }

  /** Adds one fiscal summary, given as raw JSON text so that numbers reach the parser as written. */
  private static List<Problem> problemsAfterRaw(String fiscalSummary) {
    ObjectNode tree = JSON.valueToTree(smallYear());
    tree.putArray("fiscalSummaries");
    String json = tree.toString().replace("\"fiscalSummaries\":[]", "\"fiscalSummaries\":[" + fiscalSummary + "]");
    return catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(json, CommitteeRecords.class, "broken.json")).getProblems();
  }

  @Test
  void a_bad_id_number_check_character_is_reported_without_revealing_the_number() {
    List<Problem> problems = problemsAfter(tree -> ((ObjectNode) tree.withArray("/people").get(0))
        .put("idNumber", "110105194912310021"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("$.people[0].idNumber");
      assertThat(p.getRecord()).isEqualTo("Person P-001");
      assertThat(p.getExpected()).contains("check character");
    });
  }

  @Test
  void a_ten_megabyte_string_is_refused_with_a_short_message() {
    String huge = "长".repeat(10 * 1024 * 1024);
    List<Problem> problems = problemsAfter(tree -> ((ObjectNode) tree.withArray("/people").get(0)).put("name", huge));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.SYNTAX);
      assertThat(p.getExpected()).isEqualTo("a string of at most 100000 characters (the string-length limit)");
      assertThat(p.getPath()).startsWith("$.people[0].name (line ");
      assertThat(p.toString()).hasSizeLessThan(600);
    });
  }

  @Test
  void problems_in_many_records_are_reported_together_in_document_order() {
    List<Problem> problems = problemsAfter(tree -> {
      ((ObjectNode) tree.withArray("/people").get(1)).put("gender", "UNKNOWN_VALUE");
      ArrayNode meetings = tree.withArray("/meetings");
      ((ObjectNode) meetings.get(0)).put("date", "2019-13-01");
      ((ObjectNode) meetings.get(1)).remove("date");
    });
    assertThat(problems).extracting(Problem::getPath)
        .containsExactly("$.people[1].gender", "$.meetings[0].date", "$.meetings[1].date");
    assertThat(problems.get(0).getExpected()).startsWith("one of [");
    assertThat(problems.get(2).getExpected()).isEqualTo("a date yyyy-MM-dd (required)");
    assertThat(problems.get(2).getFound()).isEqualTo("nothing");
  }

  @Test
  void structural_invariants_are_reported_at_the_record() {
    List<Problem> problems = problemsAfter(tree -> meeting(tree, 0).put("endDate", "2019-02-01"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPath()).isEqualTo("$.meetings[0]");
      assertThat(p.getExpected()).contains("endDate 2019-02-01 must not be before date 2019-02-26");
    });
  }

  @Test
  void to_string_names_the_year_without_listing_personal_data() {
    assertThat(smallYear().toString()).isEqualTo("CommitteeRecords{云川区, 2019-01-01..2019-12-31}");
    assertThat(smallYear().getPeople().get(0).toString()).doesNotContain("11010519491231002X");
  }
}
