package io.github.peoplecongress.model.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.Organization;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.deputy.Constituency;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyGroup;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.Mailbox;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.outreach.Document;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.outreach.Honour;
import io.github.peoplecongress.model.outreach.LeadershipAssignment;
import io.github.peoplecongress.model.outreach.Project;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.personnel.AssessorQuota;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.problem.ConsistencyChecked;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.FilingReview;
import io.github.peoplecongress.model.supervision.Interpellation;
import io.github.peoplecongress.model.supervision.LawEnforcementInspection;
import io.github.peoplecongress.model.supervision.OversightActivity;
import io.github.peoplecongress.model.supervision.RemovalMotion;
import io.github.peoplecongress.model.supervision.SpecialInvestigation;
import io.github.peoplecongress.model.supervision.WorkReport;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One committee's records over any span of dates — a year, a term, several terms — with the standing data they refer
 * to: the unit that rules check and reports count, for example the X区 standing committee's records from 2019-01-01
 * to 2020-06-30, across its 16th and 17th terms.
 *
 * <pre>
 * CommitteeRecords records = ModelReader.strict().readRecords(List.of(Path.of("2019.json"), Path.of("2020.json")));
 * Optional&lt;Meeting&gt; meeting = records.index().find(MeetingId.of("SC-2019-03"), Meeting.class);
 * Optional&lt;CongressTerm&gt; term = records.termOn(LocalDate.of(2020, 3, 1));
 * </pre>
 *
 * <p>The set states the span over which it is complete ({@link #getSpan()}): inside it, a record the set lacks did not
 * happen; outside it (before its first day, after its last), absence says nothing. Records dated outside the span
 * are kept as evidence, such as an appointment of five years earlier that a re-appointment is judged against. The
 * span's last day is the "as of" date of the records.
 *
 * <p>Standing data (the district, the congress terms with their committees, people, organisations, deputies, groups,
 * constituencies, mailboxes) is held once; dated records of any year sit beside it. Building checks each record's
 * structure; {@link #consistencyProblems()} then checks the whole: every id unique across the set, every referenced
 * id present. {@code ModelReader} runs both and reports every problem at once. Statutory limits are not checked here:
 * records that break the law load, and the rules module reports them.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; the index is built once, on first use.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCommitteeRecords.class)
public abstract class CommitteeRecords implements ConsistencyChecked {

  /**
   * Returns the span over which the set is complete: from its first day to its "as of" date, both included.
   *
   * @return the span, not null
   */
  public abstract @Valid DateRange getSpan();

  /** @return the district (行政区), not null */
  public abstract @Valid District getDistrict();

  /**
   * Returns the congress terms (届) the records reach, each with its standing committee, in any order; their date
   * ranges do not overlap.
   *
   * @return the terms, not null
   */
  public abstract List<@Valid CongressTerm> getTerms();

  /** @return the people the records refer to (人员), not null */
  public abstract List<@Valid Person> getPeople();

  /** @return the organs, departments and bodies (单位), not null */
  public abstract List<@Valid Organization> getOrganizations();

  /** @return the deputies (人大代表), including those who served part of the year, not null */
  public abstract List<@Valid Deputy> getDeputies();

  /** @return the deputy groups (代表组), not null */
  public abstract List<@Valid DeputyGroup> getDeputyGroups();

  /** @return the constituencies (选区), not null */
  public abstract List<@Valid Constituency> getConstituencies();

  /** @return the deputy mailboxes (代表信箱), not null */
  public abstract List<@Valid Mailbox> getMailboxes();

  /** @return the meetings of the year: committee, directors', party group and congress sessions, not null */
  public abstract List<@Valid Meeting> getMeetings();

  /** @return the reports heard and deliberated (专项工作报告 and fiscal reports), not null */
  public abstract List<@Valid WorkReport> getWorkReports();

  /** @return the law-enforcement inspections (执法检查), not null */
  public abstract List<@Valid LawEnforcementInspection> getInspections();

  /** @return the deliberation opinions (审议意见) and their handling, not null */
  public abstract List<@Valid DeliberationOpinion> getOpinions();

  /** @return visits, surveys, study tours and inquiries (视察, 调研, 考察, 询问), not null */
  public abstract List<@Valid OversightActivity> getOversightActivities();

  /** @return the interpellations (质询案), not null */
  public abstract List<@Valid Interpellation> getInterpellations();

  /** @return the special-question investigations (特定问题调查), not null */
  public abstract List<@Valid SpecialInvestigation> getInvestigations();

  /** @return the removal motions (撤职案), not null */
  public abstract List<@Valid RemovalMotion> getRemovalMotions();

  /** @return the filing reviews of normative documents (备案审查), not null */
  public abstract List<@Valid FilingReview> getFilingReviews();

  /** @return the resolutions and decisions (决议, 决定), not null */
  public abstract List<@Valid Decision> getDecisions();

  /** @return the personnel actions (任免), not null */
  public abstract List<@Valid PersonnelAction> getPersonnelActions();

  /** @return the pre-appointment legal exams (任前法律知识考试), not null */
  public abstract List<@Valid LegalExam> getExams();

  /** @return the constitutional oath ceremonies (宪法宣誓), not null */
  public abstract List<@Valid OathCeremony> getOathCeremonies();

  /** @return the people's assessor quota decisions (人民陪审员名额), not null */
  public abstract List<@Valid AssessorQuota> getAssessorQuotas();

  /** @return the work appraisals (工作评议), not null */
  public abstract List<@Valid WorkAppraisal> getAppraisals();

  /** @return the deputy activities (代表活动), not null */
  public abstract List<@Valid DeputyActivity> getDeputyActivities();

  /** @return the deputies' suggestions, criticisms and opinions (代表建议、批评和意见), not null */
  public abstract List<@Valid Suggestion> getSuggestions();

  /** @return the letters and visits (信访), not null */
  public abstract List<@Valid Petition> getPetitions();

  /** @return the constituency elections (选举), not null */
  public abstract List<@Valid Election> getElections();

  /** @return the projects commanded, enterprises served and livelihood projects monitored, not null */
  public abstract List<@Valid Project> getProjects();

  /** @return the leaders' project assignments (项目指挥长, 首席服务官), not null */
  public abstract List<@Valid LeadershipAssignment> getLeadershipAssignments();

  /** @return the district's fiscal summaries (民生投入占财政支出), at most one a year, not null */
  public abstract List<@Valid FiscalSummary> getFiscalSummaries();

  /** @return rules adopted, research reports, publicity articles and bulletin issues, not null */
  public abstract List<@Valid Document> getDocuments();

  /** @return honours received (表彰, 荣誉), not null */
  public abstract List<@Valid Honour> getHonours();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableCommitteeRecords.Builder builder() {
    return ImmutableCommitteeRecords.builder();
  }

  /**
   * Returns the index of every identified record by id, built once.
   *
   * @return the index, not null
   */
  @Value.Lazy
  public RecordIndex index() {
    return new RecordIndex(this);
  }

  /**
   * Returns the term in office on a day: the one whose first session is on or before it and whose successor's first
   * session is after it.
   *
   * @param date  the day, not null
   * @return the term, empty when no recorded term covers the day
   */
  public Optional<CongressTerm> termOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getTerms().stream().filter(term -> term.includes(date)).findFirst();
  }

  /**
   * Returns a term by its number.
   *
   * @param number  the term number (第N届)
   * @return the term, empty when the set has no such term
   */
  public Optional<CongressTerm> term(int number) {
    return getTerms().stream().filter(term -> term.getNumber() == number).findFirst();
  }

  /**
   * Returns the latest term, by number.
   *
   * @return the term with the highest number, empty when the set records no term
   */
  public Optional<CongressTerm> latestTerm() {
    return getTerms().stream().max(Comparator.comparingInt(CongressTerm::getNumber));
  }

  /**
   * Returns the standing-committee memberships in office on a day (组成人员), those of the term in office then.
   *
   * @param date  the day, not null
   * @return the memberships in office, empty when no recorded term covers the day, not null
   */
  public List<CommitteeMembership> membersOn(LocalDate date) {
    return termOn(date).map(term -> term.membersOn(date)).orElse(List.of());
  }

  /**
   * Returns every standing-committee membership of every term, in term order as recorded.
   *
   * @return the memberships, not null
   */
  public List<CommitteeMembership> memberships() {
    return getTerms().stream().flatMap(term -> term.getStandingCommittee().getMemberships().stream()).toList();
  }

  /**
   * Returns the fiscal summary of a year.
   *
   * @param year  the year, not null
   * @return the summary, empty when not recorded
   */
  public Optional<FiscalSummary> fiscalSummary(Year year) {
    return getFiscalSummaries().stream().filter(summary -> summary.getYear().equals(year)).findFirst();
  }

  /**
   * Returns whether the set is complete on a day, so that the absence of a record of that day is evidence.
   *
   * @param date  the day, not null
   * @return true if the day lies in {@link #getSpan()}
   */
  public boolean isCompleteOn(LocalDate date) {
    return getSpan().contains(date);
  }

  /**
   * Returns a copy complete over another span, such as records complete only up to an earlier "as of" date.
   *
   * @param span  the span, not null
   * @return the copy, not null
   */
  public CommitteeRecords withSpan(DateRange span) {
    return ImmutableCommitteeRecords.copyOf(this).withSpan(span);
  }

  /**
   * Returns every duplicate id and dangling reference, in document order.
   *
   * @return the problems, empty when consistent, not null
   */
  @Override
  public List<Problem> consistencyProblems() {
    return index().problems();
  }

  /**
   * Returns a short description, such as {@code "CommitteeRecords{X区, 2019-01-01..2019-12-31}"}; the records are not
   * listed.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "CommitteeRecords{" + getDistrict().getName() + ", " + getSpan() + "}";
  }

  @Value.Check
  protected void check() {
    List<CongressTerm> terms = new ArrayList<>(getTerms());
    terms.sort(Comparator.comparing(CongressTerm::getStartDate));
    Checks.distinct("CommitteeRecords", "term numbers",
        terms.stream().map(CongressTerm::getNumber).collect(Collectors.toList()));
    for (int i = 1; i < terms.size(); i++) {
      CongressTerm earlier = terms.get(i - 1);
      CongressTerm later = terms.get(i);
      Checks.require(earlier.getEndDate().map(end -> !end.isAfter(later.getStartDate())).orElse(false),
          "CommitteeRecords", "term " + earlier.getNumber() + " (from " + earlier.getStartDate() + " to "
              + earlier.getEndDate().map(LocalDate::toString).orElse("open") + ") must end by the first session of term "
              + later.getNumber() + " on " + later.getStartDate());
    }
  }
}
