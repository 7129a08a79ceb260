package io.github.peoplecongress.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.code.CodeGenerators;
import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.code.PoliticalStatus;
import io.github.peoplecongress.model.code.ResidentIdNumber;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PersonProperties {
  private final ObjectMapper mapper = CongressJson.objectMapper();

  private static <T> Gen<T> oneOf(T[] values) {
    return integers().between(0, values.length - 1).map(i -> values[i]);
  }

  /** Valid persons: with or without an id number; when present, birth date and sex follow it. */
  static Gen<Person> persons() {
    Gen<Optional<ResidentIdNumber>> idNumbers = CodeGenerators.residentIdNumberTexts().zip(integers().between(0, 2),
        (text, absent) -> absent == 0 ? Optional.<ResidentIdNumber>empty() : Optional.of(ResidentIdNumber.of(text)));
    Gen<Integer> seeds = integers().between(0, Integer.MAX_VALUE);
    return idNumbers.zip(oneOf(Ethnicity.values()), oneOf(PoliticalStatus.values()), oneOf(EducationLevel.values()),
        seeds, (idNumber, ethnicity, politicalStatus, educationLevel, seed) -> {
          ImmutablePerson.Builder builder = Person.builder()
              .id(PersonId.of("P-" + seed))
              .name("人员" + seed)
              .ethnicity(ethnicity);
          if (idNumber.isPresent()) {
            builder.idNumber(idNumber.get()).gender(idNumber.get().getGender());
            if (seed % 2 == 0) {
              builder.birthDate(idNumber.get().getBirthDate());
            }
          } else {
            builder.gender(Gender.values()[seed % Gender.values().length]);
          }
          if (seed % 3 != 0) {
            builder.politicalStatus(politicalStatus).educationLevel(educationLevel)
                .phone("13" + String.format("%09d", seed % 1_000_000_000));
          }
          if (seed % 5 == 0) {
            builder.employerAndPosition("某单位职务" + seed);
          }
          return builder.build();
        });
  }

  /** A new instance with the same values, built attribute by attribute (strict builders have no from()). */
  private static Person copy(Person person) {
    return Person.builder().id(person.getId()).name(person.getName()).gender(person.getGender())
        .ethnicity(person.getEthnicity()).birthDate(person.getBirthDate())
        .politicalStatus(person.getPoliticalStatus()).educationLevel(person.getEducationLevel())
        .idNumber(person.getIdNumber()).phone(person.getPhone())
        .employerAndPosition(person.getEmployerAndPosition()).build();
  }

  @Test
  void round_trips_through_json() {
    qt().forAll(persons()).checkAssert(person -> {
      try {
        assertThat(mapper.readValue(mapper.writeValueAsString(person), Person.class)).isEqualTo(person);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void equals_and_hash_code_follow_the_values() {
    qt().forAll(persons()).checkAssert(person -> {
      Person copy = copy(person);
      assertThat(copy).isEqualTo(person).hasSameHashCodeAs(person);
      assertThat(ImmutablePerson.copyOf(person).withName(person.getName() + "甲")).isNotEqualTo(person);
    });
  }

  @Test
  void never_shows_the_id_number_or_phone_in_full() {
    qt().forAll(persons()).checkAssert(person -> {
      String text = person.toString();
      person.getIdNumber().ifPresent(number -> assertThat(text).doesNotContain(number.getValue()));
      person.getPhone().ifPresent(phone -> assertThat(text).doesNotContain(phone));
    });
  }
}
