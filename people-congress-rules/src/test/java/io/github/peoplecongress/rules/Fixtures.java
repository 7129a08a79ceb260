package io.github.peoplecongress.rules;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.DistrictKind;
import io.github.peoplecongress.model.body.Organization;
import io.github.peoplecongress.model.body.OrganizationKind;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared test fixtures: a 2019 committee year of a fictional district with a 27-member standing committee
 * (P-001 director, P-002..P-006 deputy directors, P-007..P-027 members) and the usual organs, to which each test adds
 * the records it needs.
 */
public final class Fixtures {
  /** The district government. */
  public static final OrganizationId GOVERNMENT = OrganizationId.of("ORG-GOV");
  /** The district court. */
  public static final OrganizationId COURT = OrganizationId.of("ORG-COURT");
  /** The district procuratorate. */
  public static final OrganizationId PROCURATORATE = OrganizationId.of("ORG-PROC");
  /** The district supervisory commission. */
  public static final OrganizationId SUPERVISORY_COMMISSION = OrganizationId.of("ORG-SUP");
  /** The district justice bureau. */
  public static final OrganizationId JUSTICE_BUREAU = OrganizationId.of("ORG-JUSTICE");
  /** The district construction bureau, a department for appraisals. */
  public static final OrganizationId CONSTRUCTION_BUREAU = OrganizationId.of("ORG-CONSTR");
  /** The committee size fixed for the term. */
  public static final int COMMITTEE_SIZE = 27;
  /** The term's first session. */
  public static final LocalDate TERM_START = LocalDate.of(2016, 12, 20);

  private Fixtures() {}

  /** @return the id of committee member number {@code n} (1 = director), 1 to 27 */
  public static PersonId member(int n) {
    return PersonId.of(String.format("P-%03d", n));
  }

  /** @return a builder for 2019 with the standing data set; tests add records and build */
  public static ImmutableCommitteeRecords.Builder year2019() {
    List<Person> people = new ArrayList<>();
    List<CommitteeMembership> memberships = new ArrayList<>();
    for (int n = 1; n <= COMMITTEE_SIZE; n++) {
      people.add(Person.builder().id(member(n)).name("委员" + n).gender(n % 3 == 0 ? Gender.FEMALE : Gender.MALE)
          .ethnicity(Ethnicity.HAN).build());
      memberships.add(CommitteeMembership.builder().id(MembershipId.of(String.format("M-%03d", n))).personId(member(n))
          .role(n == 1 ? CommitteeRole.DIRECTOR : n <= 6 ? CommitteeRole.DEPUTY_DIRECTOR : CommitteeRole.MEMBER)
          .startDate(TERM_START).build());
    }
    return CommitteeRecords.builder().span(DateRange.ofYear(2019))
        .district(District.builder().name("X区").divisionCode("410105").kind(DistrictKind.CITY_DISTRICT)
            .population(800_000L).build())
        .addTerms(CongressTerm.builder().number(16).startDate(TERM_START).deputySeats(280)
            .standingCommittee(StandingCommittee.builder().size(COMMITTEE_SIZE).addAllMemberships(memberships).build())
            .build())
        .addAllPeople(people)
        .addOrganizations(organization(GOVERNMENT, "X区人民政府", OrganizationKind.GOVERNMENT),
            organization(COURT, "X区人民法院", OrganizationKind.COURT),
            organization(PROCURATORATE, "X区人民检察院", OrganizationKind.PROCURATORATE),
            organization(SUPERVISORY_COMMISSION, "X区监察委员会", OrganizationKind.SUPERVISORY_COMMISSION),
            organization(JUSTICE_BUREAU, "X区司法局", OrganizationKind.JUSTICE_ADMINISTRATION),
            organization(CONSTRUCTION_BUREAU, "X区建设局", OrganizationKind.GOVERNMENT_DEPARTMENT));
  }

  private static Organization organization(OrganizationId id, String name, OrganizationKind kind) {
    return Organization.builder().id(id).name(name).kind(kind).build();
  }

  /**
   * Returns a context for evaluating rules on records complete up to {@code asOf}: a span ending earlier is extended
   * to it, as if nothing else happened until then, and a span ending later is cut at it. The period checked is the
   * records' own span, so that yearly duties are judged for its years only.
   *
   * @param year  the records, not null
   * @param profile  the profile, not null
   * @param asOf  the "as of" date, not null
   * @return the context, not null
   */
  public static RuleContext context(CommitteeRecords year, JurisdictionProfile profile, LocalDate asOf) {
    LocalDate from = year.getSpan().getFrom();
    CommitteeRecords complete = year.withSpan(DateRange.of(from, asOf.isBefore(from) ? from : asOf));
    return new RuleContext(complete, year.getSpan(), profile, PeriodCalculator.china(), asOf);
  }

  /**
   * Returns a national-law context as of the end of 2020.
   *
   * @param year  the year, not null
   * @return the context, not null
   */
  public static RuleContext context(CommitteeRecords year) {
    return context(year, JurisdictionProfile.national(), LocalDate.of(2020, 12, 31));
  }
}
