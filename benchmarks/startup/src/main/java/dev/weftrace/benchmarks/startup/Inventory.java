package dev.weftrace.benchmarks.startup;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stock levels per SKU, held in memory; every SKU starts with plenty. */
final class Inventory {

  private static final int INITIAL_STOCK = 1_000_000;

  private final Map<String, Integer> stock = new HashMap<>();
  private int reservations;

  /** Takes the units of {@code items} out of stock for order {@code orderId}. */
  @Trace
  @WithSpan("Inventory.reserve")
  @datadog.trace.api.Trace(operationName = "inventory.reserve")
  Reservation reserve(
      @SpanTag("order.id") @SpanAttribute("order.id") String orderId, List<LineItem> items) {
    int units = 0;
    for (LineItem item : items) {
      int left = stock.getOrDefault(item.sku(), INITIAL_STOCK) - item.quantity();
      if (left < 0) {
        throw new IllegalStateException("out of stock: " + item.sku());
      }
      stock.put(item.sku(), left);
      units += item.quantity();
    }
    return new Reservation("R-" + orderId.substring(4) + "-" + ++reservations, units);
  }
}
