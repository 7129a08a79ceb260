package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.ImmutableOathCeremony;
import io.github.peoplecongress.model.personnel.ImmutablePersonnelAction;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;

/** Records for the oath tests: an appointee P-100 appointed by the committee, and a compliant ceremony. */
final class OathTestData {
  static final PersonId APPOINTEE = PersonId.of("P-100");
  static final PersonnelActionId ACTION = PersonnelActionId.of("PA-1");
  static final MeetingId MEETING = MeetingId.of("MT-16-20");

  private OathTestData() {}

  static ImmutablePersonnelAction.Builder appointment(LocalDate date) {
    return PersonnelAction.builder().id(ACTION).personId(APPOINTEE).kind(PersonnelActionKind.DECIDED_APPOINTMENT)
        .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle("区建设局局长").organizationId(Fixtures.CONSTRUCTION_BUREAU)
        .decidedBy(ActingBody.STANDING_COMMITTEE).decisionDate(date).meetingId(MEETING);
  }

  /** A compliant individual ceremony on the date, for the appointee, with every fact recorded. */
  static ImmutableOathCeremony.Builder ceremony(LocalDate date) {
    return ceremony(date, OathTaker.of(APPOINTEE, ACTION));
  }

  /** A compliant individual ceremony on the date with the given swearers. */
  static ImmutableOathCeremony.Builder ceremony(LocalDate date, OathTaker... takers) {
    return OathCeremony.builder().id(OathCeremonyId.of("OC-1")).date(date).form(OathForm.INDIVIDUAL)
        .addSwearers(takers)
        .oathText(date.isBefore(LocalDate.of(2018, 3, 12)) ? OathText.V2015 : OathText.V2018)
        .organiser(OathOrganiser.DIRECTORS_MEETING).meetingId(MEETING).flagDisplayed(true).emblemDisplayed(false)
        .anthemSung(true).openToPublic(true);
  }

  static CommitteeRecords year(PersonnelAction action, OathCeremony... ceremonies) {
    return Fixtures.year2019().addPersonnelActions(action).addOathCeremonies(ceremonies).build();
  }

  static CommitteeRecords year(OathCeremony... ceremonies) {
    return Fixtures.year2019().addOathCeremonies(ceremonies).build();
  }

  static JurisdictionProfile profile(String id) {
    return OathLocalRules.addLocalRules(id, JurisdictionProfile.builder(id, id, id)).build();
  }

  static List<Finding> run(Rule rule, CommitteeRecords year) {
    return rule.evaluate(Fixtures.context(year));
  }

  static List<Finding> run(Rule rule, CommitteeRecords year, String profileId, LocalDate asOf) {
    return rule.evaluate(Fixtures.context(year, profile(profileId), asOf));
  }
}
