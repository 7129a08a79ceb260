package io.github.peoplecongress.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MeetingValidationTest {

  @Test
  void a_valid_meeting_has_no_violations() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(MeetingTest.sample())).isEmpty();
    }
  }

  @Test
  void reports_a_blank_agenda_title_and_a_non_positive_number_by_path() {
    Meeting meeting = ImmutableMeeting.copyOf(MeetingTest.sample()).withNumber(0)
        .withAgenda(AgendaItem.of(1, " ", AgendaItemKind.OTHER));
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Meeting>> violations = validator.validate(meeting);
      assertThat(violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder("number", "agenda[0].title");
    }
  }
}
