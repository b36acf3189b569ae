package dev.weftrace.benchmarks.startup;

/** One line of an order: {@code quantity} units of {@code sku} at {@code unitCents} each. */
record LineItem(String sku, int quantity, long unitCents) {

  /** What the line costs before discounts, in cents. */
  long cents() {
    return quantity * unitCents;
  }
}
