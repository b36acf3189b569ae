package dev.weftrace.e2e;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

/**
 * The entry point of an order: a server span of type {@code web} with the order's details as tags
 * of four types.
 */
public final class Checkout {

  private final Inventory inventory;
  private final PaymentClient payments;

  public Checkout(Inventory inventory, PaymentClient payments) {
    this.inventory = inventory;
    this.payments = payments;
  }

  /** Validates, reserves stock and charges; a declined payment propagates to the caller. */
  @Trace(resourceName = "POST /checkout", kind = Trace.Kind.SERVER, spanType = "web")
  public String placeOrder(
      @SpanTag("order.id") String orderId,
      @SpanTag("sku") String sku,
      @SpanTag int units,
      @SpanTag("express") boolean express,
      @SpanTag("amount") double amount) {
    validate(orderId, units);
    String reservation = inventory.reserve(sku, units);
    String payment = payments.charge(orderId, amount);
    return orderId + " reserved " + reservation + ", paid " + payment;
  }

  /** Private and self-invoked: traced all the same, with default names. */
  @Trace
  private void validate(String orderId, int units) {
    if (orderId.isBlank() || units <= 0) {
      throw new IllegalArgumentException("bad order " + orderId);
    }
  }
}
