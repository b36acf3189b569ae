package dev.weftrace.benchmarks.startup;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.WithSpan;

/**
 * The app's entry point for an order: reserves stock, prices the order and charges for it. Its
 * {@link #placeOrder} is the root of every order's trace, so each order makes one trace of five
 * spans (this method, {@link Inventory#reserve}, {@link Pricing#quote}, {@link
 * Pricing#loyaltyDiscount}, {@link Payments#charge}).
 *
 * <p>Every traced method of the app carries the three tracers' annotations side by side; each
 * variant of the benchmark activates one of them (or none). The root tags the order id through a
 * property path, which only weftrace can do: OpenTelemetry's {@code @SpanAttribute} would record
 * the whole record's {@code toString()}, and Datadog's {@code @Trace} tags no parameter at all.
 */
final class OrderDesk {

  private final Inventory inventory = new Inventory();
  private final Pricing pricing = new Pricing();
  private final Payments payments = new Payments();

  /** Places {@code order}; rejects an order without items. */
  @Trace(kind = Trace.Kind.SERVER, resourceName = "POST /orders")
  @WithSpan(value = "OrderDesk.placeOrder", kind = SpanKind.SERVER)
  @datadog.trace.api.Trace(operationName = "order.place", resourceName = "POST /orders")
  Receipt placeOrder(@SpanTag(value = "order.id", path = "id") Order order) {
    Checkpoint.enteredRoot(order.sequence());
    if (order.items().isEmpty()) {
      throw new IllegalArgumentException("order " + order.id() + " has no items");
    }
    Reservation reservation = inventory.reserve(order.id(), order.items());
    Quote quote = pricing.quote(order.customerId(), order.items(), order.express());
    String paymentId = payments.charge(order.id(), quote.totalCents());
    return new Receipt(order.id(), reservation.id(), paymentId, quote.totalCents());
  }
}
