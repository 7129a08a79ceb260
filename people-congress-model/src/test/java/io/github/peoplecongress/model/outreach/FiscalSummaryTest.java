package io.github.peoplecongress.model.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import org.junit.jupiter.api.Test;

class FiscalSummaryTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  static ImmutableFiscalSummary summary(String total, String livelihood) {
    return FiscalSummary.builder().year(Year.of(2019)).totalExpenditure(new BigDecimal(total))
        .livelihoodExpenditure(new BigDecimal(livelihood)).build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    FiscalSummary summary = summary("2400000000.00", "1560000000.00").withSource("2019年财政决算");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(summary), FiscalSummary.class)).isEqualTo(summary);
  }

  @Test
  void computes_the_livelihood_share_to_four_decimals_half_up() {
    assertThat(summary("2400000000", "1560000000").livelihoodShare()).isEqualByComparingTo("0.6500")
        .hasScaleOf(4);
    assertThat(summary("3", "2").livelihoodShare()).isEqualTo(new BigDecimal("0.6667"));
    assertThat(summary("3", "2").livelihoodShare(2, RoundingMode.DOWN)).isEqualTo(new BigDecimal("0.66"));
  }

  @Test
  void rejects_zero_total_expenditure() {
    assertThatThrownBy(() -> summary("0", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalExpenditure must be positive, but was 0");
  }

  @Test
  void rejects_negative_livelihood_expenditure() {
    assertThatThrownBy(() -> summary("100", "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("livelihoodExpenditure must not be negative, but was -1");
  }

  @Test
  void rejects_livelihood_expenditure_above_the_total() {
    assertThatThrownBy(() -> summary("100.00", "100.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("livelihoodExpenditure 100.01 must not exceed totalExpenditure 100.00");
  }
}
