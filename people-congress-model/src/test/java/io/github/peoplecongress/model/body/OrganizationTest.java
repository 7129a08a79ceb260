package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganizationTest {
  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static Organization bureau() {
    return Organization.builder().id(OrganizationId.of("O-EDU")).name("xx区教育局").shortName("区教育局")
        .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).parentId(OrganizationId.of("O-GOV"))
        .creditCode("12440600MB2C07549J").establishedDate(LocalDate.of(2019, 2, 28)).build();
  }

  @Test
  void round_trips_through_json() {
    Organization bureau = bureau();
    assertThat(Json.roundTrip(bureau, Organization.class)).isEqualTo(bureau);
    Organization court = Organization.builder().id(OrganizationId.of("O-COURT")).name("xx区人民法院")
        .kind(OrganizationKind.COURT).build();
    assertThat(Json.roundTrip(court, Organization.class)).isEqualTo(court);
  }

  @Test
  void lists_its_parent_as_a_reference() {
    assertThat(bureau().references()).containsExactly(Reference.of("parentId", OrganizationId.of("O-GOV")));
  }

  @Test
  void maps_kinds_to_the_supervised_state_organ() {
    assertThat(bureau().stateOrgan()).contains(StateOrgan.GOVERNMENT);
    assertThat(OrganizationKind.PUBLIC_SECURITY.stateOrgan()).contains(StateOrgan.GOVERNMENT);
    assertThat(OrganizationKind.SUPERVISORY_COMMISSION.stateOrgan()).contains(StateOrgan.SUPERVISORY_COMMISSION);
    assertThat(OrganizationKind.COURT.stateOrgan()).contains(StateOrgan.COURT);
    assertThat(OrganizationKind.PROCURATORATE.stateOrgan()).contains(StateOrgan.PROCURATORATE);
    assertThat(OrganizationKind.STREET_WORKING_BODY.stateOrgan()).isEmpty();
    assertThat(OrganizationKind.HIGHER_STANDING_COMMITTEE.stateOrgan()).isEmpty();
    assertThat(OrganizationKind.ENTERPRISE.stateOrgan()).isEmpty();
    assertThat(OrganizationKind.STREET_WORKING_BODY.congressOrgan()).isTrue();
    assertThat(OrganizationKind.GOVERNMENT.congressOrgan()).isFalse();
  }

  @Test
  void exists_between_establishment_and_dissolution() {
    Organization old = Organization.builder().id(OrganizationId.of("O-OLD")).name("xx区教育体育局")
        .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).dissolvedDate(LocalDate.of(2019, 2, 28)).build();
    assertThat(old.existsOn(LocalDate.of(2019, 2, 27))).isTrue();
    assertThat(old.existsOn(LocalDate.of(2019, 2, 28))).isFalse();
    assertThat(bureau().existsOn(LocalDate.of(2019, 2, 27))).isFalse();
    assertThat(bureau().existsOn(LocalDate.of(2019, 2, 28))).isTrue();
  }

  @Test
  void validation_checks_the_credit_code_format() {
    assertThat(VALIDATOR.validate(bureau())).isEmpty();
    Organization wrong = Organization.builder().id(OrganizationId.of("O-X")).name("xx区某局")
        .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).creditCode("11610103MB2955123").build();
    assertThat(VALIDATOR.validate(wrong)).extracting(v -> v.getPropertyPath().toString())
        .anyMatch(path -> path.startsWith("creditCode"));
  }

  @Test
  void rejects_dissolution_before_establishment() {
    assertThatThrownBy(() -> Organization.builder().id(OrganizationId.of("O-EDU")).name("xx区教育局")
        .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).establishedDate(LocalDate.of(2019, 2, 28))
        .dissolvedDate(LocalDate.of(2018, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-EDU").hasMessageContaining("dissolvedDate 2018-01-01")
        .hasMessageContaining("establishedDate 2019-02-28");
  }

  @Test
  void rejects_itself_as_parent() {
    assertThatThrownBy(() -> Organization.builder().id(OrganizationId.of("O-GOV")).name("xx区人民政府")
        .kind(OrganizationKind.GOVERNMENT).parentId(OrganizationId.of("O-GOV")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parentId O-GOV").hasMessageContaining("own id O-GOV");
  }
}
