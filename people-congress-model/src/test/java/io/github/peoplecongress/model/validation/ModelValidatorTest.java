package io.github.peoplecongress.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.person.ImmutablePerson;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.problem.Problem;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {
  private static final Person BLANK_NAME = Person.builder().id(PersonId.of("P-001")).name(" ")
      .gender(Gender.FEMALE).ethnicity(Ethnicity.HAN).build();

  /** A host's own form, validated through the shared validator. */
  static final class HostForm {
    private final String title;

    HostForm(String title) {
      this.title = title;
    }

    @NotBlank
    public String getTitle() {
      return title;
    }
  }

  @Test
  void reports_a_constraint_of_the_abstract_type_on_its_generated_class() {
    List<Problem> english = ModelValidator.validate(BLANK_NAME, Locale.ENGLISH);
    List<Problem> chinese = ModelValidator.validate(BLANK_NAME, Locale.SIMPLIFIED_CHINESE);

    assertThat(english).extracting(Problem::getPath, Problem::getRecord, Problem::getExpected, Problem::getFound)
        .as("the @NotBlank on Person.getName() applies to the ImmutablePerson that is validated")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.name", "Person P-001", "must not be blank", "\" \""));
    assertThat(chinese).extracting(Problem::getExpected).containsExactly("不能为空");
  }

  @Test
  void reads_the_constraints_of_a_generated_model_class_from_its_abstract_type() {
    ModelValidator.GeneratedModelClasses normalizer = new ModelValidator.GeneratedModelClasses();

    assertThat(normalizer.normalize(ImmutablePerson.class)).isEqualTo(Person.class);
    assertThat(normalizer.normalize(Person.class)).isEqualTo(Person.class);
    assertThat(normalizer.normalize(HostForm.class)).isEqualTo(HostForm.class);
    assertThat(normalizer.normalize(String.class)).isEqualTo(String.class);
  }

  @Test
  void validates_a_hosts_own_type_with_its_own_constraints() {
    assertThat(ModelValidator.validator().validate(new HostForm("")))
        .extracting(violation -> violation.getPropertyPath().toString()).containsExactly("title");
  }
}
