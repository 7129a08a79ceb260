package io.github.peoplecongress.model.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OathCeremonyProperties {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  /** An optional Boolean: empty, false or true. */
  private static Gen<Optional<Boolean>> optionalBooleans() {
    return integers().between(0, 2).map(i -> i == 0 ? Optional.<Boolean>empty() : Optional.of(i == 2));
  }

  static Gen<OathCeremony> ceremonies() {
    Gen<LocalDate> dates = localDates().withDaysBetween(LocalDate.of(2016, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31)
        .toEpochDay());
    Gen<Integer> swearerCounts = integers().between(1, 30);
    Gen<Integer> leaders = integers().between(-1, 29);
    Gen<OathForm> forms = arbitrary().enumValues(OathForm.class);
    Gen<Optional<OathText>> texts = arbitrary().enumValues(OathText.class).toOptionals(30);
    Gen<Optional<OathOrganiser>> organisers = arbitrary().enumValues(OathOrganiser.class).toOptionals(30);
    Gen<Optional<Boolean>> booleans = optionalBooleans();
    return dates.zip(swearerCounts, leaders, forms, (date, count, leader, form) -> {
      ImmutableOathCeremony.Builder builder = OathCeremony.builder()
          .id(OathCeremonyId.of("O-" + date + "-" + count))
          .date(date)
          .form(form);
      for (int i = 0; i < count; i++) {
        builder.addSwearers(i % 3 == 0 ? OathTaker.of(PersonId.of("P-" + i))
            : OathTaker.of(PersonId.of("P-" + i), PersonnelActionId.of("A-" + i)));
      }
      if (leader >= 0) {
        builder.leaderId(PersonId.of("P-" + leader));
      }
      return builder;
    }).zip(texts, organisers, booleans, (builder, text, organiser, flag) ->
        builder.oathText(text).organiser(organiser).flagDisplayed(flag))
        .zip(booleans, booleans, booleans, (builder, emblem, anthem, open) ->
            builder.emblemDisplayed(emblem).anthemSung(anthem).openToPublic(open)
                .meetingId(emblem.isPresent() ? Optional.of(MeetingId.of("M-1")) : Optional.empty())
                .build());
  }

  @Test
  void round_trips_through_json() {
    qt().forAll(ceremonies()).checkAssert(ceremony -> {
      try {
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(ceremony), OathCeremony.class)).isEqualTo(ceremony);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void equal_copies_have_equal_hash_codes() {
    qt().forAll(ceremonies()).checkAssert(ceremony -> {
      OathCeremony copy;
      try {
        copy = MAPPER.readValue(MAPPER.writeValueAsString(ceremony), OathCeremony.class);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      assertThat(copy).isNotSameAs(ceremony).isEqualTo(ceremony).hasSameHashCodeAs(ceremony);
      assertThat(ImmutableOathCeremony.copyOf(copy).withPlace("礼堂")).isNotEqualTo(ceremony);
    });
  }

  @Test
  void every_swearer_appears_in_the_references() {
    qt().forAll(ceremonies()).checkAssert(ceremony ->
        assertThat(ceremony.references().stream().map(reference -> reference.getTarget()).toList())
            .containsAll(ceremony.swearerIds()));
  }
}
