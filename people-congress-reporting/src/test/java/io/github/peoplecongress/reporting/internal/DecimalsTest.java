package io.github.peoplecongress.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void strips_trailing_zeros_after_the_point_only() {
    assertThat(Decimals.strip(new BigDecimal("2.30")).toPlainString()).isEqualTo("2.3");
    assertThat(Decimals.strip(new BigDecimal("3200")).toPlainString()).isEqualTo("3200");
    assertThat(Decimals.strip(new BigDecimal("3.2E+3")).scale()).isZero();
    assertThat(Decimals.strip(new BigDecimal("0.00")).toPlainString()).isEqualTo("0");
  }
}
