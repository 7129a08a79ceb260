package io.github.peoplecongress.model.deputywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MailboxId;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class MailboxTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  static ImmutableMailbox mailbox() {
    return Mailbox.builder()
        .id(MailboxId.of("MB-03"))
        .location("XX街道办事处一楼大厅")
        .deputyGroupId(DeputyGroupId.of("G-03"))
        .addDeputyIds(DeputyId.of("D-001"), DeputyId.of("D-002"))
        .setUpDate(LocalDate.of(2017, 6, 1))
        .addLettersReceived(LetterCount.of(Year.of(2018), 12), LetterCount.of(Year.of(2019), 23))
        .build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    Mailbox mailbox = mailbox();
    String json = MAPPER.writeValueAsString(mailbox);
    assertThat(MAPPER.readValue(json, Mailbox.class)).isEqualTo(mailbox);
    assertThat(mailbox.references()).hasSize(3);
  }

  @Test
  void letter_count_round_trips_through_json() throws Exception {
    LetterCount count = LetterCount.of(Year.of(2019), 23);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(count), LetterCount.class)).isEqualTo(count);
  }

  @Test
  void rejects_removal_before_set_up() {
    assertThatThrownBy(() -> mailbox().withRemovedDate(LocalDate.of(2017, 5, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("removedDate 2017-05-31")
        .hasMessageContaining("setUpDate 2017-06-01");
  }

  @Test
  void rejects_a_deputy_listed_twice() {
    assertThatThrownBy(() -> mailbox()
        .withDeputyIds(java.util.List.of(DeputyId.of("D-001"), DeputyId.of("D-009"), DeputyId.of("D-001"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deputyIds lists D-001 more than once");
  }

  @Test
  void rejects_two_counts_for_one_year() {
    assertThatThrownBy(() -> mailbox()
        .withLettersReceived(java.util.List.of(LetterCount.of(Year.of(2019), 1), LetterCount.of(Year.of(2019), 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lettersReceived years lists 2019 more than once");
  }

  @Test
  void rejects_a_negative_letter_count() {
    assertThatThrownBy(() -> LetterCount.of(Year.of(2019), -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("letters must not be negative, but was -3");
  }

  @Test
  void passes_bean_validation_and_reports_a_format_violation() {
    jakarta.validation.Validator validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(mailbox())).isEmpty();
    assertThat(validator.validate(mailbox().withLocation(" "))).hasSize(1);
  }
}
