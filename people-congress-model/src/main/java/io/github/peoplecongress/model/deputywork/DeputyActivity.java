package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deputies' activity (代表活动) and the deputies who took part, for example eight deputies attending the 3rd
 * meeting of the standing committee on 2019-04-26, or one deputy reporting to the voters of constituency 12.
 *
 * <p>Reports count participation in person-times (人次): one activity with eight deputies is eight 人次 of its
 * kind. The per-deputy record (履职档案) and the participation targets (every deputy attends a committee meeting or
 * an organised activity at least once in the term; a local target such as "contacts at least ten voters a year")
 * are computed from {@link #getDeputyIds()}. Legal basis: 代表法 2025 Arts. 25–28, 33, 58 (2015 Arts. 19–21, 26,
 * 45).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDeputyActivity.class)
public abstract class DeputyActivity implements Identified<ActivityId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract ActivityId getId();

  /** @return the kind of activity, not null */
  public abstract ActivityKind getKind();

  /** @return the date the activity took place, or began, not null */
  public abstract LocalDate getDate();

  /** @return the last day, when the activity ran over several days */
  public abstract Optional<LocalDate> getEndDate();

  /** @return the title, such as {@code "视察全区老旧小区改造"}, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** @return the organiser, such as the committee's deputies' working body or a street working committee */
  public abstract Optional<OrganizationId> getOrganizerId();

  /** @return the deputies who took part, each once, in any order */
  public abstract List<DeputyId> getDeputyIds();

  /** @return the deputy group whose activity this was (代表小组活动) */
  public abstract Optional<DeputyGroupId> getDeputyGroupId();

  /** @return the constituency visited or reported to (原选区), for {@code VISIT_VOTERS} and {@code REPORT_TO_VOTERS} */
  public abstract Optional<ConstituencyId> getConstituencyId();

  /** @return the committee meeting attended, for {@code ATTEND_COMMITTEE_MEETING} */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return the law-enforcement inspection taken part in */
  public abstract Optional<InspectionId> getInspectionId();

  /** @return the committee's oversight activity (视察, 调研, 专题询问, 评议) taken part in */
  public abstract Optional<OversightActivityId> getOversightActivityId();

  /**
   * Returns the number of voters or members of the public the participating deputies met, in total. Where a
   * per-deputy contact target matters, record one activity per deputy.
   *
   * @return the count, not negative, or empty if not recorded
   */
  public abstract Optional<@PositiveOrZero Integer> getVotersContacted();

  /** @return the place, such as {@code "XX街道代表联络站"}, up to 200 characters, empty if not recorded */
  @Value.Default
  public @Size(max = 200) String getPlace() {
    return "";
  }

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableDeputyActivity.Builder builder() {
    return ImmutableDeputyActivity.builder();
  }

  /**
   * Returns the date of the activity ({@link #getDate()}, the first day when it ran over several days).
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  /**
   * Returns the person-times (人次) of this activity: the number of participating deputies.
   *
   * @return the count, not negative
   */
  public int personTimes() {
    return getDeputyIds().size();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("organizerId", getOrganizerId())
        .addAll("deputyIds", getDeputyIds())
        .add("deputyGroupId", getDeputyGroupId())
        .add("constituencyId", getConstituencyId())
        .add("meetingId", getMeetingId())
        .add("inspectionId", getInspectionId())
        .add("oversightActivityId", getOversightActivityId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "DeputyActivity " + getId();
    Checks.notBefore(record, "endDate", getEndDate(), "date", getDate());
    Checks.distinct(record, "deputyIds", getDeputyIds());
    getVotersContacted().ifPresent(count -> Checks.notNegative(record, "votersContacted", count));
  }
}
