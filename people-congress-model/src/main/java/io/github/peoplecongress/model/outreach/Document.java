package io.github.peoplecongress.model.outreach;

import io.github.peoplecongress.model.validation.NotBlankWhenPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document the committee produced: a rule adopted (制度, such as 常委会组成人员守则), a research report (调研报告),
 * a publicity article published in the media (宣传稿件, by media level), or an issue of the internal bulletin
 * (人大工作信息, by issue number). Reports count "制定出台 x 项制度", "调研报告 x 篇", "在省、市、区级媒体刊载宣传稿件
 * x 篇", "编发人大工作信息 x 期".
 *
 * <p>Which date places it in a year: {@link #getDate()}: adoption, completion, publication or issue.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDocument.class)
public abstract class Document implements Identified<DocumentId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract DocumentId getId();

  /** @return the kind, not null */
  public abstract DocumentKind getKind();

  /** @return the title, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** @return the date of adoption, completion, publication or issue, not null */
  public abstract LocalDate getDate();

  /** @return the level of the outlet, for {@link DocumentKind#PUBLICITY_ARTICLE} only */
  public abstract Optional<AdministrativeLevel> getMediaLevel();

  /** @return the outlet or publisher, such as {@code "XX日报"} or {@code "中国人大网"} */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 200) String> getOutlet();

  /** @return the issue number (第N期), for {@link DocumentKind#WORK_BULLETIN_ISSUE} only, positive */
  public abstract Optional<@Positive Integer> getIssueNumber();

  /** @return the authors, each once */
  public abstract List<PersonId> getAuthorIds();

  /** @return the meeting that adopted a rule, such as a 主任会议 */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return the oversight activity (视察, 调研, 考察学习) a research report came from */
  public abstract Optional<OversightActivityId> getOversightActivityId();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableDocument.Builder builder() {
    return ImmutableDocument.builder();
  }

  /**
   * Returns {@link #getDate()}.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder().addAll("authorIds", getAuthorIds()).add("meetingId", getMeetingId())
        .add("oversightActivityId", getOversightActivityId()).build();
  }

  @Value.Check
  protected void check() {
    String record = "Document " + getId();
    Checks.require(getKind() == DocumentKind.PUBLICITY_ARTICLE || getMediaLevel().isEmpty(), record,
        "mediaLevel " + getMediaLevel().map(Object::toString).orElse("")
            + " is only for kind PUBLICITY_ARTICLE, but kind was " + getKind());
    Checks.require(getKind() == DocumentKind.WORK_BULLETIN_ISSUE || getIssueNumber().isEmpty(), record,
        "issueNumber " + getIssueNumber().map(Object::toString).orElse("")
            + " is only for kind WORK_BULLETIN_ISSUE, but kind was " + getKind());
    getIssueNumber().ifPresent(number -> Checks.require(number > 0, record,
        "issueNumber must be positive, but was " + number));
    Checks.distinct(record, "authorIds", getAuthorIds());
  }
}
