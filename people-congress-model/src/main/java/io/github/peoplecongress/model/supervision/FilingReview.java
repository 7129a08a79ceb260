package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.validation.NotBlankWhenPresent;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.FilingReviewId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filing and review of one normative document (规范性文件备案审查): a 决定, 命令 or other normative document of
 * the district government, supervisory commission, court or procuratorate, or a 决议/决定 of a lower-level congress.
 * Legal basis: Supervision Law 2024 Arts. 39–45 (2006 Arts. 28–33); Local Organic Law 2022 Art. 50(十一)–(十二);
 * provincial rules for the filing period (Henan Art. 51: 30 days after issue) and the review period (Art. 54).
 *
 * <p>The issuer is named as on the document ({@code issuerName}); {@code issuingOrgan} classifies it when it is one
 * of the 一府一委两院 and is absent for a lower-level congress.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFilingReview.class)
public abstract class FilingReview implements Identified<FilingReviewId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract FilingReviewId getId();

  /** @return the title of the document, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getDocumentTitle();

  /** @return the document number (文号) */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 100) String> getDocumentNumber();

  /** @return the issuer as named on the document, such as {@code "区人民政府"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getIssuerName();

  /** @return the state organ that issued it, when it is one of the 一府一委两院 */
  public abstract Optional<StateOrgan> getIssuingOrgan();

  /** @return the issuing body, by id */
  public abstract Optional<OrganizationId> getIssuingOrganizationId();

  /** @return the date the document was issued (发布/印发) */
  public abstract Optional<LocalDate> getIssuedDate();

  /** @return the date it was filed with the committee (报送备案), or a review request was received, not null */
  public abstract LocalDate getFiledDate();

  /** @return what started the review; {@link ReviewTrigger#ACTIVE} by default */
  @Value.Default
  public ReviewTrigger getTrigger() {
    return ReviewTrigger.ACTIVE;
  }

  /** @return the date the review was completed */
  public abstract Optional<LocalDate> getReviewCompletedDate();

  /** @return the outcome; absent while the review is open */
  public abstract Optional<FilingReviewOutcome> getOutcome();

  /** @return the committee's decision annulling the document, for {@link FilingReviewOutcome#ANNULLED} */
  public abstract Optional<DecisionId> getDecisionId();

  /** @return a note, up to 2000 characters; empty by default */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableFilingReview.Builder builder() {
    return ImmutableFilingReview.builder();
  }

  /** The date of filing ({@code filedDate}) places a review in a year. */
  @Override
  public LocalDate recordDate() {
    return getFiledDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("issuingOrganizationId", getIssuingOrganizationId())
        .add("decisionId", getDecisionId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "FilingReview " + getId();
    Checks.notBefore(record, "filedDate", getFiledDate(), "issuedDate", getIssuedDate().orElse(null));
    Checks.notBefore(record, "reviewCompletedDate", getReviewCompletedDate(), "filedDate", getFiledDate());
  }
}
