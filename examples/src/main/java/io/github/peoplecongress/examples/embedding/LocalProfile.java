package io.github.peoplecongress.examples.embedding;

import io.github.peoplecongress.rules.exam.ExamParameters;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Adding a local jurisdiction profile on top of a shipped one, without forking the library. */
public final class LocalProfile {
  private LocalProfile() {}

  /**
   * Returns a district's own profile: Beijing's rules, an exam pass mark of 70 from 2020, a pass required before the
   * vote, and the 2024 Supervision Law taken to apply from 2025-01-01.
   *
   * @return the profile, not null
   */
  public static JurisdictionProfile mine() {
    // README:local-profile
    return JurisdictionProfile.builder("beijing-x", "北京市X区", "X district, Beijing")
        .parent(Profiles.BEIJING)
        .set(ExamParameters.PASS_MARK,
            DatedSeries.of(LocalDate.of(2020, 1, 1), new BigDecimal("70"), "X区人大常委会主任会议决定（2019年第12次）"))
        .set(ExamParameters.REQUIRED_BEFORE_VOTE,
            DatedSeries.of(LocalDate.of(2020, 1, 1), true, "X区人大常委会主任会议决定（2019年第12次）"))
        .effectiveDate(Laws.SUPERVISION_LAW_2024, LocalDate.of(2025, 1, 1))
        .build();
    // README:end
  }
}
