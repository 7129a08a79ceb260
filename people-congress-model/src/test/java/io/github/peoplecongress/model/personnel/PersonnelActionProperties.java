package io.github.peoplecongress.model.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PersonnelActionProperties {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  static Gen<PersonnelAction> actions() {
    Gen<LocalDate> dates = localDates().withDaysBetween(LocalDate.of(2015, 1, 1).toEpochDay(),
        LocalDate.of(2030, 12, 31).toEpochDay());
    Gen<PersonnelActionKind> kinds = arbitrary().enumValues(PersonnelActionKind.class);
    Gen<PostCategory> categories = arbitrary().enumValues(PostCategory.class);
    Gen<ActingBody> bodies = arbitrary().enumValues(ActingBody.class);
    Gen<Integer> numbers = integers().between(0, 40);
    return dates.zip(kinds, categories, bodies, (date, kind, category, body) -> PersonnelAction.builder()
        .id(PersonnelActionId.of("A-" + date + "-" + kind.ordinal()))
        .personId(PersonId.of("P-" + kind.ordinal()))
        .kind(kind)
        .postCategory(category)
        .postTitle(category.getLabel())
        .organizationId(OrganizationId.of("ORG-" + body.ordinal()))
        .decidedBy(body)
        .decisionDate(date)
        .letterHandedOverDate(date)
        .announcementDate(date.plusDays(kind.ordinal() + category.ordinal())))
        .zip(numbers, numbers, (builder, exams, delay) -> {
          for (int i = 0; i < exams % 4; i++) {
            builder.addExamIds(ExamId.of("E-" + i));
          }
          if (delay % 2 == 0) {
            builder.voteTally(VoteTally.of(delay, 0, 1, 0)).meetingId(MeetingId.of("M-" + delay));
          }
          if (delay % 3 == 0) {
            builder.oathCeremonyId(OathCeremonyId.of("O-" + delay));
          }
          return builder;
        })
        .zip(dates, (builder, effective) -> builder.effectiveDate(effective).build());
  }

  @Test
  void round_trips_through_json() {
    qt().forAll(actions()).checkAssert(action -> {
      try {
        PersonnelAction copy = MAPPER.readValue(MAPPER.writeValueAsString(action), PersonnelAction.class);
        assertThat(copy).isEqualTo(action).hasSameHashCodeAs(action);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void appoints_exactly_when_it_does_not_remove() {
    qt().forAll(actions()).checkAssert(action -> assertThat(action.appoints()).isNotEqualTo(action.removes()));
  }

  @Test
  void references_every_exam() {
    qt().forAll(actions()).checkAssert(action ->
        assertThat(action.references().stream().map(reference -> reference.getTarget()).toList())
            .containsAll(action.getExamIds()));
  }
}
