package io.github.peoplecongress.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.InterpellationId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An interpellation (质询案) by committee members against a state organ or a government department, and its
 * answer. Legal basis: Local Organic Law 2022 Art. 53; Supervision Law 2024 Arts. 51–54 (2006 Arts. 35–38): at
 * least three members jointly, in writing, during a meeting, naming the target, the questions and their content;
 * answered orally by the head of the organ or in writing signed by the head; if more than half of the sponsors are
 * dissatisfied, the 主任会议 may order a second answer (再作答复).
 *
 * <p>The number of sponsors and whether the answer satisfied them are statutory questions for the rules module;
 * this record only keeps the facts, and {@code dissatisfiedSponsors} is absent when not recorded ("cannot tell").
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInterpellation.class)
public abstract class Interpellation implements Identified<InterpellationId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract InterpellationId getId();

  /** @return the members who signed the interpellation (联名), each once */
  public abstract List<PersonId> getSponsorIds();

  /** @return the organ interpellated (质询对象), not null */
  public abstract StateOrgan getTargetOrgan();

  /** @return the government department interpellated, when the target is a 工作部门 */
  public abstract Optional<OrganizationId> getTargetOrganizationId();

  /** @return whether the interpellation was filed in writing (书面提出) */
  public abstract boolean isWritten();

  /** @return the questions and their content (质询的问题和内容), 1 to 20000 characters */
  @NotBlank
  @Size(max = 20000)
  public abstract String getQuestions();

  /** @return the meeting during which it was filed, not null */
  public abstract MeetingId getMeetingId();

  /** @return the date it was filed, not null */
  public abstract LocalDate getFiledDate();

  /** @return the date of the answer */
  public abstract Optional<LocalDate> getAnswerDate();

  /** @return whether the answer was oral or written */
  public abstract Optional<AnswerForm> getAnswerForm();

  /** @return who answered (or signed the written answer) */
  public abstract Optional<PersonId> getAnsweredById();

  /** @return the meeting at which the answer was given, for an oral answer */
  public abstract Optional<MeetingId> getAnswerMeetingId();

  /** @return how many sponsors declared themselves dissatisfied with the answer, if recorded */
  public abstract OptionalInt getDissatisfiedSponsors();

  /** @return the date of the second answer (再作答复), if one was ordered and given */
  public abstract Optional<LocalDate> getReanswerDate();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableInterpellation.Builder builder() {
    return ImmutableInterpellation.builder();
  }

  /** The date it was filed ({@code filedDate}) places an interpellation in a year. */
  @Override
  public LocalDate recordDate() {
    return getFiledDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .addAll("sponsorIds", getSponsorIds())
        .add("targetOrganizationId", getTargetOrganizationId())
        .add("meetingId", getMeetingId())
        .add("answeredById", getAnsweredById())
        .add("answerMeetingId", getAnswerMeetingId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "Interpellation " + getId();
    Checks.distinct(record, "sponsorIds", getSponsorIds());
    Checks.notBefore(record, "answerDate", getAnswerDate(), "filedDate", getFiledDate());
    Checks.notBefore(record, "reanswerDate", getReanswerDate(), "filedDate", getFiledDate());
    Checks.notBefore(record, "reanswerDate", getReanswerDate(), "answerDate", getAnswerDate());
    if (getDissatisfiedSponsors().isPresent()) {
      int dissatisfied = getDissatisfiedSponsors().getAsInt();
      Checks.notNegative(record, "dissatisfiedSponsors", dissatisfied);
      Checks.notMore(record, "dissatisfiedSponsors", dissatisfied, "sponsorIds size", getSponsorIds().size());
    }
  }
}
