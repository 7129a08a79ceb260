package io.github.peoplecongress.rules.oath;

import static io.github.peoplecongress.rules.oath.OathTestData.appointment;
import static io.github.peoplecongress.rules.oath.OathTestData.ceremony;
import static io.github.peoplecongress.rules.oath.OathTestData.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OATH-009 (organiser) and OATH-011 (plenary). */
class OrganiserAndPlenaryRulesTest {
  private static final LocalDate DAY = LocalDate.of(2019, 4, 26);
  private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);
  private final OathOrganiserRule organiser = new OathOrganiserRule();
  private final PlenaryOathRule plenary = new PlenaryOathRule();

  @Test
  void directors_meeting_complies_in_beijing_and_national_law_is_silent() {
    var year = year(appointment(DAY).build(), ceremony(DAY).build().withOrganiser(OathOrganiser.GOVERNMENT));
    assertThat(OathTestData.run(organiser, year(appointment(DAY).build(), ceremony(DAY).build()), "beijing", AS_OF))
        .isEmpty();
    assertThat(OathTestData.run(organiser, year)).isEmpty();
    assertThat(OathTestData.run(organiser, year, "beijing", AS_OF)).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void judges_may_swear_before_their_court() {
    var judge = appointment(DAY).build().withStateOrgan(StateOrgan.COURT).withOrganizationId(Fixtures.COURT);
    assertThat(OathTestData.run(organiser, year(judge, ceremony(DAY).build().withOrganiser(OathOrganiser.COURT)),
        "shanghai", AS_OF)).isEmpty();
  }

  @Test
  void unrecorded_organiser_is_cannot_tell() {
    var year = year(appointment(DAY).build(), ceremony(DAY).build().withOrganiser(Optional.empty()));
    assertThat(OathTestData.run(organiser, year, "chongqing", AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("organiser"));
  }

  @Test
  void shanghai_values_start_on_2018_07_27() {
    var before = year(appointment(LocalDate.of(2018, 7, 26)).build(),
        ceremony(LocalDate.of(2018, 7, 26)).build().withOrganiser(OathOrganiser.GOVERNMENT));
    assertThat(OathTestData.run(organiser, before, "shanghai", AS_OF)).isEmpty();
    var on = year(appointment(LocalDate.of(2018, 7, 27)).build(),
        ceremony(LocalDate.of(2018, 7, 27)).build().withOrganiser(OathOrganiser.GOVERNMENT));
    assertThat(OathTestData.run(organiser, on, "shanghai", AS_OF)).hasSize(1);
  }

  @Test
  void organiser_golden_message() {
    var year = year(appointment(DAY).build(), ceremony(DAY).build().withOrganiser(OathOrganiser.GOVERNMENT));
    Finding finding = OathTestData.run(organiser, year, "shanghai", AS_OF).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-009] 违反规定：常委会任命人员宣誓仪式的组织机关（上海市实施宪法宣誓制度办法（2018）第五条第二款）PersonnelAction PA-1："
            + "应当宣誓仪式由常务委员会主任会议组织，实际宣誓仪式OC-1由人民政府组织");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-009] violation: Organiser of the committee appointees' ceremony (Shanghai Measures Implementing the "
            + "Constitutional Oath (2018) Art. 5(2)) at PersonnelAction PA-1: expected a ceremony organised by "
            + "directors meeting but found ceremony OC-1 organised by government");
  }

  private static Meeting meeting(MeetingKind kind) {
    return Meeting.builder().id(OathTestData.MEETING).kind(kind).termNumber(16).number(20).date(DAY).build();
  }

  @Test
  void shanghai_ceremony_at_a_plenary_complies_elsewhere_warns() {
    var atPlenary = Fixtures.year2019().addMeetings(meeting(MeetingKind.STANDING_COMMITTEE))
        .addOathCeremonies(ceremony(DAY).build()).build();
    assertThat(OathTestData.run(plenary, atPlenary, "shanghai", AS_OF)).isEmpty();
    var atDirectors = Fixtures.year2019().addMeetings(meeting(MeetingKind.DIRECTORS))
        .addOathCeremonies(ceremony(DAY).build()).build();
    assertThat(OathTestData.run(plenary, atDirectors, "shanghai", AS_OF)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    var nowhere = year(ceremony(DAY).build().withMeetingId(Optional.empty()));
    assertThat(OathTestData.run(plenary, nowhere, "shanghai", AS_OF)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    assertThat(OathTestData.run(plenary, nowhere, "beijing", AS_OF)).isEmpty();
  }

  @Test
  void unknown_meeting_is_cannot_tell_and_golden_message() {
    var unknown = year(ceremony(DAY).build());
    assertThat(OathTestData.run(plenary, unknown, "shanghai", AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("meetingId"));
    Finding finding = OathTestData.run(plenary, year(ceremony(DAY).build().withMeetingId(Optional.empty())),
        "shanghai", AS_OF).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-011] 提示：宣誓仪式一般在常委会全体会议上进行（上海市实施宪法宣誓制度办法（2018）第九条）OathCeremony OC-1："
            + "应当主任会议组织的宣誓仪式一般在常务委员会全体会议上进行，实际宣誓仪式未在会议上举行");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-011] warning: Ceremony normally at a committee plenary meeting (Shanghai Measures Implementing the "
            + "Constitutional Oath (2018) Art. 9) at OathCeremony OC-1: expected a ceremony of the directors' meeting "
            + "normally held at a committee plenary meeting but found a ceremony held at no meeting");
  }
}
