package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.check;
import static io.github.peoplecongress.rules.petition.PetitionFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.petition.Forwarding;
import io.github.peoplecongress.model.petition.ForwardingMode;
import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.model.petition.PetitionOutcome;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ForwardingWithinDaysRuleTest {
  private final ForwardingWithinDaysRule rule = new ForwardingWithinDaysRule();
  // received Monday 2023-03-06: the 15th day is Tuesday 2023-03-21
  private static final LocalDate RECEIVED = LocalDate.of(2023, 3, 6);

  private static ImmutablePetition forwarded(LocalDate received, LocalDate on, ForwardingMode mode) {
    return petition(received).withForwarding(Forwarding.builder().organizationId(Fixtures.CONSTRUCTION_BUREAU)
        .date(on).mode(mode).build());
  }

  private static ImmutablePetition forwarded(LocalDate received, LocalDate on) {
    return forwarded(received, on, ForwardingMode.TRANSFER);
  }

  /** The forwarding period binding on the committee from 2005 on, and the 2005 regulation covering it as given. */
  private static JurisdictionProfile binding(CongressCoverage before2022) {
    return JurisdictionProfile.builder("fwd", "fwd", "fwd")
        .set(PetitionParameters.FORWARDING_PERIOD_COVERAGE,
            DatedSeries.of(LocalDate.of(2005, 5, 1), CongressCoverage.BINDING, "test"))
        .set(PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022,
            DatedSeries.of(LocalDate.of(2005, 5, 1), before2022, "test"))
        .build();
  }

  @Test
  void forwarded_in_time_is_compliant() {
    assertThat(check(rule, forwarded(RECEIVED, LocalDate.of(2023, 3, 10)))).isEmpty();
    assertThat(check(rule, forwarded(RECEIVED, RECEIVED, ForwardingMode.ASSIGN))).isEmpty();
  }

  @Test
  void late_forwarding_is_a_warning_by_default_and_a_violation_when_binding() {
    ImmutablePetition late = forwarded(RECEIVED, LocalDate.of(2023, 4, 3));
    assertThat(check(rule, late)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2022);
      assertThat(f.getCitation().getArticle()).isEqualTo(22);
      assertThat(f.getCitation().getParagraph()).contains(1);
      assertThat(f.getFactDate()).contains(RECEIVED);
    });
    assertThat(check(rule, binding(CongressCoverage.BY_ANALOGY), PetitionFixtures.AS_OF, late)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void fifteenth_day_in_time_sixteenth_late() {
    JurisdictionProfile profile = binding(CongressCoverage.BY_ANALOGY);
    assertThat(check(rule, profile, PetitionFixtures.AS_OF, forwarded(RECEIVED, LocalDate.of(2023, 3, 21))))
        .isEmpty();
    assertThat(check(rule, profile, PetitionFixtures.AS_OF, forwarded(RECEIVED, LocalDate.of(2023, 3, 22))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void last_day_on_a_holiday_moves_to_the_next_working_day() {
    // received 2023-09-14: the 15th day is Friday 2023-09-29, 中秋节; the holiday runs to 2023-10-06
    LocalDate received = LocalDate.of(2023, 9, 14);
    JurisdictionProfile profile = binding(CongressCoverage.BY_ANALOGY);
    assertThat(check(rule, profile, PetitionFixtures.AS_OF, forwarded(received, LocalDate.of(2023, 10, 6))))
        .isEmpty();
    assertThat(check(rule, profile, PetitionFixtures.AS_OF, forwarded(received, LocalDate.of(2023, 10, 9))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void switch_on_2022_05_01_from_the_2005_article_21_to_the_2022_article_22() {
    LocalDate before = LocalDate.of(2022, 4, 30);
    LocalDate on = LocalDate.of(2022, 5, 1);
    LocalDate late = LocalDate.of(2022, 5, 20);
    JurisdictionProfile profile = binding(CongressCoverage.BY_ANALOGY);
    Finding old = check(rule, profile, PetitionFixtures.AS_OF, forwarded(before, late)).get(0);
    assertThat(old.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(old.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(old.getCitation().getArticle()).isEqualTo(21);
    assertThat(old.getCitation().getParagraph()).contains(1);
    Finding current = check(rule, profile, PetitionFixtures.AS_OF, forwarded(on, late)).get(0);
    assertThat(current.getSeverity()).isEqualTo(Severity.VIOLATION);
    assertThat(current.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2022);
    assertThat(current.getCitation().getArticle()).isEqualTo(22);
    assertThat(check(rule, binding(CongressCoverage.BINDING), PetitionFixtures.AS_OF, forwarded(before, late))
        .get(0).getSeverity()).isEqualTo(Severity.VIOLATION);
    assertThat(check(rule, binding(CongressCoverage.OUTSIDE), PetitionFixtures.AS_OF, forwarded(before, late)))
        .isEmpty();
  }

  @Test
  void closed_as_forwarded_without_a_forwarding_record_is_cannot_tell() {
    assertThat(check(rule, petition(RECEIVED).withOutcome(PetitionOutcome.FORWARDED))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("forwarding.date");
        });
  }

  @Test
  void petition_not_forwarded_gives_no_finding_due_or_not() {
    assertThat(check(rule, LocalDate.of(2023, 3, 21), petition(RECEIVED))).isEmpty();
    assertThat(check(rule, LocalDate.of(2023, 12, 31), petition(RECEIVED))).isEmpty();
  }

  @Test
  void uncovered_calendar_year_is_cannot_tell() {
    LocalDate received = LocalDate.of(2030, 3, 1);
    assertThat(check(rule, LocalDate.of(2031, 1, 1), forwarded(received, LocalDate.of(2030, 3, 5))))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("holidayCalendar");
        });
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, forwarded(RECEIVED, LocalDate.of(2023, 3, 24), ForwardingMode.ASSIGN)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-009] 提示：信访事项转送、交办时限"
        + "（信访工作条例（2022）第二十二条第一款）Petition PT-1：应当（参照适用）自2023-03-06收到信访事项起15日内交办有权处理的机关、单位"
        + "（ORG-CONSTR），即不晚于2023-03-21，实际于2023-03-24交办有权处理的机关、单位（ORG-CONSTR）");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-009] warning: Petition forwarded or assigned in "
        + "time (Regulations on Letters-and-Visits Work (2022) Art. 22(1)) at Petition PT-1: expected (by analogy) "
        + "assigned to the organ with authority (ORG-CONSTR) within 15 days of receipt on 2023-03-06, i.e. by "
        + "2023-03-21 but found done on 2023-03-24");
  }
}
