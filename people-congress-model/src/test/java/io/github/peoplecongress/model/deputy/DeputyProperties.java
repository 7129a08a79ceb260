package io.github.peoplecongress.model.deputy;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DeputyProperties {
  private static final LocalDate BASE = LocalDate.of(2016, 11, 15);

  /** Elected day, service start delay, termination offset (negative = none), suspension (negative = none). */
  private static Gen<Deputy> deputies() {
    return integers().between(0, 1500).zip(integers().between(0, 90), integers().between(-1, 1800),
        integers().between(-1, 1800), integers().between(0, 3),
        (elected, delay, termination, suspension, level) -> {
          LocalDate electedDate = BASE.plusDays(elected);
          ImmutableDeputy.Builder builder = Deputy.builder().id(DeputyId.of("D-" + elected))
              .personId(PersonId.of("P-" + elected)).level(DeputyLevel.values()[level]).termNumber(17 + level)
              .electedDate(electedDate).byElected(elected > 300).serviceStartDate(electedDate.plusDays(delay));
          if (level == 0) {
            builder.constituencyId(ConstituencyId.of("C-" + (elected % 40)));
          }
          if (termination >= 0) {
            LocalDate end = electedDate.plusDays(termination);
            builder.terminationDate(end)
                .terminationGround(TerminationGround.values()[termination % TerminationGround.values().length]);
            if (termination % 3 == 0) {
              builder.terminationAnnouncedDate(end.plusDays(termination % 30));
            }
          }
          if (suspension >= 0 && (termination < 0 || suspension < termination)) {
            LocalDate from = electedDate.plusDays(suspension);
            builder.addSuspensions(Suspension.builder().fromDate(from)
                .untilDate(Optional.of(from.plusDays(suspension % 200)).filter(u -> suspension % 2 == 0))
                .ground(SuspensionGround.values()[suspension % 3]).build());
          }
          return builder.build();
        });
  }

  private static Gen<LocalDate> days() {
    return integers().between(-30, 3500).map(BASE::plusDays);
  }

  @Test
  void round_trips_through_json() {
    qt().forAll(deputies()).checkAssert(deputy ->
        assertThat(Json.roundTrip(deputy, Deputy.class)).isEqualTo(deputy));
  }

  @Test
  void copies_are_equal_with_equal_hash_codes() {
    qt().forAll(deputies()).checkAssert(deputy -> {
      Deputy read = Json.roundTrip(deputy, Deputy.class);
      assertThat(read).isNotSameAs(deputy).isEqualTo(deputy).hasSameHashCodeAs(deputy);
      assertThat(ImmutableDeputy.copyOf(deputy).withTermNumber(deputy.getTermNumber() + 1)).isNotEqualTo(deputy);
    });
  }

  @Test
  void holds_office_exactly_when_serving_or_suspended() {
    qt().forAll(deputies(), days()).checkAssert((deputy, day) -> {
      Optional<DeputyStatus> status = deputy.statusOn(day);
      assertThat(deputy.holdsOfficeOn(day))
          .isEqualTo(status.filter(s -> s != DeputyStatus.TERMINATED).isPresent());
      assertThat(deputy.servingOn(day)).isEqualTo(status.equals(Optional.of(DeputyStatus.SERVING)));
      deputy.getTerminationDate().filter(end -> !day.isBefore(end))
          .ifPresent(end -> assertThat(status).contains(DeputyStatus.TERMINATED));
    });
  }

  @Test
  void days_in_office_count_the_days_holding_office() {
    qt().forAll(deputies(), days(), integers().between(0, 400)).checkAssert((deputy, from, length) -> {
      LocalDate to = from.plusDays(length);
      long counted = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (deputy.holdsOfficeOn(d)) {
          counted++;
        }
      }
      assertThat(deputy.daysInOfficeDuring(from, to)).isEqualTo(counted);
      assertThat(deputy.servedDuring(from, to)).isEqualTo(counted > 0);
    });
  }
}
