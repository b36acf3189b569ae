package dev.weftrace.sample;

import dev.weftrace.annotation.Trace;

/** The shipping price table, which a real shop would fetch from its carrier once and keep. */
final class ShippingRates {

  private final double perUnit;
  private final double expressSurcharge;

  private ShippingRates(double perUnit, double expressSurcharge) {
    this.perUnit = perUnit;
    this.expressSurcharge = expressSurcharge;
  }

  /**
   * Fetches the table. It is loaded by whichever order first needs it, but it is work for the whole
   * process, not for that order: {@code noParent} makes it a trace of its own instead of a child of
   * the first order's pricing span.
   */
  @Trace(noParent = true)
  static ShippingRates load() {
    Latency.simulate(12);
    return new ShippingRates(1.50, 9.90);
  }

  /** The shipping price of {@code units} units, in whole cents. */
  double costFor(int units, boolean express) {
    return Money.cents(units * perUnit + (express ? expressSurcharge : 0));
  }
}
