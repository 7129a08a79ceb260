package io.github.peoplecongress.model.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.vote.VoteTally;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PersonnelActionTest {
  private static final LocalDate DECIDED = LocalDate.of(2019, 4, 26);

  static ImmutablePersonnelAction.Builder judge() {
    return action(PersonnelActionKind.APPOINTMENT, "区人民法院审判员");
  }

  static ImmutablePersonnelAction.Builder action(PersonnelActionKind kind, String postTitle) {
    return PersonnelAction.builder()
        .id(PersonnelActionId.of("A-2019-001"))
        .personId(PersonId.of("P-017"))
        .kind(kind)
        .postCategory(PostCategory.STATE_FUNCTIONARY)
        .postTitle(postTitle)
        .organizationId(OrganizationId.of("ORG-COURT"))
        .decidedBy(ActingBody.STANDING_COMMITTEE)
        .decisionDate(DECIDED);
  }

  static PersonnelAction full() {
    return judge()
        .stateOrgan(StateOrgan.COURT)
        .proposedBy(ProposingAuthority.COURT_PRESIDENT)
        .proposerId(PersonId.of("P-002"))
        .meetingId(MeetingId.of("M-16-03"))
        .effectiveDate(DECIDED)
        .voteTally(VoteTally.of(21, 0, 1, 0))
        .secretBallot(false)
        .addExamIds(ExamId.of("E-2019-01"), ExamId.of("E-2019-02"))
        .oathCeremonyId(OathCeremonyId.of("O-2019-01"))
        .letterHandedOverDate(DECIDED)
        .announcementDate(DECIDED.plusDays(1))
        .filedForRecordDate(DECIDED.plusDays(3))
        .note("任命")
        .build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    ObjectMapper mapper = CongressJson.objectMapper();
    PersonnelAction action = full();
    String json = mapper.writeValueAsString(action);
    assertThat(mapper.readValue(json, PersonnelAction.class)).isEqualTo(action);
    assertThat(json).contains("\"postTitle\"", "\"decisionDate\" : \"2019-04-26\"").doesNotContain("appoints");
  }

  @Test
  void round_trips_a_minimal_action() throws Exception {
    ObjectMapper mapper = CongressJson.objectMapper();
    PersonnelAction action = judge().build();
    assertThat(mapper.readValue(mapper.writeValueAsString(action), PersonnelAction.class)).isEqualTo(action);
  }

  @Test
  void is_dated_by_its_decision() {
    assertThat(full().recordDate()).isEqualTo(DECIDED);
  }

  @Test
  void lists_every_reference() {
    assertThat(full().references()).containsExactly(
        Reference.of("personId", PersonId.of("P-017")),
        Reference.of("organizationId", OrganizationId.of("ORG-COURT")),
        Reference.of("proposerId", PersonId.of("P-002")),
        Reference.of("meetingId", MeetingId.of("M-16-03")),
        Reference.of("examIds[0]", ExamId.of("E-2019-01")),
        Reference.of("examIds[1]", ExamId.of("E-2019-02")),
        Reference.of("oathCeremonyId", OathCeremonyId.of("O-2019-01")));
  }

  @Test
  void appoints_and_removes_follow_the_kind() {
    assertThat(judge().build().appoints()).isTrue();
    assertThat(judge().build().removes()).isFalse();
    PersonnelAction resignation = action(PersonnelActionKind.ACCEPTED_RESIGNATION, "副区长").build();
    assertThat(resignation.removes()).isTrue();
    assertThat(Arrays.stream(PersonnelActionKind.values()).filter(PersonnelActionKind::appoints))
        .containsExactly(PersonnelActionKind.ELECTION, PersonnelActionKind.BY_ELECTION,
            PersonnelActionKind.APPOINTMENT, PersonnelActionKind.DECIDED_APPOINTMENT,
            PersonnelActionKind.APPROVED_APPOINTMENT, PersonnelActionKind.ACTING_APPOINTMENT);
  }

  @Test
  void rejects_letter_handed_over_before_decision() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> judge().letterHandedOverDate(DECIDED.minusDays(1)).build())
        .withMessageContainingAll("A-2019-001", "letterHandedOverDate 2019-04-25", "decisionDate 2019-04-26");
  }

  @Test
  void rejects_announcement_before_decision() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> judge().announcementDate(DECIDED.minusDays(2)).build())
        .withMessageContainingAll("announcementDate 2019-04-24", "decisionDate 2019-04-26");
  }

  @Test
  void rejects_filing_for_record_before_decision() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> judge().filedForRecordDate(DECIDED.minusDays(1)).build())
        .withMessageContainingAll("filedForRecordDate 2019-04-25", "decisionDate 2019-04-26");
  }

  @Test
  void rejects_the_same_exam_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> judge().addExamIds(ExamId.of("E-1"), ExamId.of("E-1")).build())
        .withMessageContainingAll("examIds", "E-1", "more than once");
  }

  @Test
  void rejects_removal_motion_on_other_kinds() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> judge().removalMotionId(RemovalMotionId.of("R-1")).build())
        .withMessageContainingAll("removalMotionId", "R-1", "REMOVAL", "APPOINTMENT");
  }

  @Test
  void accepts_removal_motion_on_a_removal() {
    PersonnelAction removal = action(PersonnelActionKind.REMOVAL, "区人民法院审判员").removalMotionId(RemovalMotionId.of("R-1"))
        .secretBallot(true).build();
    assertThat(removal.references()).contains(Reference.of("removalMotionId", RemovalMotionId.of("R-1")));
  }

  @Test
  void accepts_an_effective_date_before_the_decision() {
    // a retroactive effective date is odd, not impossible: the rules module judges it
    assertThat(judge().effectiveDate(DECIDED.minusDays(1)).build().getEffectiveDate()).hasValue(DECIDED.minusDays(1));
  }

  @Test
  void validator_rejects_a_blank_post_title() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(action(PersonnelActionKind.APPOINTMENT, " ").build()))
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("postTitle");
    assertThat(validator.validate(full())).isEmpty();
  }

  @Test
  void every_enum_constant_has_a_chinese_label() {
    assertThat(PersonnelActionKind.DECIDED_APPOINTMENT.getLabel()).isEqualTo("决定任命");
    assertThat(PersonnelActionKind.ACTING_APPOINTMENT.getLabel()).isEqualTo("决定代理");
    assertThat(PostCategory.PEOPLES_ASSESSOR.getLabel()).isEqualTo("人民陪审员");
    assertThat(ActingBody.STANDING_COMMITTEE.getLabel()).isEqualTo("常务委员会");
    assertThat(ProposingAuthority.GOVERNMENT_HEAD.getLabel()).isEqualTo("区长");
    for (Enum<?>[] values : new Enum<?>[][] {PersonnelActionKind.values(), PostCategory.values(),
        ActingBody.values(), ProposingAuthority.values(), ExamOutcome.values(), ExamExemption.values(),
        ExamFormat.values(), OathForm.values(), OathKind.values(), OathOrganiser.values(), OathText.values()}) {
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
