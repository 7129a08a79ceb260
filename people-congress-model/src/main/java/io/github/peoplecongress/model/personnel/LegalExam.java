package io.github.peoplecongress.model.personnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One sitting of a pre-appointment legal-knowledge examination (任前法律知识考试) by one person, for example a
 * first sitting on 2019-04-20, closed-book, scoring 86 of 100.
 *
 * <p>No national statute requires the examination; local rules do (statutory reference §10.1: 岐山县, 石台县,
 * 武隆县, 高淳区; 兰州市 for comparison). They set the pass mark (commonly 60 of 100), allow one retake
 * ({@code attempt} 2) and defer or withdraw the nomination of a person who fails it or is absent without reason.
 * This record keeps the facts those rules read: the score out of {@link #getMaxScore()}, the pass mark the office
 * used, if recorded, the attempt number and the outcome as recorded. It does not decide whether the person passed:
 * {@link #reaches(BigDecimal)} compares the score with a pass mark the rules choose.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLegalExam.class)
public abstract class LegalExam implements Identified<ExamId>, Dated {

  /** The usual full mark, 100 (百分制, 石台县 Art. 11). */
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** @return the id, not null */
  @Override
  public abstract ExamId getId();

  /** @return the person who sat, was absent or was exempt, not null */
  public abstract PersonId getPersonId();

  /** @return the date of the sitting, not null */
  public abstract LocalDate getDate();

  /** @return the personnel action (nomination) the examination serves, when known */
  public abstract Optional<PersonnelActionId> getPersonnelActionId();

  /** @return the paper or subject, such as {@code "宪法（A卷）"}, up to 200 characters */
  public abstract Optional<@Size(max = 200) String> getPaper();

  /** @return the format, when recorded */
  public abstract Optional<ExamFormat> getFormat();

  /** @return the score, absent when the person did not sit; between 0 and {@link #getMaxScore()} */
  public abstract Optional<BigDecimal> getScore();

  /** @return the full mark, 100 unless stated, positive */
  @Value.Default
  public BigDecimal getMaxScore() {
    return HUNDRED;
  }

  /** @return the pass mark the office applied, when recorded; the rules decide the applicable one */
  public abstract Optional<BigDecimal> getPassMark();

  /** @return the attempt: 1 for the first sitting, 2 for the retake (补考), and so on */
  @Value.Default
  @Positive
  public int getAttempt() {
    return 1;
  }

  /** @return the outcome as the office recorded it, not null */
  public abstract ExamOutcome getOutcome();

  /** @return why the person was exempt, in whole ({@link ExamOutcome#EXEMPT}) or in part, when exempt */
  public abstract Optional<ExamExemption> getExemption();

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
  public static ImmutableLegalExam.Builder builder() {
    return ImmutableLegalExam.builder();
  }

  /**
   * Returns the date of the sitting: an examination counts in the year it was held.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  /**
   * Returns whether this sitting was a retake (补考).
   *
   * @return true if the attempt is 2 or more
   */
  public boolean retake() {
    return getAttempt() > 1;
  }

  /**
   * Returns whether the score reaches a pass mark, such as the 60 of 石台县 Art. 11 ({@code 60分以下为不合格}).
   *
   * @param passMark  the pass mark on this paper's scale, not null
   * @return whether the score is at least the pass mark, or empty if there is no score
   */
  public Optional<Boolean> reaches(BigDecimal passMark) {
    return getScore().map(score -> score.compareTo(passMark) >= 0);
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("personId", getPersonId())
        .add("personnelActionId", getPersonnelActionId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "LegalExam " + getId();
    Checks.require(getMaxScore().signum() > 0, record,
        "maxScore must be positive, but was " + getMaxScore().toPlainString());
    getScore().ifPresent(score -> {
      Checks.notNegative(record, "score", score);
      Checks.require(score.compareTo(getMaxScore()) <= 0, record, "score " + score.toPlainString()
          + " must not exceed maxScore " + getMaxScore().toPlainString());
    });
    getPassMark().ifPresent(mark -> {
      Checks.notNegative(record, "passMark", mark);
      Checks.require(mark.compareTo(getMaxScore()) <= 0, record, "passMark " + mark.toPlainString()
          + " must not exceed maxScore " + getMaxScore().toPlainString());
    });
    Checks.require(!(getOutcome().withoutScore() && getScore().isPresent()), record,
        "score " + getScore().map(BigDecimal::toPlainString).orElse(null) + " must be absent when outcome is "
            + getOutcome());
    Checks.require(getOutcome() != ExamOutcome.EXEMPT || getExemption().isPresent(), record,
        "outcome EXEMPT requires an exemption, but exemption was empty");
  }
}
