package io.github.peoplecongress.model.deputywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeputyActivityTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  static ImmutableDeputyActivity attendance() {
    return DeputyActivity.builder()
        .id(ActivityId.of("A-2019-001"))
        .kind(ActivityKind.ATTEND_COMMITTEE_MEETING)
        .date(LocalDate.of(2019, 4, 26))
        .title("列席区十六届人大常委会第三次会议")
        .organizerId(OrganizationId.of("O-DBGW"))
        .addDeputyIds(DeputyId.of("D-001"), DeputyId.of("D-002"))
        .meetingId(MeetingId.of("M-16-03"))
        .place("区人大常委会会议室")
        .build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    DeputyActivity activity = attendance().withEndDate(LocalDate.of(2019, 4, 27)).withVotersContacted(0);
    String json = MAPPER.writeValueAsString(activity);
    assertThat(MAPPER.readValue(json, DeputyActivity.class)).isEqualTo(activity);
  }

  @Test
  void report_to_voters_round_trips_and_lists_its_constituency() throws Exception {
    DeputyActivity report = DeputyActivity.builder()
        .id(ActivityId.of("A-2019-050"))
        .kind(ActivityKind.REPORT_TO_VOTERS)
        .date(LocalDate.of(2019, 11, 5))
        .title("向原选区选民述职")
        .addDeputyIds(DeputyId.of("D-017"))
        .constituencyId(ConstituencyId.of("C-12"))
        .votersContacted(45)
        .build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(report), DeputyActivity.class)).isEqualTo(report);
    assertThat(report.references()).contains(Reference.of("constituencyId", ConstituencyId.of("C-12")));
  }

  @Test
  void counts_person_times_and_lists_references() {
    DeputyActivity activity = attendance();
    assertThat(activity.personTimes()).isEqualTo(2);
    assertThat(activity.recordDate()).isEqualTo(LocalDate.of(2019, 4, 26));
    assertThat(activity.references()).containsExactly(
        Reference.of("organizerId", OrganizationId.of("O-DBGW")),
        Reference.of("deputyIds[0]", DeputyId.of("D-001")),
        Reference.of("deputyIds[1]", DeputyId.of("D-002")),
        Reference.of("meetingId", MeetingId.of("M-16-03")));
  }

  @Test
  void rejects_end_before_start() {
    assertThatThrownBy(() -> attendance().withEndDate(LocalDate.of(2019, 4, 25)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endDate 2019-04-25")
        .hasMessageContaining("date 2019-04-26");
  }

  @Test
  void rejects_a_deputy_listed_twice() {
    assertThatThrownBy(() -> attendance().withDeputyIds(
        Arrays.asList(DeputyId.of("D-001"), DeputyId.of("D-001"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deputyIds lists D-001 more than once");
  }

  @Test
  void rejects_negative_voters_contacted() {
    assertThatThrownBy(() -> attendance().withVotersContacted(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("votersContacted must not be negative, but was -1");
  }

  @Test
  void every_kind_has_a_chinese_label() {
    for (ActivityKind kind : ActivityKind.values()) {
      assertThat(kind.getLabel()).isNotBlank();
    }
    assertThat(ActivityKind.REPORT_TO_VOTERS.getLabel()).isEqualTo("向选民述职");
  }

  @Test
  void passes_bean_validation_and_reports_a_format_violation() {
    jakarta.validation.Validator validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(attendance())).isEmpty();
    assertThat(validator.validate(attendance().withTitle(""))).hasSize(1);
  }
}
