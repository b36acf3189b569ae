package dev.weftrace.sample;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import io.opentelemetry.api.trace.Span;
import java.util.concurrent.CompletableFuture;

/** The shop's entry point: places an order by validating, reserving, pricing and charging it. */
public class OrderService {

  private final PricingService pricing;
  private final InventoryService inventory;
  private final PaymentService payments;

  /** An order service over the three services it coordinates. */
  public OrderService(PricingService pricing, InventoryService inventory, PaymentService payments) {
    this.pricing = pricing;
    this.inventory = inventory;
    this.payments = payments;
  }

  /**
   * Places {@code order}: the root span of each order's trace, of kind {@code SERVER} as if it
   * served {@code POST /orders}. The reservation runs in the warehouse while the order is priced.
   *
   * <p>Its tags show what the processor compiles: properties of the {@code Order} record read by
   * path (checked against the record when this class compiles), a fixed {@code team} tag, and the
   * payment id read from the returned confirmation.
   *
   * @throws PaymentDeclinedException when the card is declined, after the stock is released
   * @throws IllegalArgumentException when the order is incomplete
   */
  @Trace(kind = Trace.Kind.SERVER, resourceName = "POST /orders", tags = "team:checkout")
  @SpanTag(value = "payment.id", path = "paymentId")
  public Confirmation placeOrder(
      @SpanTag(value = "order.id", path = "id") @SpanTag(value = "order.express", path = "express")
          Order order)
      throws PaymentDeclinedException {
    // The woven span is the current OpenTelemetry span, so the plain API can add to it too.
    Span.current().setAttribute("order.lines", order.items().size());
    this.validate(order);
    this.identify(order.customerId());
    CompletableFuture<Reservation> reservation = inventory.reserve(order.id(), order.itemCount());
    Quote quote =
        pricing.price(order.customerId(), order.itemCount(), order.express(), order.subtotal());
    Reservation held = reservation.join();
    String paymentId;
    try {
      paymentId = payments.charge(order.id(), quote.total(), order.cardToken());
    } catch (PaymentDeclinedException declined) {
      inventory.release(held.id());
      throw declined;
    }
    return new Confirmation(order.id(), held.id(), paymentId, quote.total());
  }

  /**
   * Looks up who is ordering and puts it on the span current at the call, this request's, so that
   * the whole order can be searched by customer: a {@code @TagSpan} method makes no span of its
   * own. Private and called on {@code this}, woven all the same.
   */
  @TagSpan
  @SpanTag("customer.loyal")
  private boolean identify(@SpanTag("customer.id") String customerId) {
    return pricing.isLoyal(customerId);
  }

  /** Rejects orders that cannot be fulfilled; a private method, traced all the same. */
  @Trace
  private void validate(Order order) {
    if (order.items().isEmpty()) {
      throw new IllegalArgumentException("order " + order.id() + " has no items");
    }
    if (order.cardToken() == null || order.cardToken().isBlank()) {
      throw new IllegalArgumentException("order " + order.id() + " has no payment card");
    }
  }
}
