package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.api.trace.Span;

/**
 * {@link TaggedOrders} by hand with the OpenTelemetry API: the same two attributes set on {@link
 * Span#current()}, then the same body.
 */
public class HandTaggedOrders {

  /** {@link Pricing#quote} after tagging the current span. */
  public int price(String orderId, int lines) {
    Span.current().setAttribute("order.id", orderId).setAttribute("order.lines", lines);
    return Pricing.quote(orderId, lines);
  }
}
