package io.github.peoplecongress.rules.oath;

import static io.github.peoplecongress.rules.oath.OathTestData.APPOINTEE;
import static io.github.peoplecongress.rules.oath.OathTestData.ceremony;
import static io.github.peoplecongress.rules.oath.OathTestData.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OATH-006 (leader), OATH-007 (flag or emblem), OATH-008 (anthem), OATH-010 (public). */
class CeremonyRulesTest {
  private static final LocalDate DAY = LocalDate.of(2019, 4, 26);
  private static final PersonId OTHER = PersonId.of("P-101");

  private static io.github.peoplecongress.model.personnel.ImmutableOathCeremony collective() {
    return ceremony(DAY, OathTaker.of(APPOINTEE), OathTaker.of(OTHER)).build().withForm(OathForm.COLLECTIVE);
  }

  @Test
  void collective_oath_led_by_a_swearer_complies() {
    assertThat(OathTestData.run(new CollectiveOathLeaderRule(), year(collective().withLeaderId(APPOINTEE)))).isEmpty();
  }

  @Test
  void collective_oath_without_leader_or_with_an_outside_leader_violates() {
    assertThat(OathTestData.run(new CollectiveOathLeaderRule(), year(collective()))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(OathTestData.run(new CollectiveOathLeaderRule(), year(collective().withLeaderId(PersonId.of("P-001")))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void individual_oath_with_a_leader_warns() {
    assertThat(OathTestData.run(new CollectiveOathLeaderRule(), year(ceremony(DAY).build().withLeaderId(APPOINTEE))))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
  }

  @Test
  void leader_rule_applies_under_2015_and_2018_decisions() {
    var y2015 = collective().withDate(LocalDate.of(2018, 3, 11)).withOathText(OathText.V2015);
    assertThat(OathTestData.run(new CollectiveOathLeaderRule(), year(y2015))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.OATH_DECISION_2015));
    assertThat(OathTestData.run(new CollectiveOathLeaderRule(), year(y2015.withDate(LocalDate.of(2018, 3, 12)))))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.OATH_DECISION_2018));
  }

  @Test
  void leader_golden_message() {
    Finding finding = OathTestData.run(new CollectiveOathLeaderRule(), year(collective())).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-006] 违反规定：集体宣誓由一人领誓（宪法宣誓制度的决定（2018）第八条第一款）OathCeremony OC-1："
            + "应当集体宣誓由一名宣誓人领誓，实际集体宣誓（2人）未载明领誓人");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-006] violation: Collective oath led by one swearer (NPCSC Decision on the Constitutional Oath (2018) "
            + "Art. 8(1)) at OathCeremony OC-1: expected a collective oath led by one of the swearers but found a "
            + "collective oath of 2 swearers without a leader");
  }

  @Test
  void flag_or_emblem() {
    FlagOrEmblemRule rule = new FlagOrEmblemRule();
    var base = ceremony(DAY).build();
    assertThat(OathTestData.run(rule, year(base))).isEmpty();
    assertThat(OathTestData.run(rule, year(base.withFlagDisplayed(false).withEmblemDisplayed(true)))).isEmpty();
    assertThat(OathTestData.run(rule, year(base.withFlagDisplayed(false)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(OathTestData.run(rule, year(base.withFlagDisplayed(Optional.empty()).withEmblemDisplayed(
        Optional.empty())))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("flagDisplayed", "emblemDisplayed"));
    assertThat(OathTestData.run(rule, year(base.withFlagDisplayed(Optional.empty())))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("flagDisplayed"));
    Finding finding = OathTestData.run(rule, year(base.withFlagDisplayed(false))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-007] 违反规定：宣誓场所悬挂国旗或者国徽（宪法宣誓制度的决定（2018）第八条第二款）OathCeremony OC-1："
            + "应当宣誓场所悬挂国旗或者国徽，实际未悬挂国旗，也未悬挂国徽");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-007] violation: National flag or emblem at the venue (NPCSC Decision on the Constitutional Oath (2018) "
            + "Art. 8(2)) at OathCeremony OC-1: expected the national flag or emblem displayed at the venue but found "
            + "neither flag nor emblem displayed");
  }

  @Test
  void anthem_from_2018_03_12() {
    AnthemRule rule = new AnthemRule();
    var silent = ceremony(LocalDate.of(2018, 3, 11)).build().withAnthemSung(false);
    assertThat(OathTestData.run(rule, year(silent))).isEmpty();
    assertThat(OathTestData.run(rule, year(silent.withDate(LocalDate.of(2018, 3, 12))))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(OathTestData.run(rule, year(ceremony(DAY).build()))).isEmpty();
    assertThat(OathTestData.run(rule, year(ceremony(DAY).build().withAnthemSung(Optional.empty())))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("anthemSung"));
    Finding finding = OathTestData.run(rule, year(ceremony(DAY).build().withAnthemSung(false))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-008] 违反规定：宣誓仪式奏唱国歌（宪法宣誓制度的决定（2018）第八条第二款）OathCeremony OC-1：应当宣誓仪式奏唱国歌（2018-03-12起），实际2019-04-26的宣誓仪式未奏唱国歌");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-008] violation: National anthem at the ceremony (NPCSC Decision on the Constitutional Oath (2018) "
            + "Art. 8(2)) at OathCeremony OC-1: expected the national anthem played and sung (required from 2018-03-12) but found no anthem at the "
            + "ceremony of 2019-04-26");
  }

  @Test
  void public_oath() {
    PublicOathRule rule = new PublicOathRule();
    assertThat(OathTestData.run(rule, year(ceremony(DAY).build()))).isEmpty();
    assertThat(OathTestData.run(rule, year(ceremony(DAY).build().withOpenToPublic(false)))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(OathTestData.run(rule, year(ceremony(DAY).build().withOpenToPublic(Optional.empty()))))
        .singleElement().satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("openToPublic"));
    var early = ceremony(LocalDate.of(2018, 3, 11)).build().withOpenToPublic(false);
    assertThat(OathTestData.run(rule, year(early))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.OATH_DECISION_2015));
    assertThat(OathTestData.run(rule, year(early.withDate(LocalDate.of(2015, 12, 31))))).isEmpty();
    Finding finding = OathTestData.run(rule, year(ceremony(DAY).build().withOpenToPublic(false))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[OATH-010] 违反规定：公开进行宪法宣誓（宪法宣誓制度的决定（2018）第一条）OathCeremony OC-1：应当公开进行宪法宣誓，实际2019-04-26宣誓未公开进行");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[OATH-010] violation: Oath taken publicly (NPCSC Decision on the Constitutional Oath (2018) Art. 1) at "
            + "OathCeremony OC-1: expected a public oath but found the oath on 2019-04-26 was not public");
  }
}
