package io.github.peoplecongress.examples.embedding;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What a host's own JUnit test looks like: its data must comply, and the failure message lists every violation. */
class HostComplianceTest {
  private static final Clock MID_2020 = Clock.fixed(Instant.parse("2020-06-30T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void our_2019_records_comply_with_national_law() {
    // README:host-test
    CommitteeRecords year = ModelReader.strict().read(Path.of("data/committee-year-2019.json"), CommitteeRecords.class);
    ComplianceChecker.of(Profiles.NATIONAL).withClock(MID_2020).check(year).assertNoViolations();
    // README:end
  }

  @Test
  void a_failing_check_lists_every_violation_with_its_article() {
    CommitteeRecords year = ModelReader.strict().read(Path.of("data/problem-year-2019.json"), CommitteeRecords.class);
    assertThatThrownBy(() -> ComplianceChecker.of(Profiles.BEIJING).withClock(MID_2020).check(year)
        .assertNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("3 violations of 3 rules in 云岭区 2019:")
        .hasMessageContaining("[OATH-006] violation: ")
        .hasMessageContaining("(NPCSC Decision on the Constitutional Oath (2018) Art. 8(1)) at OathCeremony OATH-2019-01");
  }
}
