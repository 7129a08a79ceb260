package io.github.peoplecongress.model.personnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.vote.VoteTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One personnel action (一人次任免), for example the standing committee's appointment on 2019-04-26 of a person as
 * 区人民法院审判员 on the court president's request, or its acceptance of a deputy district head's resignation.
 * Each action is one person-time (人次) in the annual report, counted under 任免国家机关工作人员 or 任免人民陪审员 by
 * its {@link #getPostCategory() post category}.
 *
 * <p>Legal basis: Constitution Art. 104; Local Organic Law 2022 Art. 32 (resignation), Art. 34 (special committees),
 * Art. 50(十三)–(十七); Supervision Law 2024 Arts. 60–62 (撤职); People's Assessors Law 2018 Arts. 10, 27.
 *
 * <p>The action links the pre-appointment examinations its appointee sat ({@link #getExamIds()}) and the oath
 * ceremony where the appointee swore ({@link #getOathCeremonyId()}). It also keeps the dates local oath-timing rules
 * read: the date the appointment letter was handed over (任命书颁发, Chongqing rules Art. 9(2)) and the date the
 * appointment notice was published (任命通知公布之日, Chongqing rules Art. 9(3)).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePersonnelAction.class)
public abstract class PersonnelAction implements Identified<PersonnelActionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract PersonnelActionId getId();

  /** @return the person appointed or removed, not null */
  public abstract PersonId getPersonId();

  /** @return the kind of action (选举, 任命, 免职 …), not null */
  public abstract PersonnelActionKind getKind();

  /** @return the category of the post, which decides how the action is counted, not null */
  public abstract PostCategory getPostCategory();

  /** @return the post (职务) as written in the decision, such as {@code "区人民法院审判员"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getPostTitle();

  /** @return the organisation the post belongs to, such as the district court, not null */
  public abstract OrganizationId getOrganizationId();

  /** @return which of the supervised state organs (一府一委两院) the post belongs to, if any */
  public abstract Optional<StateOrgan> getStateOrgan();

  /** @return the body that took the action (任免机关), not null */
  public abstract ActingBody getDecidedBy();

  /** @return who nominated the person or requested the action (提名人 / 提请机关), when recorded */
  public abstract Optional<ProposingAuthority> getProposedBy();

  /** @return the person who nominated or requested, such as the district head, when recorded */
  public abstract Optional<PersonId> getProposerId();

  /** @return the meeting that decided (常委会会议 or 人民代表大会会议), when recorded */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return the date of the decision (通过日期), not null */
  public abstract LocalDate getDecisionDate();

  /** @return the date the action took effect, when it differs from the decision date or is recorded */
  public abstract Optional<LocalDate> getEffectiveDate();

  /** @return the vote on the action, when it was voted on and counted */
  public abstract Optional<@Valid VoteTally> getVoteTally();

  /** @return whether the vote was by secret ballot (撤职案 requires it, Supervision Law 2024 Art. 62), when recorded */
  public abstract Optional<Boolean> getSecretBallot();

  /** @return the removal motion (撤职案) the action decided, for a {@link PersonnelActionKind#REMOVAL} */
  public abstract Optional<RemovalMotionId> getRemovalMotionId();

  /** @return the pre-appointment examinations the person sat for this action, first sitting first */
  public abstract List<ExamId> getExamIds();

  /** @return the oath ceremony at which the person swore after this action, when held */
  public abstract Optional<OathCeremonyId> getOathCeremonyId();

  /** @return the date the appointment letter was handed over (任命书颁发日期), when recorded */
  public abstract Optional<LocalDate> getLetterHandedOverDate();

  /** @return the date the appointment notice was published (任命通知公布之日), when recorded */
  public abstract Optional<LocalDate> getAnnouncementDate();

  /**
   * Returns the date the action was reported for the record (报备案), such as an acting procurator-general
   * reported to the higher procuratorate and standing committee (Art. 50(十三)) or an accepted resignation reported
   * to the congress (Art. 32(1)).
   *
   * @return the date, when recorded
   */
  public abstract Optional<LocalDate> getFiledForRecordDate();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutablePersonnelAction.Builder builder() {
    return ImmutablePersonnelAction.builder();
  }

  /**
   * Returns the decision date: an action counts in the year it was decided.
   *
   * @return the decision date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getDecisionDate();
  }

  /**
   * Returns whether this action puts the person into the post.
   *
   * @return {@code getKind().appoints()}
   */
  public boolean appoints() {
    return getKind().appoints();
  }

  /**
   * Returns whether this action takes the person out of the post.
   *
   * @return {@code getKind().removes()}
   */
  public boolean removes() {
    return getKind().removes();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("personId", getPersonId())
        .add("organizationId", getOrganizationId())
        .add("proposerId", getProposerId())
        .add("meetingId", getMeetingId())
        .add("removalMotionId", getRemovalMotionId())
        .addAll("examIds", getExamIds())
        .add("oathCeremonyId", getOathCeremonyId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "PersonnelAction " + getId();
    Checks.notBefore(record, "letterHandedOverDate", getLetterHandedOverDate(), "decisionDate", getDecisionDate());
    Checks.notBefore(record, "announcementDate", getAnnouncementDate(), "decisionDate", getDecisionDate());
    Checks.notBefore(record, "filedForRecordDate", getFiledForRecordDate(), "decisionDate", getDecisionDate());
    Checks.distinct(record, "examIds", getExamIds());
    Checks.require(getRemovalMotionId().isEmpty() || getKind() == PersonnelActionKind.REMOVAL, record,
        "removalMotionId " + getRemovalMotionId().orElse(null) + " requires kind REMOVAL, but kind was " + getKind());
  }
}
