package io.github.peoplecongress.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.code.PoliticalStatus;
import io.github.peoplecongress.model.code.ResidentIdNumber;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static final String ID_NUMBER = "11010519491231002X";
  private static final ValidatorFactory VALIDATION = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.ENGLISH).buildValidatorFactory();

  private final ObjectMapper mapper = CongressJson.objectMapper();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  static Person full() {
    return Person.builder()
        .id(PersonId.of("P-001"))
        .name("王芳")
        .gender(Gender.FEMALE)
        .ethnicity(Ethnicity.HAN)
        .birthDate(LocalDate.of(1949, 12, 31))
        .politicalStatus(PoliticalStatus.CPC_MEMBER)
        .educationLevel(EducationLevel.UNDERGRADUATE)
        .idNumber(ResidentIdNumber.of(ID_NUMBER))
        .phone("13812345678")
        .employerAndPosition("某区教育局局长")
        .build();
  }

  static Person minimal() {
    return Person.builder().id(PersonId.of("P-002")).name("李明").gender(Gender.NOT_STATED)
        .ethnicity(Ethnicity.HUI).build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    for (Person person : new Person[] {full(), minimal()}) {
      String json = mapper.writeValueAsString(person);

      assertThat(mapper.readValue(json, Person.class)).isEqualTo(person);
    }
  }

  @Test
  void writes_codes_as_names_and_the_id_number_in_full() throws Exception {
    String json = mapper.writeValueAsString(full());

    assertThat(json).contains("\"gender\" : \"FEMALE\"", "\"ethnicity\" : \"HAN\"",
        "\"idNumber\" : \"11010519491231002X\"", "\"phone\" : \"13812345678\"");
    assertThat(mapper.writeValueAsString(minimal())).doesNotContain("idNumber", "birthDate");
  }

  @Test
  void masks_the_id_number_and_phone_in_to_string() {
    String text = full().toString();

    assertThat(text).contains("idNumber=110105********002X", "phone=138****5678", "name=王芳")
        .doesNotContain(ID_NUMBER, "13812345678");
  }

  @Test
  void masks_phone_numbers() {
    assertThat(Person.maskPhone("13812345678")).isEqualTo("138****5678");
    assertThat(Person.maskPhone("0591-87654321")).isEqualTo("059******4321");
    assertThat(Person.maskPhone("1234567")).isEqualTo("*******");
  }

  @Test
  void rejects_a_birth_date_that_disagrees_with_the_id_number() {
    assertThatThrownBy(() -> ImmutablePerson.copyOf(full()).withBirthDate(LocalDate.of(1949, 12, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person P-001: birthDate 1949-12-30 does not agree with the birth date 1949-12-31 in idNumber"
            + " 110105********002X");
  }

  @Test
  void rejects_a_gender_that_disagrees_with_the_id_number() {
    assertThatThrownBy(() -> ImmutablePerson.copyOf(full()).withGender(Gender.MALE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person P-001: gender MALE does not agree with idNumber 110105********002X, whose sex digit is"
            + " even (FEMALE)");
  }

  @Test
  void accepts_an_unstated_gender_with_an_id_number() {
    assertThat(ImmutablePerson.copyOf(full()).withGender(Gender.NOT_STATED).getGender()).isEqualTo(Gender.NOT_STATED);
    assertThat(ImmutablePerson.copyOf(full()).withGender(Gender.NOT_KNOWN).getIdNumber()).isPresent();
  }

  @Test
  void accepts_a_birth_date_without_an_id_number() {
    Person person = ImmutablePerson.copyOf(minimal()).withBirthDate(LocalDate.of(1970, 1, 1));

    assertThat(person.getBirthDate()).contains(LocalDate.of(1970, 1, 1));
  }

  @Test
  void refers_to_no_other_record() {
    assertThat(full().references()).isEmpty();
  }

  @Test
  void validates_name_and_phone_format() {
    Person person = ImmutablePerson.copyOf(full()).withName(" ").withPhone("12345");

    Set<ConstraintViolation<Person>> violations = VALIDATION.getValidator().validate(person);

    assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
        .containsExactlyInAnyOrder("name", "phone");
    assertThat(violations).filteredOn(violation -> violation.getPropertyPath().toString().equals("phone"))
        .singleElement().extracting(ConstraintViolation::getMessage)
        .isEqualTo("is not a mainland China mobile number (11 digits starting with 1) or a landline number with"
            + " area code");
  }

  @Test
  void accepts_mobile_and_landline_numbers() {
    for (String phone : new String[] {"13812345678", "+8613812345678", "0591-87654321", "01012345678",
        "010-12345678-123"}) {
      Person person = ImmutablePerson.copyOf(full()).withPhone(phone);

      assertThat(VALIDATION.getValidator().validate(person)).as(phone).isEmpty();
    }
  }

  @Test
  void validates_employer_and_position_length() {
    Person person = ImmutablePerson.copyOf(full()).withEmployerAndPosition("单".repeat(201));

    assertThat(VALIDATION.getValidator().validate(person))
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("employerAndPosition");
  }
}
