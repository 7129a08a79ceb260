package io.github.peoplecongress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.DistrictKind;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static CommitteeRecords tinyYear() {
    PersonId director = PersonId.of("P-001");
    return CommitteeRecords.builder().span(io.github.peoplecongress.model.records.DateRange.ofYear(2019))
        .district(District.builder().name("云川区").divisionCode("410105").kind(DistrictKind.CITY_DISTRICT).build())
        .addTerms(CongressTerm.builder().number(16).startDate(LocalDate.of(2015, 1, 10))
            .standingCommittee(StandingCommittee.builder().size(1)
                .addMemberships(CommitteeMembership.builder().id(MembershipId.of("M-01")).personId(director)
                    .role(CommitteeRole.DIRECTOR).startDate(LocalDate.of(2015, 1, 10)).build())
                .build())
            .build())
        .addPeople(Person.builder().id(director).name("张主任").gender(Gender.MALE).ethnicity(Ethnicity.HAN).build())
        .build();
  }

  private Path write(String name, String json) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void valid_file_exits_zero_with_a_summary() throws Exception {
    Path file = write("ok.json", CongressJson.objectMapper().writeValueAsString(tinyYear()));
    assertThat(run("validate", file.toString())).isZero();
    assertThat(out.toString()).contains("OK — 云川区 第16届 2019-01-01..2019-12-31: 1 memberships");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void broken_file_exits_one_and_lists_every_problem_without_a_stack_trace() throws Exception {
    String json = CongressJson.objectMapper().writeValueAsString(tinyYear())
        .replace("\"span\" : {", "\"colour\" : 1, \"span\" : {")
        .replace("\"startDate\" : \"2015-01-10\"", "\"startDate\" : \"2015-02-30\"");
    Path file = write("broken.json", json);
    assertThat(run("validate", file.toString())).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString()).contains("problems in " + file).contains("$.colour").contains("2015-02-30")
        .doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void missing_file_exits_three_and_says_so() {
    assertThat(run("validate", dir.resolve("nope.json").toString())).isEqualTo(Main.UNREADABLE);
    assertThat(err.toString()).contains("cannot read " + dir.resolve("nope.json") + ": no such file")
        .doesNotContain("\tat ");
  }

  @Test
  void an_invalid_identity_number_or_phone_never_reaches_the_terminal() throws Exception {
    String json = CongressJson.objectMapper().writeValueAsString(tinyYear());
    Path id = write("id.json", json.replace("\"name\" : \"张主任\",",
        "\"name\" : \"张主任\", \"idNumber\" : \"110105199003071230\","));
    Path phone = write("phone.json", json.replace("\"name\" : \"张主任\",", "\"name\" : \"张主任\", \"phone\" : \"1381234567\","));
    for (String command : new String[] {"validate", "check", "report"}) {
      err.getBuffer().setLength(0);
      out.getBuffer().setLength(0);
      assertThat(run(command, id.toString())).as(command).isEqualTo(Main.PROBLEMS);
      assertThat(run(command, phone.toString())).as(command).isEqualTo(Main.PROBLEMS);
      assertThat(err.toString()).as(command).contains("$.people[0].idNumber").contains("110105********1230")
          .contains("$.people[0].phone").contains("\"**********\"").doesNotContain("19900307")
          .doesNotContain("1381234567").doesNotContain("12345");
      assertThat(out.toString()).as(command).doesNotContain("19900307").doesNotContain("1381234567");
    }
  }

  @Test
  void usage_errors_exit_two_with_help() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter");
  }
}
