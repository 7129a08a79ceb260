package io.github.peoplecongress.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ApproximationTest {

  private static String zh(long value) {
    return Approximation.chinese(BigDecimal.valueOf(value), 1);
  }

  @Test
  void rounds_as_metrics_md_says() {
    assertThat(zh(327)).isEqualTo("300余");
    assertThat(zh(268)).isEqualTo("200余");
    assertThat(zh(96)).isEqualTo("90余");
    assertThat(zh(41)).isEqualTo("40余");
    assertThat(zh(12)).isEqualTo("10余");
    assertThat(zh(300)).isEqualTo("300");
    assertThat(zh(8)).isEqualTo("8");
    assertThat(zh(0)).isEqualTo("0");
  }

  @Test
  void keeps_more_digits_when_asked() {
    assertThat(Approximation.chinese(BigDecimal.valueOf(3246), 2)).isEqualTo("3200余");
    assertThat(Approximation.chinese(BigDecimal.valueOf(3246), 1)).isEqualTo("3000余");
    assertThat(Approximation.chinese(new BigDecimal("2.3"), 1)).isEqualTo("2余");
    assertThat(Approximation.english(BigDecimal.valueOf(412), 1)).isEqualTo("more than 400");
    assertThat(Approximation.english(BigDecimal.valueOf(400), 1)).isEqualTo("400");
  }

  @Test
  void rejects_negative_figures() {
    assertThatThrownBy(() -> Approximation.floor(BigDecimal.valueOf(-1), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
