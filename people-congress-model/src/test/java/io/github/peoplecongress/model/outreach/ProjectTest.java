package io.github.peoplecongress.model.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.ProjectId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class ProjectTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  static ImmutableProject schools() {
    return Project.builder()
        .id(ProjectId.of("PRJ-2019-01"))
        .kind(ProjectKind.LIVELIHOOD)
        .name("新建、改扩建小学")
        .livelihoodCategory(LivelihoodCategory.SCHOOL)
        .units(3)
        .investment(new BigDecimal("120000000.00"))
        .year(Year.of(2019))
        .organizationId(OrganizationId.of("O-JTJ"))
        .build();
  }

  @Test
  void round_trips_through_json_keeping_the_money_exact() throws Exception {
    Project project = schools();
    String json = MAPPER.writeValueAsString(project);
    assertThat(json).contains("120000000.00");
    assertThat(MAPPER.readValue(json, Project.class)).isEqualTo(project);
  }

  @Test
  void is_dated_by_the_first_day_of_its_year_and_lists_its_references() {
    assertThat(schools().recordDate()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(schools().references()).containsExactly(Reference.of("organizationId", OrganizationId.of("O-JTJ")));
  }

  @Test
  void rejects_a_livelihood_category_on_a_key_project() {
    assertThatThrownBy(() -> schools().withKind(ProjectKind.KEY_PROJECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("livelihoodCategory SCHOOL is only for kind LIVELIHOOD, but kind was KEY_PROJECT");
  }

  @Test
  void rejects_no_units() {
    assertThatThrownBy(() -> schools().withUnits(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("units must be positive, but was 0");
  }

  @Test
  void rejects_negative_investment() {
    assertThatThrownBy(() -> schools().withInvestment(new BigDecimal("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("investment must not be negative, but was -1.00");
  }

  @Test
  void validation_flags_investment_with_more_than_two_decimals() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(schools())).isEmpty();
    assertThat(validator.validate(schools().withInvestment(new BigDecimal("1.005")))).hasSize(1);
  }

  @Test
  void leadership_assignment_round_trips_through_json() throws Exception {
    LeadershipAssignment assignment = LeadershipAssignment.builder().leaderId(PersonId.of("P-003"))
        .role(LeadershipRole.COMMANDER).projectId(ProjectId.of("PRJ-07")).startDate(LocalDate.of(2019, 2, 15))
        .endDate(LocalDate.of(2019, 12, 31)).build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(assignment), LeadershipAssignment.class))
        .isEqualTo(assignment);
    assertThat(assignment.recordDate()).isEqualTo(LocalDate.of(2019, 2, 15));
    assertThat(assignment.references()).containsExactly(Reference.of("leaderId", PersonId.of("P-003")),
        Reference.of("projectId", ProjectId.of("PRJ-07")));
  }

  @Test
  void rejects_a_leadership_assignment_ending_before_it_starts() {
    assertThatThrownBy(() -> LeadershipAssignment.builder().leaderId(PersonId.of("P-003"))
        .role(LeadershipRole.CHIEF_SERVICE_OFFICER).projectId(ProjectId.of("PRJ-07"))
        .startDate(LocalDate.of(2019, 2, 15)).endDate(LocalDate.of(2019, 2, 14)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endDate 2019-02-14 must not be before startDate 2019-02-15");
  }
}
