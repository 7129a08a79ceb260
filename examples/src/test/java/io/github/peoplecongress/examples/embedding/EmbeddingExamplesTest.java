package io.github.peoplecongress.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.exam.ExamParameters;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExamplesTest {
  private static final Clock MID_2020 = Clock.fixed(Instant.parse("2020-06-30T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private static CommitteeRecords read(String file) {
    return ModelReader.strict().read(Path.of("data", file), CommitteeRecords.class);
  }

  @Test
  void a_host_builds_a_consistent_year_from_its_own_rows() {
    CommitteeRecords year = HostRecords.build(
        List.of(new HostRecords.MemberRow("001", "张主任", true), new HostRecords.MemberRow("002", "李委员", false)),
        List.of(LocalDate.of(2019, 2, 26), LocalDate.of(2019, 4, 25)));
    assertThat(year.getMeetings()).hasSize(2);
    assertThat(year.consistencyProblems()).isEmpty();
  }

  @Test
  void a_service_lists_what_a_clerk_must_act_on() {
    ComplianceService service = new ComplianceService(MID_2020);
    assertThat(service.actionItems(read("committee-year-2019.json"))).isEmpty();
    assertThat(service.actionItems(read("problem-year-2019.json")))
        .anySatisfy(line -> assertThat(line).startsWith("[OATH-006] 违反规定：集体宣誓由一人领誓"))
        .anySatisfy(line -> assertThat(line).startsWith("[APPR-001] 违反规定"));
    assertThat(service.family(read("problem-year-2019.json"), "OATH")).extracting(f -> f.getRuleId())
        .containsExactly("OATH-002", "OATH-006");
  }

  @Test
  void a_local_profile_overrides_parameters_and_inherits_the_rest() {
    JurisdictionProfile mine = LocalProfile.mine();
    assertThat(mine.valueOn(ExamParameters.PASS_MARK, LocalDate.of(2019, 12, 31))).isEmpty();
    assertThat(mine.valueOn(ExamParameters.PASS_MARK, LocalDate.of(2020, 1, 1))).contains(new BigDecimal("70"));
    assertThat(mine.effectiveDate(Laws.SUPERVISION_LAW_2024)).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(mine.getParent().orElseThrow().getId()).isEqualTo("beijing");
  }

  @Test
  void districts_roll_up_exactly() {
    String table = DistrictRollUp.cityTable(List.of(read("committee-year-2019.json"), read("problem-year-2019.json")));
    assertThat(table).startsWith("常委会会议合计 " + (8 + read("problem-year-2019.json").getMeetings().stream()
        .filter(m -> m.getKind() == io.github.peoplecongress.model.meeting.MeetingKind.STANDING_COMMITTEE).count())
        + " 次");
  }
}
