package io.github.peoplecongress.rules.oath;

import static io.github.peoplecongress.rules.oath.OathTestData.appointment;
import static io.github.peoplecongress.rules.oath.OathTestData.ceremony;
import static io.github.peoplecongress.rules.oath.OathTestData.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.personnel.ProposingAuthority;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OathTakenRuleTest {
  private final OathTakenRule rule = new OathTakenRule();
  private static final LocalDate DECIDED = LocalDate.of(2019, 3, 2);

  @Test
  void oath_linked_to_the_action_complies() {
    assertThat(OathTestData.run(rule, year(appointment(DECIDED).build(), ceremony(DECIDED).build()))).isEmpty();
  }

  @Test
  void oath_of_the_person_after_the_action_complies_without_a_link() {
    var ceremony = ceremony(LocalDate.of(2019, 3, 20), OathTaker.of(OathTestData.APPOINTEE)).build();
    assertThat(OathTestData.run(rule, year(appointment(DECIDED).build(), ceremony))).isEmpty();
  }

  @Test
  void no_oath_by_as_of_is_a_violation() {
    List<Finding> findings = OathTestData.run(rule, year(appointment(DECIDED).build()));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(findings.get(0).getCitation().getLaw()).isEqualTo(Laws.OATH_DECISION_2018);
  }

  @Test
  void ceremony_before_the_decision_is_not_an_oath() {
    var early = ceremony(LocalDate.of(2019, 3, 1)).build();
    List<Finding> findings = OathTestData.run(rule, year(appointment(DECIDED).oathCeremonyId(early.getId()).build(),
        early));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(findings.get(0).getFoundZh()).contains("OC-1于2019-03-01举行，早于任免");
  }

  @Test
  void grace_is_pending_up_to_its_last_day_and_a_violation_the_day_after() {
    // 2019-03-02 + 30 days: the library grace runs until 2019-04-01
    var year = year(appointment(DECIDED).build());
    assertThat(rule.evaluate(Fixtures.context(year, JurisdictionProfile.national(), LocalDate.of(2019, 4, 1))))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2019, 4, 1));
          assertThat(f.getFactDate()).contains(DECIDED);
          assertThat(f.getFoundZh()).isEqualTo("至2019-04-01未见宣誓记录，宽限期尚未届满");
          assertThat(f.getFoundEn()).isEqualTo("no oath recorded up to 2019-04-01, before the grace period ends");
        });
    assertThat(rule.evaluate(Fixtures.context(year, JurisdictionProfile.national(), LocalDate.of(2019, 4, 2))))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getDueDate()).isEmpty();
          assertThat(f.getFoundEn()).isEqualTo("no oath recorded up to 2019-04-02");
        });
  }

  @Test
  void grace_ending_after_the_as_of_date_is_pending_with_its_last_day() {
    var year = year(appointment(LocalDate.of(2019, 12, 20)).build());
    assertThat(rule.evaluate(Fixtures.context(year, JurisdictionProfile.national(), LocalDate.of(2019, 12, 31))))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2020, 1, 19));
          assertThat(f.getMissingFacts()).isEmpty();
          assertThat(f.getFoundEn()).isEqualTo("no oath recorded up to 2019-12-31, before the grace period ends");
        });
    // records complete to the end of 2020 with no oath: the grace ran out
    assertThat(OathTestData.run(rule, year)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundEn()).isEqualTo("no oath recorded up to 2020-12-31");
    });
  }

  @Test
  void before_2016_outside_and_2015_decision_cited_before_2018_03_12() {
    var before = year(appointment(LocalDate.of(2015, 12, 31)).build());
    assertThat(OathTestData.run(rule, before)).isEmpty();
    var y2015 = year(appointment(LocalDate.of(2018, 3, 11)).build());
    assertThat(OathTestData.run(rule, y2015)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.OATH_DECISION_2015));
    var y2018 = year(appointment(LocalDate.of(2018, 3, 12)).build());
    assertThat(OathTestData.run(rule, y2018)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.OATH_DECISION_2018));
  }

  @Test
  void assessor_needs_the_assessor_oath_from_2018_04_27() {
    var assessor = appointment(LocalDate.of(2019, 5, 6)).build().withKind(PersonnelActionKind.APPOINTMENT)
        .withPostCategory(PostCategory.PEOPLES_ASSESSOR).withPostTitle("人民陪审员").withOrganizationId(Fixtures.COURT)
        .withProposedBy(ProposingAuthority.COURT_PRESIDENT);
    var constitutional = ceremony(LocalDate.of(2019, 5, 6)).build();
    assertThat(OathTestData.run(rule, year(assessor, constitutional))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.PEOPLES_ASSESSORS_LAW_2018));
    var assessorOath = ceremony(LocalDate.of(2019, 5, 6)).kind(OathKind.PEOPLES_ASSESSOR).build();
    assertThat(OathTestData.run(rule, year(assessor, assessorOath))).isEmpty();
    var before = appointment(LocalDate.of(2018, 4, 26)).build().withPostCategory(PostCategory.PEOPLES_ASSESSOR);
    assertThat(OathTestData.run(rule, year(before))).isEmpty();
  }

  @Test
  void removals_and_directors_meeting_actions_need_no_oath() {
    var dismissal = appointment(DECIDED).build().withKind(PersonnelActionKind.DISMISSAL);
    assertThat(OathTestData.run(rule, year(dismissal))).isEmpty();
    var internal = appointment(DECIDED).build()
        .withDecidedBy(io.github.peoplecongress.model.personnel.ActingBody.DIRECTORS_MEETING);
    assertThat(OathTestData.run(rule, year(internal))).isEmpty();
  }

  @Test
  void golden_message() {
    Finding finding = rule.evaluate(Fixtures.context(year(appointment(DECIDED).build()), JurisdictionProfile.national(),
        LocalDate.of(2019, 6, 30))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-001] 违反规定：依法产生后进行宪法宣誓（宪法宣誓制度的决定（2018）第一条）PersonnelAction PA-1：应当在2019-03-02决定任命后进行宪法宣誓"
            + "（本库宽限30日，至2019-04-01），实际至2019-06-30未见宣誓记录");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-001] violation: Oath taken after election or appointment (NPCSC Decision on the Constitutional Oath "
            + "(2018) Art. 1) at PersonnelAction PA-1: expected to take the constitutional oath after the decided "
            + "appointment of 2019-03-02 (library grace of 30 days, until 2019-04-01) but found no oath recorded up to "
            + "2019-06-30");
  }
}
