package io.github.peoplecongress.model.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting: of the standing committee (常委会会议, regular or 临时召集), of the directors (主任会议), of the
 * Party group (党组会议), or a session of the congress (人民代表大会会议) — for example the 3rd meeting of the
 * 16th standing committee on 2019-04-26:
 * <pre>
 * Meeting.builder().id(MeetingId.of("M-16-03")).kind(MeetingKind.STANDING_COMMITTEE)
 *     .termNumber(16).number(3).date(LocalDate.of(2019, 4, 26))
 *     .convenerId(director).chairId(director)
 *     .addAttendance(Attendance.of(member, AttendanceStatus.PRESENT))
 *     .build();
 * </pre>
 * Legal basis: Local Organic Law 2022 Art. 51 (convened and chaired by the director, who may ask a deputy
 * director to chair; at least every two months; ad hoc meetings; 列席 by the heads of the 一府一委两院; quorum and
 * adoption by more than half of all members), Art. 54 (主任会议), Arts. 14–15 (congress sessions).
 *
 * <p>Attendance lists each member once; whether the meeting was quorate is for the rules module, which knows the
 * committee's size.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting implements Identified<MeetingId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract MeetingId getId();

  /** @return the kind of meeting, not null */
  public abstract MeetingKind getKind();

  /**
   * Returns whether the meeting was called ad hoc (临时召集, Local Organic Law 2022 Art. 51(1)) rather than as a
   * regular meeting. Defaults to false.
   *
   * @return true for an ad hoc meeting
   */
  @Value.Default
  public boolean isAdHoc() {
    return false;
  }

  /** @return the term (第N届) of the committee or congress, positive */
  @Positive
  public abstract int getTermNumber();

  /** @return the meeting number within the term and kind (第N次会议), positive */
  @Positive
  public abstract int getNumber();

  /** @return the date the meeting opened (举行会议的日期), not null */
  public abstract LocalDate getDate();

  /** @return the closing date, when the meeting ran over several days */
  public abstract Optional<LocalDate> getEndDate();

  /** @return who convened the meeting (召集人; by law the director), by person id */
  public abstract Optional<PersonId> getConvenerId();

  /** @return who chaired the meeting (主持人; the director, or a deputy director by delegation), by person id */
  public abstract Optional<PersonId> getChairId();

  /** @return attendance per member (出席/请假/缺席), one entry per member */
  public abstract List<@Valid Attendance> getAttendance();

  /** @return those who attended without a vote (列席), deputies and officials */
  public abstract List<@Valid NonVotingAttendance> getNonVotingAttendance();

  /** @return the agenda items, in order */
  public abstract List<@Valid AgendaItem> getAgenda();

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
  public static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  /**
   * Returns the number of members recorded as present (出席), the figure quorum is judged on.
   *
   * @return the count, not negative
   */
  public int presentCount() {
    return (int) getAttendance().stream().filter(Attendance::present).count();
  }

  /**
   * Returns the members recorded as present (出席), in attendance-list order.
   *
   * @return an immutable list, not null
   */
  public List<PersonId> presentMembers() {
    return getAttendance().stream().filter(Attendance::present).map(Attendance::getMemberId).toList();
  }

  /**
   * Returns the deputies who attended without a vote as deputies (代表列席), in list order.
   *
   * @return an immutable list, not null
   */
  public List<DeputyId> nonVotingDeputies() {
    return getNonVotingAttendance().stream()
        .filter(attendee -> attendee.getCapacity() == NonVotingCapacity.DEPUTY)
        .flatMap(attendee -> attendee.getDeputyId().stream())
        .toList();
  }

  /**
   * Returns the last day of the meeting: the end date, or the opening date for a one-day meeting.
   *
   * @return the date, not null
   */
  public LocalDate lastDay() {
    return getEndDate().orElse(getDate());
  }

  /** The opening date ({@code date}) places a meeting in a year. */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("convenerId", getConvenerId())
        .add("chairId", getChairId())
        .addNested("attendance", getAttendance())
        .addNested("nonVotingAttendance", getNonVotingAttendance())
        .addNested("agenda", getAgenda())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "Meeting " + getId();
    Checks.notBefore(record, "endDate", getEndDate(), "date", getDate());
    Checks.distinct(record, "attendance memberIds", getAttendance().stream().map(Attendance::getMemberId).toList());
    Checks.distinct(record, "nonVotingAttendance deputyIds",
        getNonVotingAttendance().stream().flatMap(attendee -> attendee.getDeputyId().stream()).toList());
    Checks.distinct(record, "nonVotingAttendance personIds",
        getNonVotingAttendance().stream().flatMap(attendee -> attendee.getPersonId().stream()).toList());
    Checks.distinct(record, "agenda sequence numbers",
        getAgenda().stream().map(AgendaItem::getSequence).toList());
  }
}
