package dev.weftrace.benchmarks.startup;

import java.util.ArrayList;
import java.util.List;

/**
 * The incoming orders: the same pseudo-random sequence in every run and every variant (a fixed
 * linear congruential generator, not {@code java.util.Random}, so that nothing about it depends on
 * the JDK), made one at a time as the app asks for them, the way requests arrive.
 */
final class OrderStream {

  /** The catalogue: SKU {@code i} costs {@code PRICES[i]} cents. */
  private static final long[] PRICES = {
    1299, 450, 8999, 2500, 399, 15900, 725, 3350, 99, 4999, 1875, 620, 12000, 2049, 560, 7400
  };

  private static final int CUSTOMERS = 40;

  private long seed = 20_260_101L;
  private int next;

  /** The next order; the first has sequence 0. */
  Order next() {
    int sequence = next++;
    int lines = 1 + random(4);
    List<LineItem> items = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      int sku = random(PRICES.length);
      items.add(new LineItem("SKU-" + (1000 + sku), 1 + random(3), PRICES[sku]));
    }
    String customer = "cust-" + random(CUSTOMERS);
    return new Order(sequence, "ORD-" + (100_000 + sequence), customer, items, random(5) == 0);
  }

  /** A number from 0 (inclusive) to {@code bound} (exclusive). */
  private int random(int bound) {
    seed = seed * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
    return (int) ((seed >>> 33) % bound);
  }
}
