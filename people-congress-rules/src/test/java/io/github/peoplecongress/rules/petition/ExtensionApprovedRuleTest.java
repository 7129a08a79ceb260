package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.check;
import static io.github.peoplecongress.rules.petition.PetitionFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.petition.Extension;
import io.github.peoplecongress.model.petition.ImmutableExtension;
import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtensionApprovedRuleTest {
  private final ExtensionApprovedRule rule = new ExtensionApprovedRule();
  private static final LocalDate ACCEPTED = LocalDate.of(2023, 3, 6);

  private static ImmutableExtension extension(LocalDate approved, int days) {
    return ImmutableExtension.copyOf(Extension.builder().days(days).approvedDate(approved).reason("情况复杂")
        .petitionerNotified(true).build());
  }

  private static ImmutablePetition with(Extension extension) {
    return petition(ACCEPTED).withAcceptedDate(ACCEPTED).withExtension(extension);
  }

  @Test
  void thirty_days_approved_in_time_and_told_is_compliant() {
    assertThat(check(rule, with(extension(LocalDate.of(2023, 5, 5), 30)))).isEmpty();
  }

  @Test
  void thirty_one_days_is_a_violation() {
    assertThat(check(rule, with(extension(LocalDate.of(2023, 4, 20), 31)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void approval_after_the_sixtieth_day_is_a_violation() {
    assertThat(check(rule, with(extension(LocalDate.of(2023, 5, 6), 30)))).hasSize(1);
  }

  @Test
  void petitioner_not_told_is_a_violation_unknown_is_cannot_tell() {
    assertThat(check(rule, with(extension(LocalDate.of(2023, 4, 20), 30).withPetitionerNotified(false))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(check(rule, with(extension(LocalDate.of(2023, 4, 20), 30).withPetitionerNotified(Optional.empty())
        .withReason("")))).extracting(Finding::getMissingFacts).containsExactlyInAnyOrder(
            java.util.List.of("extension.reason"), java.util.List.of("extension.petitionerNotified"));
  }

  @Test
  void law_switch_on_2022_05_01() {
    LocalDate before = LocalDate.of(2022, 4, 30);
    LocalDate on = LocalDate.of(2022, 5, 1);
    ImmutableExtension long45 = extension(before.plusDays(10), 45);
    Finding old = check(rule, petition(before).withAcceptedDate(before).withExtension(long45)).get(0);
    assertThat(old.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(old.getSeverity()).isEqualTo(Severity.WARNING);
    Finding current = check(rule, petition(on).withAcceptedDate(on).withExtension(long45.withApprovedDate(
        on.plusDays(10)))).get(0);
    assertThat(current.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2022);
    assertThat(current.getSeverity()).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, with(extension(LocalDate.of(2023, 4, 20), 40))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-003] 违反规定：信访事项延期办理"
        + "（信访工作条例（2022）第三十四条）Petition PT-1：应当延长办理期限不超过30日，实际延长40日");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-003] violation: Extension of the handling period "
        + "(Regulations on Letters-and-Visits Work (2022) Art. 34) at Petition PT-1: expected an extension of at most "
        + "30 days but found an extension of 40 days");
  }
}
