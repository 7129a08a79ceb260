package io.github.peoplecongress.rules.oath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.assessor.AssessorLocalRules;
import io.github.peoplecongress.rules.assessor.AssessorRules;
import io.github.peoplecongress.rules.exam.ExamLocalRules;
import io.github.peoplecongress.rules.exam.ExamRules;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three families list their rules in id order, with distinct ids and readings; unknown ids change nothing. */
class FamilyListsTest {

  @Test
  void rules_are_listed_in_order_with_their_prefix() {
    check(OathRules.rules(), "OATH-", 11);
    check(AssessorRules.rules(), "ASSR-", 8);
    check(ExamRules.rules(), "EXAM-", 4);
  }

  private static void check(List<Rule> rules, String prefix, int count) {
    assertThat(rules).hasSize(count);
    for (int i = 0; i < rules.size(); i++) {
      assertThat(rules.get(i).getId()).isEqualTo(String.format("%s%03d", prefix, i + 1));
      assertThat(rules.get(i).getReadings()).isNotEmpty();
    }
  }

  @Test
  void unknown_jurisdiction_leaves_the_builder_unchanged() {
    for (String id : List.of("henan", "nowhere")) {
      assertThat(OathLocalRules.addLocalRules(id, JurisdictionProfile.builder(id, id, id)).build().getOverrides())
          .isEmpty();
      assertThat(ExamLocalRules.addLocalRules(id, JurisdictionProfile.builder(id, id, id)).build().getOverrides())
          .isEmpty();
      assertThat(AssessorLocalRules.addLocalRules(id, JurisdictionProfile.builder(id, id, id)).build().getOverrides())
          .isEmpty();
    }
  }
}
