package io.github.peoplecongress.model.year;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
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
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One committee's records of one calendar year, with the standing data they refer to: the unit that rules check and
 * reports count, for example the X区 16th standing committee's year 2019.
 *
 * <pre>
 * CommitteeYear year = ModelReader.strict().read(Path.of("committee-year-2019.json"), CommitteeYear.class);
 * Optional&lt;Meeting&gt; meeting = year.index().find(MeetingId.of("SC-2019-03"), Meeting.class);
 * </pre>
 *
 * <p>Building a committee year checks each record's structure; {@link #consistencyProblems()} then checks the whole:
 * every id unique within its kind, every referenced id present, every dated record inside {@link #getYear()}.
 * {@code ModelReader} runs both and reports every problem at once. Statutory limits are not checked here: a year
 * that breaks the law loads, and the rules module reports it.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; the index is built once, on first use.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCommitteeYear.class)
public abstract class CommitteeYear implements ConsistencyChecked {

  /** @return the calendar year, not null */
  public abstract Year getYear();

  /** @return the district (行政区), not null */
  public abstract @Valid District getDistrict();

  /** @return the congress term (届) and its standing committee, not null */
  public abstract @Valid CongressTerm getTerm();

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

  /** @return the district's fiscal summary for the year (民生投入占财政支出), if recorded */
  public abstract Optional<@Valid FiscalSummary> getFiscalSummary();

  /** @return rules adopted, research reports, publicity articles and bulletin issues, not null */
  public abstract List<@Valid Document> getDocuments();

  /** @return honours received (表彰, 荣誉), not null */
  public abstract List<@Valid Honour> getHonours();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableCommitteeYear.Builder builder() {
    return ImmutableCommitteeYear.builder();
  }

  /**
   * Returns the index of every identified record by id, built once.
   *
   * @return the index, not null
   */
  @Value.Lazy
  public CommitteeYearIndex index() {
    return new CommitteeYearIndex(this);
  }

  /**
   * Returns every duplicate id, dangling reference and out-of-year date, in document order.
   *
   * @return the problems, empty when consistent, not null
   */
  @Override
  public List<Problem> consistencyProblems() {
    return index().problems();
  }

  /**
   * Returns a short description, such as {@code "X区 第十六届 2019"}; the records are not listed.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "CommitteeYear{" + getDistrict().getName() + ", term " + getTerm().getNumber() + ", " + getYear() + "}";
  }
}
