package dev.weftrace.testing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertThat(Spread.median(5, 1, 3)).isEqualTo(3);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Spread.median(4, 1, 3, 10)).isEqualTo(3.5);
  }

  @Test
  void spreadKeepsTheExtremesAndFormatsThem() {
    Spread spread = Spread.of(List.of(12.0, 10.0, 30.0), Double::doubleValue);

    assertThat(spread).isEqualTo(new Spread(12, 10, 30));
    assertThat(spread.format("%.0f")).isEqualTo("12 (10–30)");
  }

  @Test
  void noRunsIsAnError() {
    assertThatThrownBy(() -> Spread.median(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
