package io.github.peoplecongress.model.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One member's attendance at a meeting, for example {@code Attendance.of(PersonId.of("P-003"),
 * AttendanceStatus.ON_LEAVE)}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAttendance.class)
public abstract class Attendance implements HasReferences {

  /** @return the member (常委会组成人员, or 主任会议 member), not null */
  public abstract PersonId getMemberId();

  /** @return whether the member was present, on leave or absent, not null */
  public abstract AttendanceStatus getStatus();

  /** @return the reason for leave or absence (请假事由), up to 500 characters */
  public abstract Optional<@Size(max = 500) String> getReason();

  /**
   * Obtains an attendance entry without a reason.
   *
   * @param memberId  the member, not null
   * @param status  the status, not null
   * @return the entry, not null
   */
  public static Attendance of(PersonId memberId, AttendanceStatus status) {
    return builder().memberId(memberId).status(status).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAttendance.Builder builder() {
    return ImmutableAttendance.builder();
  }

  /**
   * Returns whether the member was present.
   *
   * @return true if the status is {@link AttendanceStatus#PRESENT}
   */
  public boolean present() {
    return getStatus() == AttendanceStatus.PRESENT;
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("memberId", getMemberId()).build();
  }
}
