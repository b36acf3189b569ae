package dev.weftrace.e2e;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

/**
 * A call to a payment provider: a client span of a service of its own, as Datadog shows remote
 * calls, that fails for amounts over the card's limit.
 */
public final class PaymentClient {

  static final double LIMIT = 1000.0;

  @Trace(
      operationName = "payment.charge",
      resourceName = "POST /v1/charges",
      kind = Trace.Kind.CLIENT,
      service = "payment-gateway",
      spanType = "http")
  public String charge(@SpanTag("order.id") String orderId, @SpanTag("amount") double amount) {
    if (amount > LIMIT) {
      throw new PaymentDeclinedException("card declined: " + amount + " is over the limit");
    }
    return "P-" + orderId;
  }
}
