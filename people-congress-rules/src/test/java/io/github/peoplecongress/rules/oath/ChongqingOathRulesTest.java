package io.github.peoplecongress.rules.oath;

import static io.github.peoplecongress.rules.oath.OathTestData.appointment;
import static io.github.peoplecongress.rules.oath.OathTestData.ceremony;
import static io.github.peoplecongress.rules.oath.OathTestData.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.period.HolidayCalendar;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** OATH-003 (same meeting) and OATH-004 (fifteen working days), Chongqing. */
class ChongqingOathRulesTest {
  private final SameMeetingOathRule sameMeeting = new SameMeetingOathRule();
  private final OrganOathWorkingDaysRule workingDays = new OrganOathWorkingDaysRule();
  private static final LocalDate DECIDED = LocalDate.of(2019, 9, 27);
  private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

  @Test
  void same_meeting_after_letters_complies() {
    var year = year(appointment(DECIDED).letterHandedOverDate(DECIDED).build(), ceremony(DECIDED).build());
    assertThat(OathTestData.run(sameMeeting, year, "chongqing", AS_OF)).isEmpty();
  }

  @Test
  void other_meeting_is_a_violation_and_national_law_is_silent() {
    var year = year(appointment(DECIDED).letterHandedOverDate(DECIDED).build(),
        ceremony(LocalDate.of(2019, 10, 25)).build().withMeetingId(MeetingId.of("MT-16-21")));
    assertThat(OathTestData.run(sameMeeting, year, "chongqing", AS_OF)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(OathTestData.run(sameMeeting, year)).isEmpty();
  }

  @Test
  void before_letters_is_a_violation() {
    var year = year(appointment(DECIDED).letterHandedOverDate(DECIDED.plusDays(1)).build(), ceremony(DECIDED).build());
    assertThat(OathTestData.run(sameMeeting, year, "chongqing", AS_OF)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void missing_letter_date_is_cannot_tell() {
    var year = year(appointment(DECIDED).build(), ceremony(DECIDED).build());
    assertThat(OathTestData.run(sameMeeting, year, "chongqing", AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("letterHandedOverDate"));
  }

  @Test
  void chongqing_rule_starts_2018_10_01() {
    var before = year(appointment(LocalDate.of(2018, 9, 30)).build(),
        ceremony(LocalDate.of(2018, 10, 20)).build().withMeetingId(MeetingId.of("MT-X")));
    assertThat(OathTestData.run(sameMeeting, before, "chongqing", AS_OF)).isEmpty();
    var on = year(appointment(LocalDate.of(2018, 10, 1)).build(),
        ceremony(LocalDate.of(2018, 10, 20)).build().withMeetingId(MeetingId.of("MT-X")));
    assertThat(OathTestData.run(sameMeeting, on, "chongqing", AS_OF)).hasSize(1);
  }

  @Test
  void same_meeting_golden_message() {
    var year = year(appointment(DECIDED).letterHandedOverDate(DECIDED).build(),
        ceremony(LocalDate.of(2019, 10, 25)).build().withMeetingId(MeetingId.of("MT-16-21")));
    Finding finding = OathTestData.run(sameMeeting, year, "chongqing", AS_OF).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-003] 违反规定：常委会任命人员当次会议颁发任命书后宣誓（重庆市宪法宣誓实施办法（2018）第九条第二款）PersonnelAction PA-1："
            + "应当在作出任命的常委会全体会议（MT-16-20）上当场颁发任命书之后、会议闭幕之前宣誓，"
            + "实际主任会议组织的宣誓仪式OC-1于2019-10-25在MT-16-21上举行");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-003] violation: Committee appointees swear at the same plenary meeting after the letters "
            + "(Chongqing Measures Implementing the Constitutional Oath (2018) Art. 9(2)) at PersonnelAction PA-1: "
            + "expected the oath at the plenary meeting that appointed (MT-16-20), after the letters of appointment "
            + "were handed over but found ceremony OC-1 organised by the directors' meeting on 2019-10-25 at MT-16-21");
  }

  private static List<Finding> courtOath(LocalDate announced, LocalDate sworn) {
    var action = appointment(DECIDED).build().withDecidedBy(ActingBody.COURT);
    var withAnnouncement = announced == null ? action : action.withAnnouncementDate(announced);
    return OathTestData.run(new OrganOathWorkingDaysRule(),
        year(withAnnouncement, ceremony(sworn).build().withOrganiser(OathOrganiser.COURT)), "chongqing", AS_OF);
  }

  @Test
  void fifteenth_working_day_complies_sixteenth_violates() {
    // 15 working days from 2019-09-27 end on 2019-10-23 (2019-09-29 and 2019-10-12 are make-up days)
    assertThat(courtOath(DECIDED, LocalDate.of(2019, 10, 23))).isEmpty();
    assertThat(courtOath(DECIDED, LocalDate.of(2019, 10, 24))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void missing_announcement_is_cannot_tell() {
    assertThat(courtOath(null, LocalDate.of(2019, 10, 24))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("announcementDate"));
  }

  @Test
  void uncovered_calendar_is_cannot_tell() {
    var action = appointment(DECIDED).build().withDecidedBy(ActingBody.COURT).withAnnouncementDate(DECIDED);
    var court = ceremony(DECIDED.plusDays(3)).build().withOrganiser(OathOrganiser.COURT);
    RuleContext context = new RuleContext(year(action, court), OathTestData.profile("chongqing"),
        PeriodCalculator.of(HolidayCalendar.builder().build()), AS_OF);
    assertThat(workingDays.evaluate(context)).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL));
  }

  @Test
  void directors_meeting_ceremony_is_not_judged_by_working_days() {
    var year = year(appointment(DECIDED).announcementDate(DECIDED).build(), ceremony(LocalDate.of(2019, 12, 1)).build());
    assertThat(OathTestData.run(workingDays, year, "chongqing", AS_OF)).isEmpty();
  }

  @Test
  void working_days_golden_message() {
    Finding finding = courtOath(DECIDED, LocalDate.of(2019, 10, 24)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-004] 违反规定：机关组织的宣誓仪式在任命通知公布后限期举行（重庆市宪法宣誓实施办法（2018）第九条第三款）PersonnelAction PA-1："
            + "应当在2019-09-27公布任命通知之日起15个工作日内（至2019-10-23）举行宣誓仪式，实际宣誓仪式OC-1于2019-10-24举行");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-004] violation: Organ-organised ceremony within working days of the announcement (Chongqing Measures "
            + "Implementing the Constitutional Oath (2018) Art. 9(3)) at PersonnelAction PA-1: expected the ceremony "
            + "within 15 working days of the announcement on 2019-09-27 (until 2019-10-23) but found ceremony OC-1 on "
            + "2019-10-24");
  }
}
