package io.github.peoplecongress.model.meeting;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeetingTest {
  private static final PersonId DIRECTOR = PersonId.of("P-001");
  private static final PersonId DEPUTY_DIRECTOR = PersonId.of("P-002");
  private static final PersonId MEMBER = PersonId.of("P-003");

  static Meeting sample() {
    return Meeting.builder()
        .id(MeetingId.of("M-16-03"))
        .kind(MeetingKind.STANDING_COMMITTEE)
        .termNumber(16)
        .number(3)
        .date(LocalDate.of(2019, 4, 26))
        .endDate(LocalDate.of(2019, 4, 27))
        .convenerId(DIRECTOR)
        .chairId(DEPUTY_DIRECTOR)
        .addAttendance(Attendance.of(DIRECTOR, AttendanceStatus.PRESENT))
        .addAttendance(Attendance.of(DEPUTY_DIRECTOR, AttendanceStatus.PRESENT))
        .addAttendance(Attendance.builder().memberId(MEMBER).status(AttendanceStatus.ON_LEAVE).reason("出差").build())
        .addNonVotingAttendance(NonVotingAttendance.deputy(DeputyId.of("D-017")))
        .addNonVotingAttendance(NonVotingAttendance.organHead(PersonId.of("P-201"), StateOrgan.COURT))
        .addAgenda(AgendaItem.builder().sequence(1).title("听取和审议区人民法院关于民事执行工作情况的报告")
            .kind(AgendaItemKind.SPECIAL_WORK_REPORT).workReportId(WorkReportId.of("WR-2019-03")).build())
        .addAgenda(AgendaItem.builder().sequence(2).title("人事任免").kind(AgendaItemKind.PERSONNEL)
            .addPersonnelActionIds(PersonnelActionId.of("PA-1"), PersonnelActionId.of("PA-2"))
            .vote(VoteTally.of(20, 0, 1, 0)).build())
        .addAgenda(AgendaItem.builder().sequence(3).title("关于批准2018年区级财政决算的决议")
            .kind(AgendaItemKind.FINAL_ACCOUNTS).decisionId(DecisionId.of("DEC-2019-04")).build())
        .note("第三次会议")
        .build();
  }

  @Test
  void round_trips_through_json() {
    Meeting meeting = sample();
    assertThat(Json.roundTrip(meeting, Meeting.class)).isEqualTo(meeting);
  }

  @Test
  void round_trips_a_minimal_meeting_and_omits_absent_values() {
    Meeting meeting = Meeting.builder().id(MeetingId.of("DM-7")).kind(MeetingKind.DIRECTORS).termNumber(16)
        .number(7).date(LocalDate.of(2019, 3, 1)).build();
    String json = Json.write(meeting);
    assertThat(json).contains("\"adHoc\" : false").doesNotContain("endDate").doesNotContain("chairId")
        .doesNotContain("presentCount").doesNotContain("references").doesNotContain("recordDate")
        .doesNotContain("lastDay");
    assertThat(Json.read(json, Meeting.class)).isEqualTo(meeting);
    assertThat(meeting.isAdHoc()).isFalse();
  }

  @Test
  void round_trips_nested_values() {
    for (Object value : Arrays.asList(Attendance.of(MEMBER, AttendanceStatus.ABSENT),
        NonVotingAttendance.deputy(DeputyId.of("D-001")),
        AgendaItem.of(1, "宪法宣誓", AgendaItemKind.OATH))) {
      assertThat(Json.roundTrip(value, abstractType(value))).isEqualTo(value);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> abstractType(T value) {
    return (Class<T>) value.getClass().getSuperclass();
  }

  @Test
  void counts_present_members() {
    Meeting meeting = sample();
    assertThat(meeting.presentCount()).isEqualTo(2);
    assertThat(meeting.presentMembers()).containsExactly(DIRECTOR, DEPUTY_DIRECTOR);
    assertThat(meeting.nonVotingDeputies()).containsExactly(DeputyId.of("D-017"));
    assertThat(meeting.lastDay()).isEqualTo(LocalDate.of(2019, 4, 27));
    assertThat(meeting.recordDate()).isEqualTo(LocalDate.of(2019, 4, 26));
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).containsExactly(
        Reference.of("convenerId", DIRECTOR),
        Reference.of("chairId", DEPUTY_DIRECTOR),
        Reference.of("attendance[0].memberId", DIRECTOR),
        Reference.of("attendance[1].memberId", DEPUTY_DIRECTOR),
        Reference.of("attendance[2].memberId", MEMBER),
        Reference.of("nonVotingAttendance[0].deputyId", DeputyId.of("D-017")),
        Reference.of("nonVotingAttendance[1].personId", PersonId.of("P-201")),
        Reference.of("agenda[0].workReportId", WorkReportId.of("WR-2019-03")),
        Reference.of("agenda[1].personnelActionIds[0]", PersonnelActionId.of("PA-1")),
        Reference.of("agenda[1].personnelActionIds[1]", PersonnelActionId.of("PA-2")),
        Reference.of("agenda[2].decisionId", DecisionId.of("DEC-2019-04")));
  }

  @Test
  void rejects_end_before_date() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableMeeting.copyOf(sample()).withEndDate(LocalDate.of(2019, 4, 25)))
        .withMessage("Meeting M-16-03: endDate 2019-04-25 must not be before date 2019-04-26");
  }

  @Test
  void rejects_a_member_listed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableMeeting.copyOf(sample())
            .withAttendance(Attendance.of(MEMBER, AttendanceStatus.PRESENT),
                Attendance.of(MEMBER, AttendanceStatus.ABSENT)))
        .withMessageContaining("attendance memberIds lists P-003 more than once");
  }

  @Test
  void rejects_a_non_voting_deputy_listed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableMeeting.copyOf(sample())
            .withNonVotingAttendance(NonVotingAttendance.deputy(DeputyId.of("D-1")),
                NonVotingAttendance.deputy(DeputyId.of("D-1"))))
        .withMessageContaining("nonVotingAttendance deputyIds lists D-1 more than once");
  }

  @Test
  void rejects_a_non_voting_person_listed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableMeeting.copyOf(sample())
            .withNonVotingAttendance(NonVotingAttendance.organHead(PersonId.of("P-9"), StateOrgan.COURT),
                NonVotingAttendance.organHead(PersonId.of("P-9"), StateOrgan.COURT)))
        .withMessageContaining("nonVotingAttendance personIds lists P-9 more than once");
  }

  @Test
  void rejects_two_agenda_items_with_one_number() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableMeeting.copyOf(sample())
            .withAgenda(AgendaItem.of(1, "甲", AgendaItemKind.OTHER), AgendaItem.of(1, "乙", AgendaItemKind.OTHER)))
        .withMessageContaining("agenda sequence numbers lists 1 more than once");
  }

  @Test
  void rejects_an_agenda_item_listing_a_personnel_action_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgendaItem.builder().sequence(4).title("人事任免").kind(AgendaItemKind.PERSONNEL)
            .addPersonnelActionIds(PersonnelActionId.of("PA-1"), PersonnelActionId.of("PA-1")).build())
        .withMessage("AgendaItem 4: personnelActionIds lists PA-1 more than once");
  }

  @Test
  void rejects_non_voting_attendance_with_both_ids() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NonVotingAttendance.builder().deputyId(DeputyId.of("D-1")).personId(PersonId.of("P-1"))
            .capacity(NonVotingCapacity.OTHER).build())
        .withMessage("NonVotingAttendance: exactly one of deputyId and personId must be set,"
            + " but deputyId was D-1 and personId was P-1");
  }

  @Test
  void rejects_non_voting_attendance_with_neither_id() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NonVotingAttendance.builder().capacity(NonVotingCapacity.OTHER).build())
        .withMessage("NonVotingAttendance: exactly one of deputyId and personId must be set,"
            + " but deputyId was null and personId was null");
  }

  @Test
  void rejects_a_deputy_capacity_without_a_deputy_id() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NonVotingAttendance.builder().personId(PersonId.of("P-1"))
            .capacity(NonVotingCapacity.DEPUTY).build())
        .withMessage("NonVotingAttendance: capacity DEPUTY requires deputyId, but personId was P-1");
  }

  @Test
  void rejects_unknown_json_properties() {
    String json = Json.write(sample()).replaceFirst("\\{", "{\"quorate\": true,");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.read(json, Meeting.class))
        .hasMessageContaining("quorate");
  }

  @Test
  void labels_every_enum_constant_in_chinese() {
    assertThat(MeetingKind.DIRECTORS.getLabel()).isEqualTo("主任会议");
    assertThat(AttendanceStatus.ON_LEAVE.getLabel()).isEqualTo("请假");
    assertThat(NonVotingCapacity.ORGAN_HEAD.getLabel()).isEqualTo("一府一委两院负责人");
    assertThat(AgendaItemKind.SPECIAL_INQUIRY.getLabel()).isEqualTo("专题询问");
    for (Enum<?>[] values : new Enum<?>[][] {MeetingKind.values(), AttendanceStatus.values(),
        NonVotingCapacity.values(), AgendaItemKind.values()}) {
      for (Enum<?> value : values) {
        assertThat(label(value)).as(value.name()).isNotBlank().matches(".*\\p{IsHan}.*");
      }
    }
  }

  private static String label(Enum<?> value) {
    try {
      return (String) value.getClass().getMethod("getLabel").invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
