package io.github.peoplecongress.model.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnumLabelsTest {

  @Test
  void every_constant_has_a_distinct_chinese_label() throws Exception {
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(ProjectKind.class,LivelihoodCategory.class,LeadershipRole.class,DocumentKind.class,AdministrativeLevel.class)) {
      Set<String> labels = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String label = (String) type.getMethod("getLabel").invoke(constant);
        assertThat(label).as(type.getSimpleName() + "." + constant.name()).isNotBlank()
            .matches(".*\\p{IsHan}.*");
        assertThat(labels.add(label)).as("duplicate label " + label + " in " + type.getSimpleName()).isTrue();
      }
    }
  }
}
