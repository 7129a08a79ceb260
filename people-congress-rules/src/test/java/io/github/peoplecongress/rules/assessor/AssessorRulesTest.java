package io.github.peoplecongress.rules.assessor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.AssessorQuota;
import io.github.peoplecongress.model.personnel.ImmutablePersonnelAction;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.personnel.ProposingAuthority;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessorRulesTest {
  private static final PersonId ASSESSOR = PersonId.of("P-200");
  private static final LocalDate DAY = LocalDate.of(2019, 5, 6);

  private static Person person(LocalDate birth, EducationLevel level) {
    var b = Person.builder().id(ASSESSOR).name("陪审员甲").gender(Gender.FEMALE).ethnicity(Ethnicity.HAN);
    if (birth != null) {
      b.birthDate(birth);
    }
    if (level != null) {
      b.educationLevel(level);
    }
    return b.build();
  }

  private static ImmutablePersonnelAction appointment(LocalDate date) {
    return PersonnelAction.builder().id(PersonnelActionId.of("PA-9")).personId(ASSESSOR)
        .kind(PersonnelActionKind.APPOINTMENT).postCategory(PostCategory.PEOPLES_ASSESSOR).postTitle("区人民法院人民陪审员")
        .organizationId(Fixtures.COURT).decidedBy(ActingBody.STANDING_COMMITTEE)
        .proposedBy(ProposingAuthority.COURT_PRESIDENT).decisionDate(date).build();
  }

  private static CommitteeRecords year(Person person, PersonnelAction... actions) {
    return Fixtures.year2019().addPeople(person).addPersonnelActions(actions).build();
  }

  private static List<Finding> run(Rule rule, CommitteeRecords year) {
    return rule.evaluate(Fixtures.context(year));
  }

  // ASSR-001

  @Test
  void age_boundary_default_reading_day_after_birthday() {
    AssessorAgeRule rule = new AssessorAgeRule();
    LocalDate birth = LocalDate.of(1991, 5, 6); // 28th birthday 2019-05-06
    assertThat(run(rule, year(person(birth, null), appointment(DAY.plusDays(1))))).isEmpty();
    assertThat(run(rule, year(person(birth, null), appointment(DAY)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void age_on_birthday_reading() {
    AssessorAgeRule rule = new AssessorAgeRule();
    JurisdictionProfile onBirthday = JurisdictionProfile.builder("x", "x", "x").set(AssessorParameters.AGE_READING,
        DatedSeries.of(LocalDate.of(2018, 4, 27), AgeReading.ON_BIRTHDAY, "test")).build();
    var year = year(person(LocalDate.of(1991, 5, 6), null), appointment(DAY));
    assertThat(rule.evaluate(Fixtures.context(year, onBirthday, LocalDate.of(2019, 12, 31)))).isEmpty();
    var early = year(person(LocalDate.of(1991, 5, 6), null), appointment(DAY.minusDays(1)));
    assertThat(rule.evaluate(Fixtures.context(early, onBirthday, LocalDate.of(2019, 12, 31)))).hasSize(1);
  }

  @Test
  void age_law_in_force_from_2018_04_27_and_missing_birth_date() {
    AssessorAgeRule rule = new AssessorAgeRule();
    var young = person(LocalDate.of(2000, 1, 1), null);
    assertThat(run(rule, year(young, appointment(LocalDate.of(2018, 4, 26))))).isEmpty();
    assertThat(run(rule, year(young, appointment(LocalDate.of(2018, 4, 27))))).hasSize(1);
    assertThat(run(rule, year(person(null, null), appointment(DAY)))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("birthDate"));
  }

  @Test
  void age_golden_message() {
    Finding finding = run(new AssessorAgeRule(), year(person(LocalDate.of(1991, 5, 6), null), appointment(DAY))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-001] 违反规定：人民陪审员年满二十八周岁（人民陪审员法（2018）第五条第一款）PersonnelAction PA-9："
            + "应当任命时（2019-05-06）年满28周岁（周岁生日的第二天起算，自2019-05-07起），实际出生于1991-05-06，任命时未满28周岁");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-001] violation: People's assessor aged at least 28 (People's Assessors Law (2018) Art. 5(1)) at "
            + "PersonnelAction PA-9: expected aged 28 full years on the appointment date 2019-05-06 (reached on "
            + "2019-05-07) but found born on 1991-05-06, under 28 on the appointment date");
  }

  // ASSR-002

  @Test
  void education() {
    AssessorEducationRule rule = new AssessorEducationRule();
    assertThat(run(rule, year(person(null, EducationLevel.SENIOR_HIGH_SCHOOL), appointment(DAY)))).isEmpty();
    assertThat(run(rule, year(person(null, EducationLevel.JUNIOR_HIGH_SCHOOL), appointment(DAY)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    assertThat(run(rule, year(person(null, null), appointment(DAY)))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("educationLevel"));
    assertThat(run(rule, year(person(null, EducationLevel.JUNIOR_HIGH_SCHOOL), appointment(LocalDate.of(2018, 4,
        26))))).isEmpty();
    Finding finding = run(rule, year(person(null, EducationLevel.JUNIOR_HIGH_SCHOOL), appointment(DAY))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-002] 提示：人民陪审员一般应当具有高中以上文化程度（人民陪审员法（2018）第五条第二款）PersonnelAction PA-9："
            + "应当具有高中以上文化程度，实际文化程度为初级中学教育");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-002] warning: People's assessor normally with senior-secondary education (People's Assessors Law "
            + "(2018) Art. 5(2)) at PersonnelAction PA-9: expected a senior-secondary education or above but found "
            + "education junior high school");
  }

  // ASSR-003

  @Test
  void committee_member_is_ineligible_while_in_office() {
    AssessorIncompatibleOfficeRule rule = new AssessorIncompatibleOfficeRule();
    var member = appointment(DAY).withPersonId(Fixtures.member(10));
    var year = Fixtures.year2019().addPersonnelActions(member).build();
    List<Finding> findings = run(rule, year);
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(run(rule, year(person(null, null), appointment(DAY)))).isEmpty();
    assertThat(run(rule, Fixtures.year2019().addPersonnelActions(member.withDecisionDate(LocalDate.of(2018, 4, 26)))
        .build())).isEmpty();
    assertThat(findings.get(0).describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-003] 违反规定：常委会组成人员不得担任人民陪审员（人民陪审员法（2018）第六条）PersonnelAction PA-9："
            + "应当人民陪审员不由常务委员会组成人员担任，实际2019-05-06任命时为常务委员会委员（M-010）");
    assertThat(findings.get(0).describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-003] violation: Committee members may not be people's assessors (People's Assessors Law (2018) Art. 6) "
            + "at PersonnelAction PA-9: expected an assessor who is not a member of the standing committee but found "
            + "a committee member on 2019-05-06 (M-010)");
  }

  // ASSR-004

  private static CommitteeRecords quotaYear(int quota, Integer judges) {
    var b = AssessorQuota.builder().courtId(Fixtures.COURT).quota(quota).decisionDate(DAY).meetingId(MeetingId.of("MT-1"));
    if (judges != null) {
      b.judgeCount(judges);
    }
    return Fixtures.year2019().addAssessorQuotas(b.build()).build();
  }

  @Test
  void quota_boundary_three_times() {
    AssessorQuotaRule rule = new AssessorQuotaRule();
    assertThat(run(rule, quotaYear(144, 48))).isEmpty();
    assertThat(run(rule, quotaYear(143, 48))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
    assertThat(run(rule, quotaYear(143, null))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("judgeCount"));
    Finding finding = run(rule, quotaYear(143, 48)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-004] 违反规定：人民陪审员名额不低于法官数的三倍（人民陪审员法（2018）第八条第二款）AssessorQuota ORG-COURT 2019-05-06："
            + "应当名额数不低于法官数48名的3倍（144名），实际名额143名");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-004] violation: Assessor quota at least three times the judges (People's Assessors Law (2018) Art. "
            + "8(2)) at AssessorQuota ORG-COURT 2019-05-06: expected a quota of at least 3 times the 48 judges (144) but "
            + "found a quota of 143");
  }

  // ASSR-005

  @Test
  void request_by_the_court_president() {
    AssessorRequestRule rule = new AssessorRequestRule();
    assertThat(run(rule, year(person(null, null), appointment(DAY)))).isEmpty();
    assertThat(run(rule, year(person(null, null), appointment(DAY).withProposedBy(ProposingAuthority.GOVERNMENT_HEAD))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(run(rule, year(person(null, null), appointment(DAY).withDecidedBy(ActingBody.COURT))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(run(rule, year(person(null, null), appointment(DAY).withProposedBy(Optional.empty()))))
        .singleElement().satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("proposedBy"));
    Finding finding = run(rule, year(person(null, null), appointment(DAY)
        .withProposedBy(ProposingAuthority.GOVERNMENT_HEAD))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-005] 违反规定：人民陪审员由法院院长提请常委会任命（人民陪审员法（2018）第十条）PersonnelAction PA-9："
            + "应当由人民法院院长提请常务委员会任命，实际由区长提请");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-005] violation: Assessors appointed by the committee on the court president's request (People's "
            + "Assessors Law (2018) Art. 10) at PersonnelAction PA-9: expected an appointment by the standing committee "
            + "on the court president's request but found requested by government head");
  }

  // ASSR-006

  @Test
  void reappointment_warns() {
    AssessorReappointmentRule rule = new AssessorReappointmentRule();
    var first = appointment(LocalDate.of(2019, 1, 10));
    var second = appointment(DAY).withId(PersonnelActionId.of("PA-10"));
    assertThat(run(rule, year(person(null, null), first))).isEmpty();
    List<Finding> findings = run(rule, year(person(null, null), second, first));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-006] 提示：人民陪审员一般不得连任（人民陪审员法（2018）第十三条）PersonnelAction PA-10："
            + "应当人民陪审员任期五年，一般不得连任，实际2019-05-06再次任命，此前已于2019-01-10任命（PA-9）");
    assertThat(findings.get(0).describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-006] warning: People's assessors generally not re-appointed (People's Assessors Law (2018) Art. 13) at "
            + "PersonnelAction PA-10: expected a single five-year term, generally not renewed but found appointed "
            + "again on 2019-05-06 after the appointment of 2019-01-10 (PA-9)");
  }

  // ASSR-007, ASSR-008

  private static OathCeremony assessorOath(LocalDate date) {
    return OathCeremony.builder().id(OathCeremonyId.of("OC-9")).date(date).kind(OathKind.PEOPLES_ASSESSOR)
        .form(OathForm.COLLECTIVE).leaderId(ASSESSOR).addSwearers(OathTaker.of(ASSESSOR))
        .organiser(OathOrganiser.COURT_WITH_JUSTICE_BUREAU).openToPublic(true).build();
  }

  @Test
  void assessor_oath_organiser_and_publicity() {
    var organiserRule = new AssessorOathOrganiserRule();
    var publicRule = new AssessorOathPublicRule();
    var ok = Fixtures.year2019().addOathCeremonies(assessorOath(DAY)).build();
    assertThat(run(organiserRule, ok)).isEmpty();
    assertThat(run(publicRule, ok)).isEmpty();
    var wrong = Fixtures.year2019().addOathCeremonies(ImmutableOathCeremonyHelper.court(assessorOath(DAY))).build();
    assertThat(run(organiserRule, wrong)).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
    assertThat(run(publicRule, wrong)).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    var before = Fixtures.year2019().addOathCeremonies(ImmutableOathCeremonyHelper.court(assessorOath(
        LocalDate.of(2018, 4, 26)))).build();
    assertThat(run(organiserRule, before)).isEmpty();
    var unknown = Fixtures.year2019().addOathCeremonies(ImmutableOathCeremonyHelper.unknown(assessorOath(DAY))).build();
    assertThat(run(organiserRule, unknown)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("organiser"));
    assertThat(run(publicRule, unknown)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("openToPublic"));
    Finding finding = run(organiserRule, wrong).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-007] 违反规定：人民陪审员宣誓仪式由法院会同司法行政机关组织（人民陪审员法（2018）第十二条）OathCeremony OC-9："
            + "应当由基层人民法院会同司法行政机关组织宣誓仪式，实际由人民法院组织");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-007] violation: Assessor oath organised by the court with the justice bureau (People's Assessors Law "
            + "(2018) Art. 12) at OathCeremony OC-9: expected a ceremony organised by the court together with the "
            + "justice bureau but found organised by court");
  }

  /** Copies with changed facts. */
  private static final class ImmutableOathCeremonyHelper {
    static OathCeremony court(OathCeremony c) {
      return io.github.peoplecongress.model.personnel.ImmutableOathCeremony.copyOf(c)
          .withOrganiser(OathOrganiser.COURT).withOpenToPublic(false);
    }

    static OathCeremony unknown(OathCeremony c) {
      return io.github.peoplecongress.model.personnel.ImmutableOathCeremony.copyOf(c)
          .withOrganiser(Optional.empty()).withOpenToPublic(Optional.empty());
    }
  }

  @Test
  void assessor_oath_public_applies_from_2018_04_27() {
    var publicRule = new AssessorOathPublicRule();
    var before = Fixtures.year2019().addOathCeremonies(ImmutableOathCeremonyHelper.court(assessorOath(
        LocalDate.of(2018, 4, 26)))).build();
    var on = Fixtures.year2019().addOathCeremonies(ImmutableOathCeremonyHelper.court(assessorOath(
        LocalDate.of(2018, 4, 27)))).build();
    assertThat(run(publicRule, before)).isEmpty();
    assertThat(run(publicRule, on)).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void golden_bilingual_message() {
    var notPublic = Fixtures.year2019().addOathCeremonies(ImmutableOathCeremonyHelper.court(assessorOath(DAY))).build();
    Finding finding = run(new AssessorOathPublicRule(), notPublic).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[ASSR-008] 违反规定：人民陪审员公开进行就职宣誓（人民陪审员法（2018）第十二条）"
            + "OathCeremony OC-9：应当公开进行就职宣誓，实际2019-05-06宣誓未公开进行");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[ASSR-008] violation: Assessor oath taken publicly (People's Assessors Law (2018) Art. 12) at "
            + "OathCeremony OC-9: expected a public oath of office but found the oath on 2019-05-06 was not "
            + "public");
  }
}
