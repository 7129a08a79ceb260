package io.github.peoplecongress.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.jurisdiction.Profiles;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue as a legal reviewer relies on it: stable ids, titles, quoted provisions, distinct parameters. */
class RuleCatalogueTest {
  private static final List<Rule> RULES = RuleCatalogue.rules();

  @Test
  void ids_are_unique_sorted_and_shaped_family_dash_number() {
    assertThat(RULES).extracting(Rule::getId).doesNotHaveDuplicates().isSorted()
        .allMatch(id -> id.matches("[A-Z]{4}-\\d{3}"));
  }

  @Test
  void every_rule_has_titles_in_both_languages_and_quotes_each_provision() {
    assertThat(RULES).allSatisfy(rule -> {
      assertThat(rule.getTitleZh()).as(rule.getId()).isNotBlank();
      assertThat(rule.getTitleEn()).as(rule.getId()).isNotBlank();
      assertThat(rule.getVersions()).as(rule.getId()).isNotEmpty()
          .allSatisfy(version -> assertThat(version.getCitation().getQuote()).as(rule.getId()).isNotBlank());
    });
  }

  @Test
  void versions_are_listed_in_the_order_their_laws_took_effect() {
    assertThat(RULES).allSatisfy(rule -> assertThat(rule.getVersions())
        .extracting(version -> version.getLaw().getEffective()).as(rule.getId()).isSorted());
  }

  @Test
  void a_rule_reads_each_parameter_once() {
    assertThat(RULES).allSatisfy(rule -> assertThat(rule.getParameters()).extracting(Parameter::getKey)
        .as(rule.getId()).doesNotHaveDuplicates());
  }

  @Test
  void shipped_profiles_have_distinct_ids_and_national_comes_first() {
    assertThat(Profiles.all()).extracting(JurisdictionProfile::getId).doesNotHaveDuplicates().startsWith("national");
    assertThat(Profiles.byId("BEIJING")).contains(Profiles.BEIJING);
  }

  @Test
  void the_exported_catalogue_is_deterministic_and_names_every_rule() {
    String json = RuleCatalogue.toJson(Profiles.all());
    assertThat(RuleCatalogue.toJson(Profiles.all())).isEqualTo(json);
    assertThat(RuleCatalogue.toMarkdown(Profiles.all())).isEqualTo(RuleCatalogue.toMarkdown(Profiles.all()));
    assertThat(RULES).allSatisfy(rule -> assertThat(json).contains("\"id\" : \"" + rule.getId() + "\""));
  }
}
