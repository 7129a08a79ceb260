package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.check;
import static io.github.peoplecongress.rules.petition.PetitionFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.petition.Extension;
import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.model.petition.PetitionRoute;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlingWithinDaysRuleTest {
  private final HandlingWithinDaysRule rule = new HandlingWithinDaysRule();
  // accepted Monday 2023-03-06: the 60th day is Friday 2023-05-05
  private static final LocalDate ACCEPTED = LocalDate.of(2023, 3, 6);

  private static ImmutablePetition accepted() {
    return petition(ACCEPTED).withAcceptedDate(ACCEPTED);
  }

  private static Extension extension(LocalDate approved, int days) {
    return Extension.builder().days(days).approvedDate(approved).reason("情况复杂").petitionerNotified(true).build();
  }

  @Test
  void sixtieth_day_in_time_sixty_first_late() {
    assertThat(check(rule, accepted().withResolvedDate(LocalDate.of(2023, 5, 5)))).isEmpty();
    assertThat(check(rule, accepted().withResolvedDate(LocalDate.of(2023, 5, 6)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void open_case_is_pending_up_to_its_last_day_and_overdue_the_day_after() {
    assertThat(check(rule, LocalDate.of(2023, 5, 5), accepted())).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2023, 5, 5));
      assertThat(f.getFoundEn()).isEqualTo("not yet done as of 2023-05-05, before the period ends");
    });
    assertThat(check(rule, LocalDate.of(2023, 5, 6), accepted())).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundEn()).isEqualTo("not done as of 2023-05-06");
    });
  }

  @Test
  void an_approved_extension_adds_at_most_thirty_days() {
    // 90 days end Sunday 2023-06-04, moved to Monday 2023-06-05
    ImmutablePetition extended = accepted().withExtension(extension(LocalDate.of(2023, 4, 20), 30));
    assertThat(check(rule, extended.withResolvedDate(LocalDate.of(2023, 6, 5)))).isEmpty();
    assertThat(check(rule, extended.withResolvedDate(LocalDate.of(2023, 6, 6)))).hasSize(1);
    ImmutablePetition tooLong = accepted().withExtension(extension(LocalDate.of(2023, 4, 20), 45));
    assertThat(check(rule, tooLong.withResolvedDate(LocalDate.of(2023, 6, 20)))).hasSize(1);
  }

  @Test
  void a_late_extension_does_not_count() {
    ImmutablePetition late = accepted().withExtension(extension(LocalDate.of(2023, 5, 8), 30));
    assertThat(check(rule, late.withResolvedDate(LocalDate.of(2023, 5, 20)))).hasSize(1);
  }

  @Test
  void only_the_handling_opinion_route_under_2022() {
    assertThat(check(rule, accepted().withRoute(PetitionRoute.ADMINISTRATIVE_PROCEDURE))).isEmpty();
  }

  @Test
  void missing_route_or_acceptance_is_cannot_tell() {
    assertThat(check(rule, accepted().withRoute(Optional.empty()))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("route"));
    assertThat(check(rule, accepted().withRoute(Optional.empty()).withCategory(Optional.empty()))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("category", "route"));
    assertThat(check(rule, petition(ACCEPTED))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("acceptedDate"));
  }

  @Test
  void law_switch_on_2022_05_01() {
    LocalDate before = LocalDate.of(2022, 4, 30);
    LocalDate on = LocalDate.of(2022, 5, 1);
    Finding old = check(rule, petition(before).withAcceptedDate(before)
        .withRoute(PetitionRoute.ADMINISTRATIVE_PROCEDURE)).get(0);
    assertThat(old.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(old.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(check(rule, petition(on).withAcceptedDate(on).withRoute(PetitionRoute.ADMINISTRATIVE_PROCEDURE)))
        .isEmpty();
    assertThat(check(rule, petition(on).withAcceptedDate(on)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.PETITION_REGULATION_2022);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, accepted().withResolvedDate(LocalDate.of(2023, 5, 10))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-002] 违反规定：信访事项办理期限"
        + "（信访工作条例（2022）第三十四条）Petition PT-1：应当自2023-03-06受理起60日内办结，即不晚于2023-05-05，实际于2023-05-10办结");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-002] violation: Petition resolved within the "
        + "handling period (Regulations on Letters-and-Visits Work (2022) Art. 34) at Petition PT-1: expected resolved "
        + "within 60 days of acceptance on 2023-03-06, i.e. by 2023-05-05 but found done on 2023-05-10");
  }
}
