package dev.weftrace.e2e;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

/** Stock keeping: a measured span with a nested child. */
public final class Inventory {

  /** Measured: Datadog computes trace metrics for it although it is not a service entry span. */
  @Trace(measured = true)
  public String reserve(@SpanTag("sku") String sku, @SpanTag("units") int units) {
    int stock = stockLevel(sku);
    return "R-" + sku + "-" + Math.min(units, stock);
  }

  /** An operation name but no resource name: the resource stays {@code Inventory.stockLevel}. */
  @Trace(operationName = "inventory.stock_level")
  int stockLevel(@SpanTag("sku") String sku) {
    return 10 + sku.length();
  }
}
