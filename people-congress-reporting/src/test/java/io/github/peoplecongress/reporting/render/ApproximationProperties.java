package io.github.peoplecongress.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The "x余" rounding: floor to the leading digit's place; 余 only when something was cut. */
class ApproximationProperties {

  @Test
  void floors_to_the_leading_digits_place() {
    qt().forAll(longs().between(1, 1_000_000_000_000L), integers().between(1, 3)).checkAssert((value, digits) -> {
      BigDecimal figure = BigDecimal.valueOf(value);
      BigDecimal floor = Approximation.floor(figure, digits);
      int places = Long.toString(value).length();
      BigDecimal unit = BigDecimal.TEN.pow(Math.max(places - digits, 0));
      assertThat(floor).isLessThanOrEqualTo(figure);
      assertThat(figure.subtract(floor)).isLessThan(unit);
      assertThat(floor.remainder(unit)).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(floor.toPlainString().substring(0, Math.min(digits, places)))
          .isEqualTo(Long.toString(value).substring(0, Math.min(digits, places)));
    });
  }

  @Test
  void writes_yu_only_when_something_was_cut() {
    qt().forAll(longs().between(0, 1_000_000_000_000L)).checkAssert(value -> {
      String text = Approximation.chinese(BigDecimal.valueOf(value), 1);
      boolean cut = Approximation.floor(BigDecimal.valueOf(value), 1).longValueExact() != value;
      assertThat(text.endsWith("余")).as("%d → %s", value, text).isEqualTo(cut);
      assertThat(text).matches(cut ? "[1-9]0*余" : "\\d+");
      if (value < 10) {
        assertThat(text).isEqualTo(Long.toString(value));
      }
    });
  }
}
