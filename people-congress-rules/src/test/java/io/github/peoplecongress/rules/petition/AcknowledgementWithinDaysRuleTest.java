package io.github.peoplecongress.rules.petition;

import static io.github.peoplecongress.rules.petition.PetitionFixtures.check;
import static io.github.peoplecongress.rules.petition.PetitionFixtures.coverage;
import static io.github.peoplecongress.rules.petition.PetitionFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcknowledgementWithinDaysRuleTest {
  private final AcknowledgementWithinDaysRule rule = new AcknowledgementWithinDaysRule();
  // received Monday 2023-03-06: the 15th day is Tuesday 2023-03-21
  private static final LocalDate RECEIVED = LocalDate.of(2023, 3, 6);

  @Test
  void fifteenth_day_in_time_sixteenth_late() {
    assertThat(check(rule, petition(RECEIVED).withAcknowledgedDate(LocalDate.of(2023, 3, 21)))).isEmpty();
    assertThat(check(rule, petition(RECEIVED).withAcknowledgedDate(LocalDate.of(2023, 3, 22)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void open_case_on_the_last_day_is_pending_with_its_last_day_the_day_after_a_violation() {
    assertThat(check(rule, LocalDate.of(2023, 3, 21), petition(RECEIVED))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2023, 3, 21));
      assertThat(f.getFactDate()).contains(RECEIVED);
      assertThat(f.getFoundZh()).isEqualTo("至2023-03-21尚未书面告知信访人，期限未届满");
      assertThat(f.getFoundEn()).isEqualTo("not yet done as of 2023-03-21, before the period ends");
    });
    assertThat(check(rule, LocalDate.of(2023, 3, 22), petition(RECEIVED))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getDueDate()).isEmpty();
      assertThat(f.getFoundEn()).isEqualTo("not done as of 2023-03-22");
    });
  }

  @Test
  void unclear_contact_is_exempt_and_a_timely_reply_counts() {
    assertThat(check(rule, petition(RECEIVED).withContactUnclear(true))).isEmpty();
    assertThat(check(rule, petition(RECEIVED).withAcceptedDate(RECEIVED).withResolvedDate(LocalDate.of(2023, 3, 10))
        .withReplyDeliveredDate(LocalDate.of(2023, 3, 12)))).isEmpty();
  }

  @Test
  void forwarded_petitions_cite_paragraph_three() {
    List<Finding> findings = check(rule, petition(RECEIVED).withSource(PetitionSource.FORWARDED_BY_HIGHER)
        .withReferredById(OrganizationId.of("ORG-CITY")));
    assertThat(findings.get(0).getCitation().getParagraph()).contains(3);
  }

  @Test
  void before_2022_05_01_by_analogy_as_a_warning_and_configurable() {
    LocalDate before = LocalDate.of(2022, 4, 30);
    LocalDate on = LocalDate.of(2022, 5, 1);
    Finding old = check(rule, petition(before)).get(0);
    assertThat(old.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(old.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
    assertThat(old.getCitation().getArticle()).isEqualTo(22);
    Finding current = check(rule, petition(on)).get(0);
    assertThat(current.getSeverity()).isEqualTo(Severity.VIOLATION);
    assertThat(current.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2022);
    assertThat(check(rule, coverage(CongressCoverage.OUTSIDE), PetitionFixtures.AS_OF, petition(before))).isEmpty();
    assertThat(check(rule, coverage(CongressCoverage.BINDING), PetitionFixtures.AS_OF, petition(before)).get(0)
        .getSeverity()).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void uncovered_calendar_year_is_cannot_tell() {
    assertThat(check(rule, LocalDate.of(2031, 1, 1), petition(LocalDate.of(2030, 3, 1)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("holidayCalendar");
        });
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, petition(RECEIVED).withAcknowledgedDate(LocalDate.of(2023, 3, 24))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[PETI-001] 违反规定：信访事项书面告知时限"
        + "（信访工作条例（2022）第二十三条第二款）Petition PT-1：应当自2023-03-06收到信访事项起15日内书面告知信访人，即不晚于2023-03-21，"
        + "实际于2023-03-24书面告知信访人");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[PETI-001] violation: Written acknowledgement of a "
        + "petition in time (Regulations on Letters-and-Visits Work (2022) Art. 23(2)) at Petition PT-1: expected "
        + "the petitioner told in writing within 15 days of receipt on 2023-03-06, i.e. by 2023-03-21 but found done "
        + "on 2023-03-24");
  }
}
