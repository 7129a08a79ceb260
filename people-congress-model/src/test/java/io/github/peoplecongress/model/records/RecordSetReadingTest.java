package io.github.peoplecongress.model.records;

import static io.github.peoplecongress.model.records.CommitteeRecordsReadingTest.smallYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.json.ReadResult;
import io.github.peoplecongress.model.meeting.ImmutableMeeting;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading several files as one committee's set of records: files of consecutive periods merge into one set whose
 * references resolve across files; every way in which files do not fit together is a problem that names the files.
 */
class RecordSetReadingTest {
  private static final ObjectMapper JSON = CongressJson.objectMapper();
  private static final PersonId DIRECTOR = PersonId.of("P-001");
  private static final PersonId MEMBER = PersonId.of("P-002");
  private static final String DIRECTOR_ID_NUMBER = "11010519491231002X";
  private static final String OTHER_ID_NUMBER = "110105198001010024";
  private static final DateRange FIRST_HALF_2020 = DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30));

  @TempDir
  Path dir;

  /**
   * The first half of 2020, same district as {@link CommitteeRecordsReadingTest#smallYear()}: no standing data of its
   * own, one meeting whose chair and attendees are people defined only in the 2019 file.
   */
  private static CommitteeRecords firstHalf2020() {
    CommitteeRecords year = smallYear();
    Meeting meeting = ImmutableMeeting.copyOf(year.getMeetings().get(0)).withId(MeetingId.of("SC-2020-01"))
        .withNumber(3).withDate(LocalDate.of(2020, 2, 20));
    return CommitteeRecords.builder().span(FIRST_HALF_2020).district(year.getDistrict()).addMeetings(meeting).build();
  }

  private static ObjectNode tree(CommitteeRecords records) {
    return JSON.valueToTree(records);
  }

  private static ObjectNode tree(CommitteeRecords records, Consumer<ObjectNode> change) {
    ObjectNode tree = tree(records);
    change.accept(tree);
    return tree;
  }

  private static ObjectNode element(ObjectNode tree, String array, int index) {
    return (ObjectNode) tree.withArray("/" + array).get(index);
  }

  private static void span(ObjectNode tree, String from, String to) {
    ((ObjectNode) tree.get("span")).put("from", from).put("to", to);
  }

  private Path write(String name, ObjectNode tree) throws IOException {
    return write(name, JSON.writeValueAsString(tree));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Path write2019() throws IOException {
    return write("2019.json", tree(smallYear()));
  }

  private Path write2020() throws IOException {
    return write("2020.json", tree(firstHalf2020()));
  }

  private static InvalidInputException refusal(List<Path> paths) {
    return catchThrowableOfType(InvalidInputException.class, () -> ModelReader.strict().readRecords(paths));
  }

  private static List<Problem> problems(List<Path> paths) {
    return refusal(paths).getProblems();
  }

  @Test
  void two_files_of_consecutive_periods_are_read_as_one_set_with_references_resolved_across_files() throws Exception {
    Path y2019 = write2019();
    Path y2020 = write2020();

    ReadResult<CommitteeRecords> result = ModelReader.strict().readRecordsWithNotices(List.of(y2019, y2020));
    CommitteeRecords records = result.getValue();

    assertThat(result.getNotices()).isEmpty();
    assertThat(records.getSpan()).isEqualTo(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30)));
    assertThat(records.getDistrict()).isEqualTo(smallYear().getDistrict());
    assertThat(records.getMeetings()).extracting(Meeting::getId)
        .containsExactly(MeetingId.of("SC-2019-01"), MeetingId.of("SC-2019-02"), MeetingId.of("SC-2020-01"));
    assertThat(records.getPeople()).extracting(Person::getId).containsExactly(DIRECTOR, MEMBER);
    assertThat(records.getTerms()).extracting(CongressTerm::getNumber).containsExactly(16);
    assertThat(records.consistencyProblems()).isEmpty();
    Meeting meeting2020 = records.index().find(MeetingId.of("SC-2020-01"), Meeting.class).orElseThrow();
    assertThat(records.index().find(meeting2020.getChairId().orElseThrow(), Person.class))
        .hasValueSatisfying(chair -> assertThat(chair.getName()).isEqualTo("张主任"));
    assertThat(records.index().pathOf(MeetingId.of("SC-2020-01"))).contains("$.meetings[2]");
    assertThat(records.isCompleteOn(LocalDate.of(2020, 6, 30))).isTrue();
    assertThat(records.isCompleteOn(LocalDate.of(2020, 7, 1))).isFalse();
    assertThat(records.termOn(LocalDate.of(2020, 2, 20))).map(CongressTerm::getNumber).contains(16);
  }

  @Test
  void readRecords_returns_the_value_of_readRecordsWithNotices() throws Exception {
    List<Path> paths = List.of(write2019(), write2020());
    assertThat(ModelReader.strict().readRecords(paths))
        .isEqualTo(ModelReader.strict().readRecordsWithNotices(paths).getValue());
  }

  @Test
  void files_given_latest_first_still_cover_one_unbroken_span() throws Exception {
    Path y2019 = write2019();
    Path y2020 = write2020();

    CommitteeRecords records = ModelReader.strict().readRecords(List.of(y2020, y2019));

    assertThat(records.getSpan()).isEqualTo(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30)));
    // records stay in the order the files were given
    assertThat(records.getMeetings()).extracting(Meeting::getId)
        .containsExactly(MeetingId.of("SC-2020-01"), MeetingId.of("SC-2019-01"), MeetingId.of("SC-2019-02"));
    assertThat(records.consistencyProblems()).isEmpty();
  }

  @Test
  void a_single_file_read_as_records_is_the_file_as_written() throws Exception {
    Path y2019 = write2019();

    ReadResult<CommitteeRecords> result = ModelReader.strict().readRecordsWithNotices(List.of(y2019));

    assertThat(result.getValue()).isEqualTo(smallYear());
    assertThat(result.getValue()).isEqualTo(ModelReader.strict().read(y2019, CommitteeRecords.class));
    assertThat(result.getNotices()).isEmpty();
  }

  @Test
  void an_identical_record_in_two_files_is_kept_once_with_a_notice_naming_both_files() throws Exception {
    Path y2019 = write2019();
    // the 2020 file repeats the standing data it needs: term 16 and the member, as in the 2019 file
    Path y2020 = write("2020.json", tree(ImmutableCommitteeRecords.copyOf(firstHalf2020())
        .withTerms(smallYear().getTerms()).withPeople(smallYear().getPeople().get(1))));

    ReadResult<CommitteeRecords> result = ModelReader.strict().readRecordsWithNotices(List.of(y2019, y2020));

    assertThat(result.getValue().getTerms()).hasSize(1);
    assertThat(result.getValue().getPeople()).extracting(Person::getId).containsExactly(DIRECTOR, MEMBER);
    assertThat(result.getValue().consistencyProblems()).isEmpty();
    assertThat(result.getNotices()).hasSize(2);
    assertThat(result.getNotices()).allSatisfy(notice -> {
      assertThat(notice.getKind()).isEqualTo(ProblemKind.NOTICE);
      assertThat(notice.getSource()).isEqualTo(y2020.toString());
      assertThat(notice.getExpected()).isEqualTo("each record in one file only");
    });
    assertThat(result.getNotices()).extracting(Problem::getPath).containsExactly("$.terms[0]", "$.people[0]");
    assertThat(result.getNotices()).extracting(Problem::getRecord).containsExactly("CongressTerm 16", "Person P-002");
    assertThat(result.getNotices()).extracting(Problem::getFound).containsExactly(
        "the same record as " + y2019 + " $.terms[0], kept once",
        "the same record as " + y2019 + " $.people[1], kept once");
  }

  @Test
  void the_same_id_with_different_content_is_a_problem_naming_both_files_and_the_fields_but_not_the_values()
      throws Exception {
    Path y2019 = write2019();
    Path y2020 = write("2020.json", tree(firstHalf2020(), tree -> {
      ObjectNode director = tree(smallYear()).withArray("/people").get(0).deepCopy();
      director.put("idNumber", OTHER_ID_NUMBER).put("name", "张主任（新）");
      tree.withArray("/people").add(director);
    }));

    InvalidInputException e = refusal(List.of(y2019, y2020));

    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(y2020.toString());
      assertThat(p.getPath()).isEqualTo("$.people[0]");
      assertThat(p.getRecord()).isEqualTo("Person P-001");
      assertThat(p.getExpected())
          .isEqualTo("the same content as the record with this id in " + y2019 + " $.people[0]");
      assertThat(p.getFound()).isEqualTo("different idNumber, name");
    });
    assertThat(e.getMessage()).startsWith("1 problem in 2 files:")
        .doesNotContain(DIRECTOR_ID_NUMBER, OTHER_ID_NUMBER, "19491231", "19800101", "张主任（新）");
  }

  @Test
  void the_same_file_given_twice_is_refused_naming_the_duplicate() throws Exception {
    Path y2019 = write2019();

    List<Problem> problems = problems(List.of(y2019, y2019));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(y2019.toString());
      assertThat(p.getPath()).isEqualTo("$");
      assertThat(p.getExpected()).isEqualTo("each file once");
      assertThat(p.getFound()).isEqualTo("the same file as " + y2019 + " again; its records would be counted twice");
    });
  }

  @Test
  void the_same_file_given_again_under_another_name_is_refused_naming_both_names() throws Exception {
    Path file = write("years/2019.json", tree(smallYear()));
    Path sameFile = dir.resolve("years").resolve("..").resolve("years").resolve("2019.json");
    assertThat(sameFile.toString()).isNotEqualTo(file.toString());

    List<Problem> problems = problems(List.of(file, write2020(), sameFile));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getSource()).isEqualTo(sameFile.toString());
      assertThat(p.getFound()).isEqualTo("the same file as " + file + " again; its records would be counted twice");
    });
  }

  @Test
  void a_file_also_found_in_a_directory_given_is_refused() throws Exception {
    Path y2019 = write("years/2019.json", tree(smallYear()));

    List<Problem> problems = problems(List.of(y2019, dir.resolve("years")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getSource()).isEqualTo(dir.resolve("years").resolve("2019.json").toString());
      assertThat(p.getExpected()).isEqualTo("each file once");
      assertThat(p.getFound()).startsWith("the same file as " + y2019 + " again");
    });
  }

  @Test
  void two_files_of_the_same_district_year_are_refused_as_overlapping() throws Exception {
    Path first = write("a/2019.json", tree(smallYear()));
    Path second = write("b/2019.json", tree(smallYear()));

    List<Problem> problems = problems(List.of(first, second));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(second.toString());
      assertThat(p.getPath()).isEqualTo("$.span");
      assertThat(p.getExpected()).startsWith("a span not covered by another file (" + first
          + " covers 2019-01-01..2019-12-31)").contains("would count its records twice");
      assertThat(p.getFound()).isEqualTo("2019-01-01..2019-12-31, which overlaps 2019-01-01..2019-12-31");
    });
  }

  @Test
  void spans_that_share_some_days_are_refused_naming_both_spans() throws Exception {
    Path y2019 = write2019();
    Path later = write("2019-2020.json", tree(firstHalf2020(), tree -> span(tree, "2019-07-01", "2020-06-30")));

    List<Problem> problems = problems(List.of(later, y2019));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getSource()).isEqualTo(later.toString());
      assertThat(p.getPath()).isEqualTo("$.span");
      assertThat(p.getExpected()).contains(y2019 + " covers 2019-01-01..2019-12-31");
      assertThat(p.getFound()).isEqualTo("2019-07-01..2020-06-30, which overlaps 2019-01-01..2019-12-31");
    });
  }

  @Test
  void spans_leaving_a_gap_are_refused_naming_the_uncovered_range() throws Exception {
    Path y2019 = write2019();
    Path spring = write("2020-spring.json", tree(firstHalf2020(), tree -> span(tree, "2020-03-01", "2020-06-30")));

    List<Problem> problems = problems(List.of(y2019, spring));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(spring.toString());
      assertThat(p.getPath()).isEqualTo("$.span.from");
      assertThat(p.getExpected()).startsWith("the day after 2019-12-31, where " + y2019 + " ends");
      assertThat(p.getFound()).isEqualTo("2020-03-01, which leaves 2020-01-01..2020-02-29 uncovered");
    });
  }

  @Test
  void records_of_two_districts_are_refused_naming_both() throws Exception {
    Path y2019 = write2019();
    Path other = write("other-2020.json", tree(firstHalf2020(),
        tree -> ((ObjectNode) tree.get("district")).put("name", "中原区").put("divisionCode", "410102")));

    List<Problem> problems = problems(List.of(y2019, other));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(other.toString());
      assertThat(p.getPath()).isEqualTo("$.district.divisionCode");
      assertThat(p.getRecord()).isEqualTo("District 中原区");
      assertThat(p.getExpected()).startsWith("the records of one district, 云川区 (410105) as in " + y2019);
      assertThat(p.getFound()).isEqualTo("中原区 (410102)");
    });
  }

  @Test
  void the_same_district_described_differently_is_refused_naming_the_field() throws Exception {
    Path y2019 = write2019();
    Path renamed = write("2020.json", tree(firstHalf2020(), tree -> ((ObjectNode) tree.get("district"))
        .put("name", "云川新区")));

    List<Problem> problems = problems(List.of(y2019, renamed));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getSource()).isEqualTo(renamed.toString());
      assertThat(p.getPath()).isEqualTo("$.district");
      assertThat(p.getExpected()).isEqualTo("the same district as in " + y2019);
      assertThat(p.getFound()).isEqualTo("different name");
    });
  }

  @Test
  void terms_that_overlap_only_together_are_refused_naming_both_files() throws Exception {
    Path y2019 = write2019();
    // the 2020 file records term 17 from 2020-01-10, while the 2019 file has term 16 still running
    Path y2020 = write("2020.json", tree(ImmutableCommitteeRecords.copyOf(firstHalf2020())
        .withTerms(CongressTerm.builder().number(17).startDate(LocalDate.of(2020, 1, 10))
            .standingCommittee(StandingCommittee.builder().size(2).build()).build())));

    List<Problem> problems = problems(List.of(y2019, y2020));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(y2019 + ", " + y2020);
      assertThat(p.getPath()).isEqualTo("$.terms");
      assertThat(p.getFound()).contains("term 16 (from 2015-01-10 to open) must end by the first session of "
          + "term 17 on 2020-01-10");
    });
  }

  @Test
  void a_directory_stands_for_the_json_files_below_it_in_path_order() throws Exception {
    // path order differs from date order here: a-… (2020) comes before b-… (2019)
    Path later = write("records/a-2020.json", tree(firstHalf2020()));
    Path earlier = write("records/b-2019.json", tree(smallYear()));
    write("records/notes.txt", "not records");
    write("records/old/draft.json.bak", "{");

    CommitteeRecords records = ModelReader.strict().readRecords(List.of(dir.resolve("records")));

    assertThat(later.toString()).isLessThan(earlier.toString());
    assertThat(records.getSpan()).isEqualTo(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30)));
    assertThat(records.getMeetings()).extracting(Meeting::getId)
        .containsExactly(MeetingId.of("SC-2020-01"), MeetingId.of("SC-2019-01"), MeetingId.of("SC-2019-02"));
  }

  @Test
  void a_directory_reads_json_files_in_subdirectories_and_names_each_in_notices() throws Exception {
    Path y2019 = write("records/2019/committee.json", tree(smallYear()));
    Path y2020 = write("records/2020/committee.json", tree(ImmutableCommitteeRecords.copyOf(firstHalf2020())
        .withPeople(smallYear().getPeople().get(0))));

    ReadResult<CommitteeRecords> result = ModelReader.strict().readRecordsWithNotices(List.of(dir.resolve("records")));

    assertThat(result.getValue().getMeetings()).hasSize(3);
    assertThat(result.getNotices()).singleElement().satisfies(notice -> {
      assertThat(notice.getSource()).isEqualTo(y2020.toString());
      assertThat(notice.getPath()).isEqualTo("$.people[0]");
      assertThat(notice.getFound()).isEqualTo("the same record as " + y2019 + " $.people[0], kept once");
    });
  }

  @Test
  void an_empty_directory_is_a_problem() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    InvalidInputException e = refusal(List.of(empty));

    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(empty.toString());
      assertThat(p.getPath()).isEqualTo("$");
      assertThat(p.getExpected()).isEqualTo("a directory with .json files");
      assertThat(p.getFound()).isEqualTo("no .json file below it");
    });
    assertThat(e.getMessage()).contains(empty.toString());
  }

  @Test
  void a_directory_without_json_files_beside_a_good_file_is_still_a_problem() throws Exception {
    Path y2019 = write2019();
    Path notes = dir.resolve("notes");
    write("notes/readme.txt", "2019 and 2020");

    List<Problem> problems = problems(List.of(y2019, notes));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getSource()).isEqualTo(notes.toString());
      assertThat(p.getFound()).isEqualTo("no .json file below it");
    });
  }

  @Test
  void a_dangling_reference_in_the_second_file_is_reported_in_that_file_at_its_own_path() throws Exception {
    Path y2019 = write2019();
    Path y2020 = write("2020.json", tree(firstHalf2020(), tree -> element(tree, "meetings", 0).put("chairId", "P-404")));

    List<Problem> problems = problems(List.of(y2019, y2020));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(y2020.toString());
      assertThat(p.getPath()).isEqualTo("$.meetings[0].chairId");
      assertThat(p.getRecord()).isEqualTo("Meeting SC-2020-01");
      assertThat(p.getExpected()).isEqualTo("the id of a record in people (PersonId)");
      assertThat(p.getFound()).isEqualTo("\"P-404\", which no record has");
    });
  }

  @Test
  void dangling_references_in_both_files_are_each_reported_in_their_own_file() throws Exception {
    Path y2019 = write("2019.json", tree(smallYear(), tree -> ((ObjectNode) element(tree, "meetings", 1)
        .withArray("/attendance").get(1)).put("memberId", "P-999")));
    Path y2020 = write("2020.json", tree(firstHalf2020(), tree -> element(tree, "meetings", 0).put("chairId", "P-404")));

    List<Problem> problems = problems(List.of(y2019, y2020));

    assertThat(problems).extracting(Problem::getSource, Problem::getPath).containsExactly(
        tuple(y2019.toString(), "$.meetings[1].attendance[1].memberId"),
        tuple(y2020.toString(), "$.meetings[0].chairId"));
  }

  @Test
  void a_dangling_reference_in_a_membership_is_located_in_the_file_that_holds_the_term() throws Exception {
    Path y2019 = write("2019.json", tree(smallYear(), tree -> ((ObjectNode) tree.at("/terms/0/standingCommittee")
        .withArray("memberships").get(1)).put("personId", "P-777")));
    Path y2020 = write2020();

    List<Problem> problems = problems(List.of(y2020, y2019));

    // reported once, at the membership, and located in the 2019 file though the file is given second
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getSource()).isEqualTo(y2019.toString());
      assertThat(p.getPath()).isEqualTo("$.terms[0].standingCommittee.memberships[1].personId");
      assertThat(p.getFound()).isEqualTo("\"P-777\", which no record has");
    });
  }

  @Test
  void a_duplicate_id_in_the_first_file_is_reported_in_it_and_the_second_file_reads_cleanly() throws Exception {
    Path y2019 = write("2019.json", tree(smallYear(), tree -> element(tree, "meetings", 1).put("id", "SC-2019-01")));
    Path y2020 = write2020();

    List<Problem> problems = problems(List.of(y2019, y2020));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getSource()).isEqualTo(y2019.toString());
      assertThat(p.getPath()).isEqualTo("$.meetings[1].id");
      assertThat(p.getRecord()).isEqualTo("Meeting SC-2019-01");
      assertThat(p.getFound()).isEqualTo("\"SC-2019-01\" (also at $.meetings[0])");
    });
  }

  @Test
  void an_id_repeated_within_the_second_file_is_reported_at_that_files_own_paths() throws Exception {
    Path y2019 = write2019();
    Path y2020 = write("2020.json", tree(firstHalf2020(), tree -> {
      ObjectNode copy = element(tree, "meetings", 0).deepCopy();
      tree.withArray("/meetings").add(copy.put("number", 4).put("date", "2020-04-20"));
    }));

    List<Problem> problems = problems(List.of(y2019, y2020));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(y2020.toString());
      assertThat(p.getPath()).isEqualTo("$.meetings[1].id");
      assertThat(p.getFound()).isEqualTo("\"SC-2020-01\" (also at $.meetings[0])");
    });
  }

  @Test
  void an_id_repeated_within_the_second_file_is_reported_even_when_the_first_file_has_it_too() throws Exception {
    Path y2019 = write2019();
    Path y2020 = write("2020.json", tree(ImmutableCommitteeRecords.copyOf(firstHalf2020())
        .withPeople(smallYear().getPeople().get(1), smallYear().getPeople().get(1))));

    List<Problem> problems = problems(List.of(y2019, y2020));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEqualTo(y2020.toString());
      assertThat(p.getPath()).isEqualTo("$.people[1].id");
      assertThat(p.getRecord()).isEqualTo("Person P-002");
      assertThat(p.getFound()).isEqualTo("\"P-002\" (also at " + y2019 + " $.people[1])");
    });
  }

  @Test
  void a_syntax_error_in_one_file_and_a_mapping_error_in_another_are_reported_together() throws Exception {
    Path broken = write("2019.json", "{\"span\": {\"from\": \"2019-01-01\", ");
    Path mistyped = write("2020.json", tree(firstHalf2020(), tree -> element(tree, "meetings", 0).put("number", "three")));

    InvalidInputException e = refusal(List.of(broken, mistyped));

    assertThat(e.getProblems()).hasSize(2);
    assertThat(e.getProblems().get(0)).satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.SYNTAX);
      assertThat(p.getSource()).isEqualTo(broken.toString());
      assertThat(p.getPath()).startsWith("$ (line 1, column ");
      assertThat(p.getExpected()).isEqualTo("well-formed JSON");
    });
    assertThat(e.getProblems().get(1)).satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.MAPPING);
      assertThat(p.getSource()).isEqualTo(mistyped.toString());
      assertThat(p.getPath()).isEqualTo("$.meetings[0].number");
      assertThat(p.getRecord()).isEqualTo("Meeting SC-2020-01");
      assertThat(p.getExpected()).isEqualTo("a whole number");
      assertThat(p.getFound()).isEqualTo("\"three\"");
    });
    assertThat(e.getMessage()).startsWith("2 problems in 2 files:")
        .contains(broken + " $ (line 1", mistyped + " $.meetings[0].number");
  }

  @Test
  void a_constraint_violation_in_one_file_names_that_file() throws Exception {
    Path y2019 = write2019();
    Path y2020 = write("2020.json", tree(firstHalf2020(), tree -> ((ObjectNode) tree.get("district"))
        .put("divisionCode", "990105")));

    List<Problem> problems = problems(List.of(y2019, y2020));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.CONSTRAINT);
      assertThat(p.getSource()).isEqualTo(y2020.toString());
      assertThat(p.getPath()).isEqualTo("$.district.divisionCode");
    });
  }

  @Test
  void a_single_file_read_as_records_reports_problems_with_an_empty_source() throws Exception {
    Path y2019 = write("2019.json", tree(smallYear(), tree -> element(tree, "meetings", 1).put("chairId", "P-404")));

    InvalidInputException e = refusal(List.of(y2019));

    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.INTEGRITY);
      assertThat(p.getSource()).isEmpty();
      assertThat(p.getPath()).isEqualTo("$.meetings[1].chairId");
      assertThat(p.getRecord()).isEqualTo("Meeting SC-2019-02");
    });
    assertThat(e.getMessage()).startsWith("1 problem in " + y2019 + ":");
  }

  @Test
  void a_single_file_with_a_mapping_error_reports_it_with_an_empty_source() throws Exception {
    Path y2019 = write("2019.json", tree(smallYear(), tree -> element(tree, "meetings", 0).put("date", "2019-02-30")));

    List<Problem> problems = problems(List.of(y2019));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.MAPPING);
      assertThat(p.getSource()).isEmpty();
      assertThat(p.getPath()).isEqualTo("$.meetings[0].date");
    });
  }

  @Test
  void lenient_reading_names_the_file_of_each_skipped_field_when_several_files_are_read() throws Exception {
    Path y2019 = write2019();
    Path y2020 = write("2020.json", tree(firstHalf2020(), tree -> element(tree, "meetings", 0).put("venue", "3楼")));

    ReadResult<CommitteeRecords> result = ModelReader.lenient().readRecordsWithNotices(List.of(y2019, y2020));

    assertThat(result.getValue().getMeetings()).hasSize(3);
    assertThat(result.getNotices()).singleElement().satisfies(notice -> {
      assertThat(notice.getKind()).isEqualTo(ProblemKind.NOTICE);
      assertThat(notice.getSource()).isEqualTo(y2020.toString());
      assertThat(notice.getPath()).isEqualTo("$.meetings[0].venue");
      assertThat(notice.getFound()).isEqualTo("unknown field \"venue\"");
    });
  }

  @Test
  void lenient_reading_of_a_single_file_gives_notices_with_an_empty_source() throws Exception {
    Path y2019 = write("2019.json", tree(smallYear(), tree -> element(tree, "meetings", 1).put("venue", "3楼")));

    ReadResult<CommitteeRecords> result = ModelReader.lenient().readRecordsWithNotices(List.of(y2019));

    assertThat(result.getValue()).isEqualTo(smallYear());
    assertThat(result.getNotices()).singleElement().satisfies(notice -> {
      assertThat(notice.getSource()).isEmpty();
      assertThat(notice.getPath()).isEqualTo("$.meetings[1].venue");
    });
  }

  @Test
  void a_missing_file_is_an_io_error_naming_it() {
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> ModelReader.strict().readRecords(List.of(missing)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }

  @Test
  void no_path_at_all_is_refused() {
    assertThatThrownBy(() -> ModelReader.strict().readRecords(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no file to read");
  }
}
